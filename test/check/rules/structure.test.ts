import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { playbookStructureFindings, stepAnchors, type StructureContext } from '../../../src/check/rules/structure.ts';
import { teamSchema, type Team } from '../../../src/schemas/team.ts';
import { PORTING_TEAM, VALID_BODY } from '../../helpers/content.ts';
import { tree } from '../../helpers/mdx.ts';

const customerCare: Team = teamSchema().parse({
  name: 'Customer Care',
  handles: ['Billing questions'],
  hours: 'Every day, 08:00–20:00',
  reach: 'Queue CARE-1',
  callbackSla: { hours: 4, clock: 'business' },
});
const teams: StructureContext['teams'] = new Map([
  ['porting-desk', teamSchema().parse(parse(PORTING_TEAM.source))],
  ['customer-care', customerCare],
]);

function check(body: string) {
  return playbookStructureFindings(tree(body), { teams, source: body });
}

/** VALID_BODY with one piece replaced; fails loudly if the piece is not there. */
function bodyWith(from: string, to: string): string {
  if (!VALID_BODY.includes(from)) throw new Error(`VALID_BODY has no ${from}`);
  return VALID_BODY.replace(from, to);
}

const NO_BRANCH_ENDING_FIX = 'give it exactly one ending: goto="step-…" (a step on this page), resolved, or escalate="team-id"';

describe('playbookStructureFindings', () => {
  it('accepts the valid test playbook body', () => {
    expect(check(VALID_BODY)).toEqual([]);
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
    expect(check(bodyWith('<Say>', '<Say tone="warm">')).map((f) => [f.rule, f.fix])).toEqual([
      ['component/unknown-attribute', 'use no attributes'],
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

  it('warns, without failing, about a TODO marker left in the text', () => {
    expect(check(bodyWith('Hand over.', 'TODO: say who picks up.'))).toEqual([
      {
        position: { line: 24, column: 1 },
        rule: 'content/todo',
        message: 'a TODO marker is still in the text',
        fix: 'write the missing part, then remove "TODO"',
        severity: 'warning',
      },
    ]);
  });

  it('does not take a word that merely contains todo for a marker', () => {
    expect(check(bodyWith('Hand over.', 'Hand over the TODOS list and mastodon handle.'))).toEqual([]);
  });
});

describe('stepAnchors', () => {
  it('lists the anchors of every step in order', () => {
    expect(stepAnchors(tree(VALID_BODY))).toEqual(['step-read-the-rejection', 'step-reactivate-the-line']);
  });

  it('derives the anchor from the decoded title', () => {
    expect(stepAnchors(tree('<Step title="Check &amp; confirm">\nText\n</Step>'))).toEqual(['step-check--confirm']);
  });

  it('skips a step whose title is not a literal', () => {
    expect(stepAnchors(tree('<Step title={name}>\nText\n</Step>\n\n<Step title="Second">\nText\n</Step>'))).toEqual(['step-second']);
  });

  it('rejects a step title written with a character reference, which the table of contents would show raw', () => {
    const findings = check(bodyWith('<Step title="Reactivate the line">', '<Step title="Reactivate &amp; resubmit">'));
    expect(findings.map((f) => [f.rule, f.position.line])).toEqual([['component/step-title', 13]]);
  });

  it('rejects a step title in single quotes', () => {
    const findings = check(bodyWith('<Step title="Reactivate the line">', "<Step title='Reactivate the line'>"));
    expect(findings.map((f) => f.rule)).toEqual(['component/step-title']);
  });
});
