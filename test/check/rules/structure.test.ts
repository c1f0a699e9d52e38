import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { references } from '../../../src/check/rules/references.ts';
import { structure } from '../../../src/check/rules/structure.ts';
import { warnings } from '../../../src/check/rules/warnings.ts';
import { teamSchema, type Team } from '../../../src/schemas/team.ts';
import { PORTING_TEAM, VALID_BODY } from '../../helpers/content.ts';
import { findingsIn } from '../helpers.ts';

const customerCare: Team = teamSchema().parse({
  name: 'Customer Care',
  handles: ['Billing questions'],
  hours: 'Every day, 08:00–20:00',
  reach: 'Queue CARE-1',
  callbackSla: { hours: 4, clock: 'business' },
});
const teams: ReadonlyMap<string, Team> = new Map([
  ['porting-desk', teamSchema().parse(parse(PORTING_TEAM.source))],
  ['customer-care', customerCare],
]);

function check(body: string) {
  return findingsIn(structure, body, teams);
}

/** VALID_BODY with one piece replaced; fails loudly if the piece is not there. */
function bodyWith(from: string, to: string): string {
  if (!VALID_BODY.includes(from)) throw new Error(`VALID_BODY has no ${from}`);
  return VALID_BODY.replace(from, to);
}

const NO_BRANCH_ENDING_FIX = 'give it exactly one ending: goto="step-…" (a step on this page), resolved, or escalate="team-id"';

describe('the structure rules', () => {
  it('are all errors', () => {
    expect(structure.rules.map((rule) => rule.severity)).toEqual(structure.rules.map(() => 'error'));
  });

  it('accept the valid test playbook body, as the rules on its references and TODO markers do', () => {
    expect(findingsIn([...structure.rules, ...references.rules, ...warnings.rules], VALID_BODY, teams)).toEqual([]);
  });

  it('rejects a body with no Steps section and no steps', () => {
    expect(
      check(
        'Intro.\n\n<Decision question="Which?">\n<Branch when="A" resolved>\nA.\n</Branch>\n<Branch when="B" resolved>\nB.\n</Branch>\n</Decision>\n\n## Escalate when\n\n<Escalate team="porting-desk">\n- Always.\n</Escalate>\n',
      ),
    ).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'structure/steps',
        message: 'the playbook has no "## Steps" section',
        fix: 'add a "## Steps" heading followed by <Step title="…"> blocks',
      },
      {
        position: { line: 1, column: 1 },
        rule: 'structure/steps',
        message: 'the playbook has 0 <Step> (at least 2 needed)',
        fix: 'break the procedure into <Step title="…"> blocks, one action each',
      },
    ]);
  });

  it('rejects a procedure of a single step, at the Steps heading', () => {
    const body = bodyWith('<Step title="Reactivate the line">\n<Do>\nAsk the customer to call the old provider.\n</Do>\n</Step>\n', '');
    expect(check(body).map((f) => [f.rule, f.message, f.position])).toEqual([
      ['structure/steps', 'the playbook has 1 <Step> (at least 2 needed)', { line: 2, column: 1 }],
    ]);
  });

  it('does not count a Steps heading at the wrong level', () => {
    expect(check(bodyWith('## Steps', '### Steps')).map((f) => f.message)).toEqual(['the playbook has no "## Steps" section']);
  });

  it('rejects two steps whose titles give the same anchor', () => {
    const body = bodyWith('<Step title="Reactivate the line">', '<Step title="Read the rejection!">');
    expect(check(body)).toEqual([
      {
        position: { line: 13, column: 1 },
        rule: 'structure/duplicate-step',
        message: 'two steps share the anchor #step-read-the-rejection (first on line 4)',
        fix: 'give each step a distinct title',
      },
    ]);
  });

  it('rejects a playbook without a decision', () => {
    const start = VALID_BODY.indexOf('<Decision');
    const end = VALID_BODY.indexOf('</Decision>') + '</Decision>'.length;
    const body = VALID_BODY.slice(0, start) + VALID_BODY.slice(end);
    expect(check(body)).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'structure/decision',
        message: 'the playbook has no <Decision>',
        fix: 'add a <Decision question="…"> with a <Branch> per answer where the agent has to choose',
      },
    ]);
  });

  it('rejects a decision with only one branch', () => {
    const body = bodyWith('<Branch when="No" escalate="porting-desk">\nHand over.\n</Branch>\n', '');
    expect(check(body)).toEqual([
      {
        position: { line: 19, column: 1 },
        rule: 'decision/branches',
        message: '<Decision> has 1 <Branch> (at least 2 needed)',
        fix: 'add a <Branch when="…"> for each answer',
      },
    ]);
  });

  it('rejects a playbook without an Escalate when section', () => {
    const body = VALID_BODY.slice(0, VALID_BODY.indexOf('## Escalate when'));
    expect(check(body)).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'structure/escalate',
        message: 'the playbook has no "## Escalate when" section with an <Escalate> box',
        fix: 'end with "## Escalate when" and <Escalate team="team-id"> holding a list of when to escalate',
      },
    ]);
  });

  it('rejects an Escalate when section without an Escalate box, at its heading', () => {
    const body = bodyWith('<Escalate team="porting-desk">\n- The old provider refuses.\n</Escalate>', '- The old provider refuses.');
    expect(check(body).map((f) => [f.rule, f.position])).toEqual([['structure/escalate', { line: 28, column: 1 }]]);
  });

  it('rejects a branch that leads nowhere', () => {
    expect(check(bodyWith('<Branch when="No" escalate="porting-desk">', '<Branch when="No">'))).toEqual([
      {
        position: { line: 23, column: 1 },
        rule: 'decision/dead-end',
        message: '<Branch when="No"> leads nowhere: it has no goto, resolved or escalate',
        fix: NO_BRANCH_ENDING_FIX,
      },
    ]);
  });

  it('rejects a branch with two endings', () => {
    expect(
      check(bodyWith('<Branch when="Yes" goto="step-read-the-rejection">', '<Branch when="Yes" goto="step-read-the-rejection" resolved>')),
    ).toEqual([
      {
        position: { line: 20, column: 1 },
        rule: 'decision/ambiguous-branch',
        message: '<Branch when="Yes"> has 2 endings (goto, resolved)',
        fix: NO_BRANCH_ENDING_FIX,
      },
    ]);
  });

  it('accepts a branch that ends with resolved', () => {
    expect(check(bodyWith('<Branch when="Yes" goto="step-read-the-rejection">', '<Branch when="Yes" resolved>'))).toEqual([]);
  });

  it('rejects a component missing a required attribute', () => {
    expect(check(bodyWith('<Decision question="Did the old provider restore the line?">', '<Decision>'))).toEqual([
      {
        position: { line: 19, column: 1 },
        rule: 'component/missing-attribute',
        message: '<Decision> needs a `question` attribute',
        fix: 'add question="…" to the tag',
      },
    ]);
  });

  it('treats an empty or valueless required attribute as missing', () => {
    const body = bodyWith('<Step title="Reactivate the line">', '<Step title="  ">').replace(
      '<Decision question="Did the old provider restore the line?">',
      '<Decision question>',
    );
    expect(check(body).map((f) => [f.rule, f.message])).toEqual([
      ['component/missing-attribute', '<Step> needs a `title` attribute'],
      ['component/missing-attribute', '<Decision> needs a `question` attribute'],
    ]);
  });

  it('rejects an attribute a component does not know and names the ones it does', () => {
    expect(check(bodyWith('<Step title="Reactivate the line">', '<Step title="Reactivate the line" id="reactivate">'))).toEqual([
      {
        position: { line: 13, column: 35 },
        rule: 'component/unknown-attribute',
        message: '<Step> has no attribute `id`',
        fix: 'use title',
      },
    ]);
  });

  it('says a component takes no attributes when it has none', () => {
    expect(check(bodyWith('<Do>', '<Do tone="warm">')).map((f) => [f.rule, f.fix])).toEqual([
      ['component/unknown-attribute', 'use no attributes'],
    ]);
  });

  it('names the one attribute a <Say> takes: its channel', () => {
    expect(check(bodyWith('<Say>', '<Say tone="warm">')).map((f) => [f.rule, f.fix])).toEqual([
      ['component/unknown-attribute', 'use channel'],
    ]);
  });

  it('rejects a block component written inside a line of text', () => {
    expect(check(bodyWith('Open the port request.', 'Open the port request and <Say>tell them</Say>.'))).toEqual([
      {
        position: { line: 6, column: 27 },
        rule: 'component/block-form',
        message: '<Say> is written inside a line of text',
        fix: 'put <Say…> on a line of its own, the content on the next lines, and </Say> on its own line',
      },
    ]);
  });

  it('allows the callback SLA inside a line of text', () => {
    expect(check(bodyWith('Open the port request.', 'They call back within <Sla team="porting-desk" />.'))).toEqual([]);
  });

  it('rejects a branch that is not inside a decision', () => {
    expect(check(bodyWith('<Say>\nI can see why it stopped.\n</Say>', '<Branch when="Maybe" resolved>\nCheck.\n</Branch>'))).toEqual([
      {
        position: { line: 8, column: 1 },
        rule: 'decision/orphan-branch',
        message: '<Branch> is not inside a <Decision>',
        fix: 'move it inside the <Decision question="…"> it answers',
      },
    ]);
  });
});

describe('component/step-title', () => {
  it('rejects a step title written with a character reference, which the table of contents would show raw', () => {
    const findings = check(bodyWith('<Step title="Reactivate the line">', '<Step title="Reactivate &amp; resubmit">'));
    expect(findings.map((f) => [f.rule, f.position.line])).toEqual([['component/step-title', 13]]);
  });

  it('rejects a step title in single quotes', () => {
    const findings = check(bodyWith('<Step title="Reactivate the line">', "<Step title='Reactivate the line'>"));
    expect(findings.map((f) => f.rule)).toEqual(['component/step-title']);
  });
});
