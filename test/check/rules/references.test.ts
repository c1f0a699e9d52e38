import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPlaybookFile } from '../../../src/check/check-playbook.ts';
import { formatDiagnostic } from '../../../src/check/diagnostics.ts';
import { NO_SHARED_DATA, type KnownIds } from '../../../src/check/rule.ts';
import { references } from '../../../src/check/rules/references.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { teamSchema, type Team } from '../../../src/schemas/team.ts';
import { PORTING_TEAM, playbook, TODAY, VALID_BODY, VALID_FRONTMATTER, withField } from '../../helpers/content.ts';
import { valuesData } from '../../../src/check/values-data.ts';
import { findingsIn } from '../helpers.ts';

const known: KnownIds = {
  teams: new Set(['porting-desk', 'customer-care']),
  categories: new Set(['porting', 'billing']),
  playbooks: new Map([
    ['restoring-a-cancelled-line', 'validated'],
    ['escalation-guidelines', 'validated'],
    ['old-porting-form', 'archived'],
  ]),
  modules: new Set(),
};

/** What the reference rules report about one playbook's frontmatter, as `npm run check` prints it. */
function frontmatterReport(frontmatter: string, id = 'restoring-a-cancelled-line'): string[] {
  const facts = checkPlaybookFile(playbook(id, frontmatter), NO_SHARED_DATA, playbookSchema());
  const scope = {
    playbooks: [facts],
    modules: [],
    paths: [],
    teams: new Map(),
    safety: undefined,
    verification: undefined,
    known,
    site: new Map(),
    today: TODAY,
  };
  return runAllFiles(scope, references.rules).map(formatDiagnostic);
}

describe('the reference rules', () => {
  it('are all errors', () => {
    expect(references.rules.map((rule) => rule.severity)).toEqual(references.rules.map(() => 'error'));
  });
});

describe('references in frontmatter', () => {
  it('finds nothing wrong when every reference exists', () => {
    const frontmatter = `${withField('related', 'related: [escalation-guidelines]')}\nescalateTo: customer-care`;
    expect(frontmatterReport(frontmatter)).toEqual([]);
  });

  it('reports a category, owner and escalation team that do not exist, suggesting the closest id', () => {
    const frontmatter = `${withField('category', 'category: portting').replace('owner: porting-desk', 'owner: porting')}\nescalateTo: duty-supervisors`;
    expect(frontmatterReport(frontmatter)).toEqual([
      'content/playbooks/restoring-a-cancelled-line.mdx:8:8  ref/teams  `owner` names "porting", but there is no content/teams/porting.yaml — use the id (file name) of an existing entry in content/teams/',
      'content/playbooks/restoring-a-cancelled-line.mdx:19:13  ref/teams  `escalateTo` names "duty-supervisors", but there is no content/teams/duty-supervisors.yaml — use the id (file name) of an existing entry in content/teams/',
      'content/playbooks/restoring-a-cancelled-line.mdx:4:11  ref/categories  `category` names "portting", but there is no content/categories/portting.yaml — did you mean "porting"?',
    ]);
  });

  it('reports a related playbook that does not exist at its index in the list', () => {
    expect(frontmatterReport(withField('related', 'related: [escalation-guidelines, escalation-guide]'))).toEqual([
      'content/playbooks/restoring-a-cancelled-line.mdx:17:34  ref/playbooks  `related[1]` names "escalation-guide", but there is no content/playbooks/escalation-guide.mdx — did you mean "escalation-guidelines"?',
    ]);
  });

  it('rejects a playbook that lists itself as related', () => {
    expect(frontmatterReport(withField('related', 'related: [restoring-a-cancelled-line]'))).toEqual([
      'content/playbooks/restoring-a-cancelled-line.mdx:17:11  ref/playbooks  `related[0]` names this playbook itself — remove it from the list',
    ]);
  });

  it('rejects a live playbook that points readers to an archived one', () => {
    expect(frontmatterReport(withField('related', 'related: [old-porting-form]'))).toEqual([
      'content/playbooks/restoring-a-cancelled-line.mdx:17:11  ref/playbooks  `related[0]` names "old-porting-form", which is archived — link to the playbook that replaced it, or remove it',
    ]);
  });

  it('lets an archived playbook point to another archived one', () => {
    const frontmatter = withField('related', 'related: [old-porting-form]').replace('confidence: validated', 'confidence: archived');
    expect(frontmatterReport(frontmatter, 'older-porting-form')).toEqual([]);
  });

  it('leaves a playbook whose frontmatter is invalid to the schema rules', () => {
    expect(frontmatterReport(withField('owner', 'owner: Nobody').replace('related: []', 'related: [nowhere]'))).toEqual([]);
  });
});

const teams: ReadonlyMap<string, Team> = new Map([
  ['porting-desk', teamSchema().parse(parse(PORTING_TEAM.source))],
  [
    'customer-care',
    teamSchema().parse({
      name: 'Customer Care',
      handles: ['Billing questions'],
      hours: 'Every day, 08:00–20:00',
      reach: 'Queue CARE-1',
      callbackSla: { hours: 4, clock: 'business' },
    }),
  ],
]);

function check(body: string) {
  return findingsIn(references, body, teams);
}

/** VALID_BODY with one piece replaced; fails loudly if the piece is not there. */
function bodyWith(from: string, to: string): string {
  if (!VALID_BODY.includes(from)) throw new Error(`VALID_BODY has no ${from}`);
  return VALID_BODY.replace(from, to);
}

describe('ref/value', () => {
  const values = valuesData([{ id: 'repeat-contact', label: 'A contact counts as a repeat from this one on', value: 3, unit: 'contacts' }]);
  const withBroken = { ...values, ids: new Set([...values.ids, 'pac-validity']) };
  const valueFindings = (body: string, data = values) =>
    findingsIn(references, body, teams, data).map((f) => `${f.position.line}:${f.position.column} ${f.message} — ${f.fix}`);

  it('suggests the closest id for a value that does not exist', () => {
    expect(valueFindings('On the <Value of="repeat-contacts" />.\n')).toEqual([
      '1:8 <Value of="repeat-contacts"> names a value that content/values.yaml does not have — did you mean "repeat-contact"?',
    ]);
  });

  it('says to add the value when nothing is close', () => {
    expect(valueFindings('<Value of="refund-window" />\n')).toEqual([
      '1:1 <Value of="refund-window"> names a value that content/values.yaml does not have — use the id of an entry in content/values.yaml, or add the value there first',
    ]);
  });

  it('accepts a value that exists, and one whose entry exists but breaks the schema, which is reported in its file', () => {
    expect(valueFindings('On the <Value of="repeat-contact" />; <Value of="pac-validity" />.\n', withBroken)).toEqual([]);
  });
});

describe('references in components', () => {
  it('accepts the valid test playbook', () => {
    expect(check(`---\n${VALID_FRONTMATTER}\n---\n${VALID_BODY}`)).toEqual([]);
  });

  it('rejects a goto to a step that is not on the page and lists the steps that are', () => {
    expect(check(bodyWith('goto="step-read-the-rejection"', 'goto="step-read-the-rejections"'))).toEqual([
      {
        position: { line: 20, column: 1 },
        rule: 'ref/step',
        message: '<Branch goto="step-read-the-rejections"> points to a step that is not on this page',
        fix: 'use one of: step-read-the-rejection, step-reactivate-the-line',
      },
    ]);
  });

  it('rejects a component that names a team that does not exist', () => {
    expect(check(bodyWith('<Escalate team="porting-desk">', '<Escalate team="porting">'))).toEqual([
      {
        position: { line: 30, column: 1 },
        rule: 'ref/team',
        message: '<Escalate team="porting"> names a team that does not exist',
        fix: 'use one of: porting-desk, customer-care',
      },
    ]);
  });

  it('accepts a limit the team grants to the role', () => {
    expect(
      check(
        bodyWith('Open the port request.', 'You can credit up to <Limit team="porting-desk" authority="port-fee-credit" role="agent" />.'),
      ),
    ).toEqual([]);
  });

  it('rejects a limit the team does not have and lists the ones it has', () => {
    expect(
      check(bodyWith('Open the port request.', 'Credit up to <Limit team="porting-desk" authority="fee-waiver" role="agent" />.')),
    ).toEqual([
      {
        position: { line: 6, column: 14 },
        rule: 'ref/authority',
        message: 'team "porting-desk" has no authority "fee-waiver"',
        fix: 'use one of: port-fee-credit',
      },
    ]);
  });

  it('tells where to add a limit when the team has none', () => {
    expect(
      check(bodyWith('Open the port request.', 'Credit up to <Limit team="customer-care" authority="fee-waiver" role="agent" />.')).map(
        (f) => [f.rule, f.fix],
      ),
    ).toEqual([['ref/authority', 'add it under authority: in content/teams/customer-care.yaml']]);
  });

  it('rejects a limit for a role the authority does not cover', () => {
    expect(
      check(
        bodyWith('Open the port request.', 'Credit up to <Limit team="porting-desk" authority="port-fee-credit" role="supervisor" />.'),
      ),
    ).toEqual([
      {
        position: { line: 6, column: 14 },
        rule: 'ref/authority',
        message: 'team "porting-desk" gives no port-fee-credit limit to the role "supervisor"',
        fix: 'use a role that has one (agent, senior), or add it in content/teams/porting-desk.yaml',
      },
    ]);
  });

  it('reports a role that does not exist once, not again as a missing limit', () => {
    expect(
      check(bodyWith('Open the port request.', 'Your limit: <Limit team="porting-desk" authority="port-fee-credit" role="trainee" />.')),
    ).toEqual([
      {
        position: { line: 6, column: 13 },
        rule: 'ref/role',
        message: '<Limit role="trainee"> is not a role',
        fix: 'use one of: new-hire, agent, senior, supervisor',
      },
    ]);
  });
});
