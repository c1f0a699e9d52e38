import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPlaybookFile } from '../../../src/check/check-playbook.ts';
import { NO_SHARED_DATA } from '../../../src/check/rule.ts';
import { numbersAndPromises } from '../../../src/check/rules/data.ts';
import { valuesData } from '../../../src/check/values-data.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { teamSchema } from '../../../src/schemas/team.ts';
import { PORTING_TEAM, playbook, VALID_BODY, withField } from '../../helpers/content.ts';
import { findingsIn } from '../helpers.ts';

const values = valuesData([
  {
    id: 'repeat-contact',
    label: 'A contact about the same request counts as a repeat from this one on',
    value: 3,
    unit: 'contacts',
    ordinal: true,
  },
  { id: 'provider-attempts', label: 'Calls to another provider before a senior takes over', value: 2, unit: 'attempts' },
  {
    id: 'uk-pac-validity',
    label: 'How long a PAC stays valid',
    value: 30,
    unit: 'days',
    region: 'uk',
    source: 'Ofcom General Condition C7',
  },
  { id: 'uk-pac-short-code', label: 'The short code a customer texts PAC to', value: 65075, unit: 'code', region: 'uk' },
  { id: 'callback-check-ahead', label: 'How long before the window closes you check the callback', value: 1, unit: 'hours' },
]);
const teams = new Map([['porting-desk', teamSchema().parse(parse(PORTING_TEAM.source))]]);

/** What the two rules report on an MDX text, as `line:column rule message — fix`. */
function check(body: string): string[] {
  return findingsIn(numbersAndPromises, body, teams, values).map(
    (f) => `${f.position.line}:${f.position.column} ${f.rule} ${f.message} — ${f.fix}`,
  );
}

/** The same without the fix, for the promise rule's messages. */
function messages(body: string): string[] {
  return findingsIn(numbersAndPromises, body, teams, values).map((f) => `${f.position.line}:${f.position.column} ${f.rule} ${f.message}`);
}

/** What the two rules report on the valid playbook with one frontmatter line replaced. */
function frontmatter(field: string, line: string): string[] {
  const facts = checkPlaybookFile(
    playbook('a', withField(field, line), VALID_BODY),
    { ...NO_SHARED_DATA, teams, values },
    playbookSchema(),
  );
  return facts.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message} — ${d.fix}`);
}

describe('the number and promise rules', () => {
  it('are errors', () => {
    expect(numbersAndPromises.rules.map((rule) => [rule.id, rule.severity])).toEqual([
      ['data/typed-value', 'error'],
      ['promise/unbacked', 'error'],
    ]);
  });

  it('accept the valid test playbook body', () => {
    expect(check(VALID_BODY)).toEqual([]);
  });
});

describe('data/typed-value', () => {
  it('names the component for a number the data holds', () => {
    expect(check('<Do>\nThe other provider refused on two attempts.\n</Do>\n')).toEqual([
      '2:31 data/typed-value "two attempts" is typed by hand, but the data holds it — write <Value of="provider-attempts" /> ("two attempts": Calls to another provider before a senior takes over) instead',
    ]);
  });

  it('shows what the data says when the text contradicts it', () => {
    expect(check('Escalate on the 2nd contact about it.\n')).toEqual([
      '1:17 data/typed-value "2nd contact" is typed by hand, and the data says "third contact" — write <Value of="repeat-contact" /> ("third contact": A contact about the same request counts as a repeat from this one on); if this is a new rule, add it to content/values.yaml first',
    ]);
  });

  it('flags a period written as a limit even when its value is not in the data', () => {
    expect(check('- Call back within 48 hours.\n')).toEqual([
      '1:20 data/typed-value "48 hours" is typed by hand, and the data says "one hour", "24 business hours" — write <Sla team="porting-desk" /> ("24 business hours": Number Porting Desk callback window) or <Value of="callback-check-ahead" /> ("one hour": How long before the window closes you check the callback); if this is a new rule, add it to content/values.yaml first',
    ]);
  });

  it('matches a month to a period in days', () => {
    expect(check('A PAC is valid for a month after you ask.\n')[0]).toContain('write <Value of="uk-pac-validity" />');
  });

  it('names the limit for an amount, and the limits there are for an amount that matches none', () => {
    expect(check('A senior can credit $35 or $12.\n')).toEqual([
      '1:21 data/typed-value "$35" is typed by hand, but the data holds it — write <Limit team="porting-desk" authority="port-fee-credit" role="senior" /> ("$35": Number Porting Desk: Credit a porting charge, senior) instead',
      '1:28 data/typed-value "$12" is an amount typed by hand — write <Limit team="porting-desk" authority="port-fee-credit" role="agent" /> ("$10": Number Porting Desk: Credit a porting charge, agent) or <Limit team="porting-desk" authority="port-fee-credit" role="senior" /> ("$35": Number Porting Desk: Credit a porting charge, senior); if it is a new limit, add it to the team\'s authority in content/teams/ first',
    ]);
  });

  it('says where an amount belongs when no team has a limit in that currency', () => {
    expect(check('The fee is £20.\n')).toEqual([
      '1:12 data/typed-value "£20" is an amount typed by hand — put it in a team\'s authority limits (content/teams/) and write <Limit team="…" authority="…" role="…" />',
    ]);
  });

  it('flags a code the data holds, in a table cell, but no other bare number', () => {
    expect(check('| Reason | Fix |\n|---|---|\n| PAC expired | Text PAC to 65075 from line 2 |\n')).toEqual([
      '3:29 data/typed-value "65075" is typed by hand, but the data holds it — write <Value of="uk-pac-short-code" /> ("65075": UK: The short code a customer texts PAC to) instead',
    ]);
  });

  it('tells an attribute, which cannot hold a component, to lose the number', () => {
    expect(
      check(
        '<Decision question="Did they agree?">\n<Branch when="They refuse on the second attempt" resolved>\nHand over.\n</Branch>\n</Decision>\n',
      ),
    ).toEqual([
      '2:34 data/typed-value "second attempt" is typed by hand, but the data holds it — an attribute cannot hold a component: reword it without the number, and in the text below write <Value of="provider-attempts" /> ("two attempts": Calls to another provider before a senior takes over) instead',
    ]);
  });

  it('tells frontmatter, which cannot hold a component, to lose the number', () => {
    expect(frontmatter('firstMove', 'firstMove: Check the case an hour before the deadline.')).toEqual([
      '12:27 data/typed-value "an hour" is typed by hand, but the data holds it — frontmatter cannot hold a component: reword it without the number, and in the body write <Value of="callback-check-ahead" /> ("one hour": How long before the window closes you check the callback) instead',
    ]);
  });

  it('leaves the words of an <Avoid>, which quote what not to say', () => {
    expect(check('<Avoid>\nSomeone will call you back in an hour.\n</Avoid>\n')).toEqual([]);
  });

  it('leaves a typed time that a <Say> promises to promise/unbacked, so one mistake gives one message', () => {
    expect(messages('<Say>\nWe will call you back within 24 hours.\n</Say>\n')).toEqual([
      '2:23 promise/unbacked the <Say> promises a time, "within 24 hours", that no data backs',
    ]);
  });

  it('accepts the same numbers given by their components, and counts that state no rule', () => {
    const body = [
      '<Do>',
      'Escalate on the <Value of="repeat-contact" />. Book it within <Sla team="porting-desk" />; a senior can credit <Limit team="porting-desk" authority="port-fee-credit" role="senior" />.',
      'Read the last two or three contacts. They finally got the call two days later.',
      '</Do>',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });
});

describe('promise/unbacked', () => {
  it('reports a time, the end of the call and an outcome, each where it stands', () => {
    expect(
      messages("<Say>\nI'll sort it today. I won't transfer you.\n</Say>\n\n<Say>\nWe'll get it done before we hang up.\n</Say>\n"),
    ).toEqual([
      '2:14 promise/unbacked the <Say> promises a time, "today", that no data backs',
      '2:21 promise/unbacked the <Say> promises an outcome, "I won\'t transfer you", that no rule in the data backs',
      '6:19 promise/unbacked the <Say> promises it will be done "before we hang up"',
    ]);
  });

  it('accepts a time given by <Sla>, by a period <Value>, or as a placeholder for the booked time', () => {
    const body = [
      '<Say>\nA supervisor will call you within <Sla team="porting-desk" />.\n</Say>',
      '<Say>\nOnce it is in, it should be done within <Value of="callback-check-ahead" />.\n</Say>',
      "<Say>\nYou'll hear from us by [day and time], whether it's worked or not.\n</Say>",
    ].join('\n\n');
    expect(check(body)).toEqual([]);
  });

  it('does not take a count <Value> for a time', () => {
    expect(messages('<Say>\nWe\'ll call you within 2 days, after <Value of="provider-attempts" />.\n</Say>\n')).toEqual([
      '2:16 promise/unbacked the <Say> promises a time, "within 2 days", that no data backs',
    ]);
  });

  it('gives each kind of promise its own fix', () => {
    expect(findingsIn(numbersAndPromises, "<Say>\nI'll call you myself tomorrow.\n</Say>\n", teams, values).map((f) => f.fix)).toEqual([
      'say what you are doing and who owns it ("I\'m staying on the line while I bring in a colleague"); to show it as the wrong thing to say, put it in an <Avoid>',
      'give a window from the data (<Sla team="…" /> or <Value of="…" />) or the booked time as a placeholder such as [day and time], or say what you will do rather than when',
    ]);
  });

  it('checks firstWords, which the page shows as words to say', () => {
    expect(
      frontmatter('firstWords', "firstWords: Sorry about this. I'll have it fixed by tonight.").map((line) => line.split(' — ')[0]),
    ).toEqual(['13:50 promise/unbacked `firstWords` promises a time, "by tonight", that no data backs']);
  });

  it('leaves <Do> and <Note>, which the customer never hears, and a <Say> quoted in an <Avoid>', () => {
    expect(
      check(
        "<Do>\nTell them you'll call today.\n</Do>\n\n<Note>\nIt's guaranteed.\n</Note>\n\n<Avoid>\n<Say>\nI'll call today.\n</Say>\n</Avoid>\n",
      ),
    ).toEqual([]);
  });
});
