import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseLocatedYaml } from '../../../src/check/frontmatter.ts';
import type { AllFilesScope } from '../../../src/check/rule.ts';
import { safety } from '../../../src/check/rules/safety.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import { safetyCaseSchema } from '../../../src/schemas/safety.ts';
import { namesSafetyCase, notImmediateBecause } from '../../../src/lib/safety.ts';
import { teamSchema, type Team } from '../../../src/schemas/team.ts';
import { TODAY } from '../../helpers/content.ts';
import { findingsIn } from '../helpers.ts';

function team(name: string, safetyLine?: Team['safetyLine']): Team {
  return teamSchema().parse({
    name,
    handles: ['Cases'],
    hours: 'Every day, 08:00–20:00',
    reach: 'Extension 1000',
    callbackSla: { hours: 4, clock: 'business' },
    ...(safetyLine && { safetyLine }),
  });
}

const teams = new Map<string, Team>([
  ['duty-supervisors', team('Duty Supervisors', { hours: 'around-the-clock', answers: 'live', reach: 'Supervisor line' })],
  ['customer-relations', team('Customer Relations', { hours: 'opening-hours', answers: 'callback', reach: 'Case tool' })],
  ['parts-and-replacements', team('Parts and Replacements')],
]);

function findings(body: string) {
  return findingsIn(safety, body, teams);
}

function check(body: string) {
  return findings(body).map((f) => [f.rule, f.position.line, f.message]);
}

const FIX = 'send it to a team answered live around the clock (duty-supervisors), and show the route with <SafetyRoute case="…" />';

describe('namesSafetyCase', () => {
  it('recognises threats, self-harm, dangerous products and emergencies', () => {
    for (const text of [
      'A threat to harm someone',
      'a sign they may harm themselves',
      'a burning smell',
      'the part may be unsafe',
      'call emergency services',
    ]) {
      expect(namesSafetyCase(text), text).toBe(true);
    }
  });

  it('does not take an emergency or a threat to complain, fraud signs, for safety', () => {
    expect(namesSafetyCase('Pressure or a deadline: a flight, an emergency, a threat to complain')).toBe(false);
  });
});

describe('notImmediateBecause', () => {
  it('says why a team cannot take a safety case at once', () => {
    expect(notImmediateBecause(teams.get('duty-supervisors') as Team)).toBeUndefined();
    expect(notImmediateBecause(teams.get('customer-relations') as Team)).toBe(
      'its safety line is answered only in opening hours and answers by callback',
    );
    expect(notImmediateBecause(teams.get('parts-and-replacements') as Team)).toBe('it has no safetyLine');
  });
});

describe('safetyFindings', () => {
  it('accepts a safety branch to a team answered live around the clock, with the route on the page', () => {
    const body = `<SafetyRoute case="hazard" />

<Decision question="Is it safe?">
<Branch when="You heard a safety sign" escalate="duty-supervisors">
Tell them at once.
</Branch>
<Branch when="No safety sign" resolved>
Send the part.
</Branch>
</Decision>
`;
    expect(check(body)).toEqual([]);
  });

  it('asks for the safety route on a page that covers a safety case', () => {
    expect(findings('<Do>\nIf anyone is hurt, emergency services come first.\n</Do>\n')).toEqual([
      {
        position: { line: 2, column: 1 },
        rule: 'safety/route-missing',
        message:
          'the playbook covers a safety case ("If anyone is hurt, emergency services come first.") but does not show the safety route',
        fix: 'add <SafetyRoute case="threat" /> (or self-harm, hazard) where the agent acts on it: it shows the team that answers at any hour and each region\'s emergency number',
      },
    ]);
  });

  it('rejects a safety branch sent to a team with no safety line', () => {
    expect(
      findings('<SafetyRoute />\n\n<Branch when="You heard a safety sign" escalate="parts-and-replacements">\nSend it.\n</Branch>\n'),
    ).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'safety/not-immediate',
        message: '<Branch when="You heard a safety sign"> sends a safety case to parts-and-replacements, but it has no safetyLine',
        fix: FIX,
      },
    ]);
  });

  it('rejects a safety trigger in the escalation box of a team answered only by callback', () => {
    const body = '<SafetyRoute />\n\n<Escalate team="customer-relations">\n\n- The customer threatened to harm someone.\n\n</Escalate>\n';
    expect(check(body)).toEqual([
      [
        'safety/not-immediate',
        5,
        'the "Escalate when" box sends a safety case ("The customer threatened to harm someone.") to customer-relations, but its safety line is answered only in opening hours and answers by callback',
      ],
    ]);
  });

  it('rejects text that refers a safety case to a team by name (the old broken-part note)', () => {
    const body = `<SafetyRoute case="hazard" />

<Note>
If the break could be a safety risk, such as shattered glass, scorching or exposed wiring, tell the customer to stop using it and refer it to Customer Relations as a safety concern as well as sending the part.
</Note>
`;
    expect(check(body)).toEqual([
      [
        'safety/not-immediate',
        4,
        'the text sends a safety case to Customer Relations ("…stop using it and refer it to Customer Relations as a safety concern as well …"), but its safety line is answered only in opening hours and answers by callback',
      ],
    ]);
  });

  it('lets an Avoid box quote a wrong route, and names a team in the singular too', () => {
    expect(check('<SafetyRoute />\n\n<Avoid>\nI will pass your safety worry to Customer Relations.\n</Avoid>\n')).toEqual([]);
    expect(check('<SafetyRoute />\n\nIf anyone is hurt, tell the duty supervisor.\n')).toEqual([]);
  });
});

describe('the safety route in content/safety.yaml', () => {
  it('refuses a safety case that goes to a team not answered at once, at its team', () => {
    const text =
      '- id: threat\n  name: A threat to harm someone\n  team: duty-supervisors\n- id: hazard\n  name: A product that may be dangerous\n  team: customer-relations\n';
    const scope: AllFilesScope = {
      playbooks: [],
      modules: [],
      paths: [],
      teams,
      safety: {
        file: 'content/safety.yaml',
        id: 'safety',
        yaml: parseLocatedYaml(text),
        data: safetyCaseSchema().array().parse(parse(text)),
      },
      verification: undefined,
      known: { teams: new Set(teams.keys()), categories: new Set(), playbooks: new Map(), modules: new Set() },
      site: new Map(),
      today: TODAY,
    };
    expect(runAllFiles(scope, safety.rules)).toEqual([
      {
        file: 'content/safety.yaml',
        line: 6,
        column: 9,
        rule: 'safety/not-immediate',
        message:
          'safety case "hazard" goes to customer-relations, but its safety line is answered only in opening hours and answers by callback',
        fix: 'route it to a team answered live around the clock: duty-supervisors',
        severity: 'error',
      },
    ]);
  });
});
