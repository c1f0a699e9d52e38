import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { valueSchema } from '../../src/schemas/value.ts';

const valid = { id: 'provider-attempts', label: 'Calls to another provider before the desk takes over', value: 2, unit: 'attempts' };

function validate(data: unknown) {
  return valueSchema().safeParse(data, { reportInput: true });
}

function problems(data: unknown): [(string | number)[], string][] {
  const result = validate(data);
  if (result.success) throw new Error('expected the value to be rejected');
  return result.error.issues.map((issue) => [issue.path as (string | number)[], issue.message]);
}

describe('valueSchema', () => {
  it('accepts a count and fills in that it is not an ordinal', () => {
    const result = validate(valid);
    expect(result.success && result.data).toEqual({ ...valid, ordinal: false });
  });

  it('accepts a regional period with its source', () => {
    const entry = {
      id: 'uk-pac-validity',
      label: 'How long a PAC stays valid',
      value: 30,
      unit: 'days',
      region: 'uk',
      source: 'Ofcom General Condition C7',
    };
    expect(validate(entry).success).toBe(true);
  });

  it('accepts every entry of the real content/values.yaml', () => {
    const entries = parse(readFileSync('content/values.yaml', 'utf8')) as unknown[];
    expect(valueSchema().array().safeParse(entries).success).toBe(true);
  });

  it('rejects a fraction, with the way to write one', () => {
    expect(problems({ ...valid, value: 1.5 })).toEqual([
      [['value'], 'must be a whole number — write a number such as 2 (for half an hour, use 30 minutes)'],
    ]);
  });

  it('rejects a negative number', () => {
    expect(problems({ ...valid, value: -1 })).toEqual([[['value'], 'is negative — use zero or more']]);
  });

  it('rejects a unit it cannot render, listing the ones it can', () => {
    expect(problems({ ...valid, unit: 'fortnights' })).toEqual([
      [
        ['unit'],
        '"fortnights" is not a unit — use one of: contacts, attempts, retries, minutes, hours, days, business-days, working-days, weeks, months, code',
      ],
    ]);
  });

  it('rejects an ordinal period, which would read "thirtieth day"', () => {
    expect(problems({ ...valid, unit: 'days', ordinal: true })).toEqual([
      [['ordinal'], 'ordinal is only for counted units (contacts, attempts, retries) — remove it, or change the unit'],
    ]);
  });

  it('rejects a region that is not one of those cited', () => {
    expect(problems({ ...valid, region: 'EU' })).toEqual([
      [['region'], '"EU" is not a region — use one of: us, uk, or leave it out when the value applies everywhere'],
    ]);
  });

  it('rejects an id that could not be written in <Value of="…">', () => {
    expect(problems({ ...valid, id: 'Repeat contact' })).toEqual([
      [['id'], 'is not a valid id — use lowercase words joined by hyphens, e.g. repeat-contact'],
    ]);
  });

  it('rejects an unknown field', () => {
    const result = validate({ ...valid, note: 'x' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
  });
});
