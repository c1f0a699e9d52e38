import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { teamSchema } from '../../src/schemas/team.ts';
import { PORTING_TEAM } from '../helpers/content.ts';

const valid = parse(PORTING_TEAM.source) as Record<string, unknown>;

function validate(data: unknown) {
  return teamSchema().safeParse(data, { reportInput: true });
}

function problems(data: unknown): [(string | number)[], string][] {
  const result = validate(data);
  if (result.success) throw new Error('expected the team to be rejected');
  return result.error.issues.map((issue) => [issue.path as (string | number)[], issue.message]);
}

function withAuthority(byRole: unknown, extra: Record<string, unknown> = {}) {
  return { ...valid, authority: [{ id: 'fee-waiver', label: 'Waive a late fee', unit: 'USD', byRole, ...extra }] };
}

describe('teamSchema', () => {
  it('accepts the test team', () => {
    const result = validate(valid);
    expect(result.success && result.data).toEqual({
      name: 'Number Porting Desk',
      handles: ['Number transfers'],
      hours: 'Monday to Friday, 09:00–17:00',
      reach: 'Extension 4410',
      authority: [{ id: 'port-fee-credit', label: 'Credit a porting charge', unit: 'USD', byRole: { agent: 10, senior: 35 } }],
      callbackSla: { hours: 24, clock: 'business' },
    });
  });

  it('gives a team with no authority an empty list', () => {
    const rest = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'authority'));
    const result = validate(rest);
    expect(result.success && result.data.authority).toEqual([]);
  });

  it('accepts a counted unit and a zero limit', () => {
    const result = validate(withAuthority({ agent: 0, supervisor: 3 }, { unit: 'cases' }));
    expect(result.success && result.data.authority[0]).toEqual({
      id: 'fee-waiver',
      label: 'Waive a late fee',
      unit: 'cases',
      byRole: { agent: 0, supervisor: 3 },
    });
  });

  it('rejects a name that is too short', () => {
    expect(problems({ ...valid, name: 'IT' })).toEqual([
      [['name'], "is 2 characters, under the minimum of 3 — write at least 3 characters (the team's name)"],
    ]);
  });

  it('rejects a team that handles nothing', () => {
    expect(problems({ ...valid, handles: [] })).toEqual([[['handles'], 'is empty — list at least one kind of case the team handles']]);
  });

  it('rejects opening hours too short to name a time zone', () => {
    expect(problems({ ...valid, hours: '9-5' })).toEqual([
      [['hours'], 'is 3 characters, under the minimum of 5 — write at least 5 characters (the opening hours with a time zone)'],
    ]);
  });

  it('rejects a missing way to reach the team', () => {
    const rest = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'reach'));
    expect(problems(rest)).toEqual([[['reach'], 'must be text — write how an agent reaches the team']]);
  });

  it('rejects an authority id that is not lowercase-hyphenated', () => {
    expect(problems(withAuthority({ agent: 10 }, { id: 'Fee_Waiver' }))).toEqual([
      [['authority', 0, 'id'], 'is not a valid id — use lowercase words joined by hyphens, e.g. fee-waiver'],
    ]);
  });

  it('rejects a unit that is neither a currency code nor a word', () => {
    expect(problems(withAuthority({ agent: 10 }, { unit: '$' }))).toEqual([
      [['authority', 0, 'unit'], 'is not a unit — use a currency code such as USD or a plain word such as cases'],
    ]);
  });

  it('rejects limits that are not a map of roles', () => {
    expect(problems(withAuthority(50))).toEqual([
      [
        ['authority', 0, 'byRole'],
        'must map roles to amounts — write it as { agent: 50, senior: 150 } using roles new-hire, agent, senior, supervisor',
      ],
    ]);
  });

  it('rejects limits that name no role', () => {
    expect(problems(withAuthority({}))).toEqual([[['authority', 0, 'byRole'], 'names no role — give at least one, e.g. agent: 50']]);
  });

  it('rejects a negative limit', () => {
    expect(problems(withAuthority({ agent: -5 }))).toEqual([[['authority', 0, 'byRole', 'agent'], 'is negative — use zero or more']]);
  });

  it('rejects a limit for a role that does not exist', () => {
    const result = validate(withAuthority({ agent: 10, trainee: 5 }));
    expect(
      result.success
        ? []
        : result.error.issues.map((issue) => [issue.code, issue.path, issue.code === 'unrecognized_keys' ? issue.keys : []]),
    ).toEqual([['unrecognized_keys', ['authority', 0, 'byRole'], ['trainee']]]);
  });

  it('rejects an unknown field inside an authority', () => {
    const result = validate(withAuthority({ agent: 10 }, { max: 10 }));
    expect(
      result.success
        ? []
        : result.error.issues.map((issue) => [issue.code, issue.path, issue.code === 'unrecognized_keys' ? issue.keys : []]),
    ).toEqual([['unrecognized_keys', ['authority', 0], ['max']]]);
  });

  it('rejects two authorities with the same id', () => {
    const item = { id: 'fee-waiver', label: 'Waive a late fee', unit: 'USD', byRole: { agent: 10 } };
    expect(problems({ ...valid, authority: [item, { ...item, label: 'Waive a second fee' }] })).toEqual([
      [['authority'], 'names the same authority id twice — give each limit its own id'],
    ]);
  });

  it('rejects a callback promise of zero hours', () => {
    expect(problems({ ...valid, callbackSla: { hours: 0, clock: 'business' } })).toEqual([
      [['callbackSla', 'hours'], 'must be at least 1 hour — a callback cannot be promised sooner than that'],
    ]);
  });

  it('rejects a callback promise over two weeks', () => {
    expect(problems({ ...valid, callbackSla: { hours: 337, clock: 'calendar' } })).toEqual([
      [['callbackSla', 'hours'], 'is over 336 hours (two weeks) — use a shorter promise'],
    ]);
  });

  it('rejects a callback promise in part hours', () => {
    expect(problems({ ...valid, callbackSla: { hours: 2.5, clock: 'business' } })).toEqual([
      [['callbackSla', 'hours'], 'must be a whole number of hours — write a number such as 4'],
    ]);
  });

  it('rejects a clock that is neither business nor calendar', () => {
    expect(problems({ ...valid, callbackSla: { hours: 4, clock: 'weekdays' } })).toEqual([
      [['callbackSla', 'clock'], '"weekdays" is not a clock — use business (counts only opening hours) or calendar (around the clock)'],
    ]);
  });

  it('rejects an unknown field on the team', () => {
    const result = validate({ ...valid, email: 'porting@example.com' });
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.code === 'unrecognized_keys' ? issue.keys : []]),
    ).toEqual([['unrecognized_keys', ['email']]]);
  });
});
