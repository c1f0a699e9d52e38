import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { categorySchema } from '../../src/schemas/category.ts';
import { PORTING_CATEGORY } from '../helpers/content.ts';

const valid = parse(PORTING_CATEGORY.source) as Record<string, unknown>;

function validate(data: unknown) {
  return categorySchema().safeParse(data, { reportInput: true });
}

function problems(data: unknown): [(string | number)[], string][] {
  const result = validate(data);
  if (result.success) throw new Error('expected the category to be rejected');
  return result.error.issues.map((issue) => [issue.path as (string | number)[], issue.message]);
}

describe('categorySchema', () => {
  it('accepts the test category', () => {
    const result = validate(valid);
    expect(result.success && result.data).toEqual({ title: 'Porting', description: 'Moving numbers between providers.', order: 1 });
  });

  it('accepts the order limits 0 and 999', () => {
    expect([0, 999].map((order) => validate({ ...valid, order }).success)).toEqual([true, true]);
  });

  it('rejects a title that is too short', () => {
    expect(problems({ ...valid, title: 'Po' })).toEqual([
      [['title'], 'is 2 characters, under the minimum of 3 — write at least 3 characters (a short category name)'],
    ]);
  });

  it('rejects a title over 60 characters', () => {
    expect(problems({ ...valid, title: 'P'.repeat(61) })).toEqual([
      [['title'], 'is 61 characters, over the limit of 60 — shorten it to 60 characters or fewer (a short category name)'],
    ]);
  });

  it('rejects a description too short to explain the category', () => {
    expect(problems({ ...valid, description: 'Ports.' })).toEqual([
      [['description'], 'is 6 characters, under the minimum of 10 — write at least 10 characters (one sentence on what belongs here)'],
    ]);
  });

  it('rejects an order that is not a whole number', () => {
    expect(problems({ ...valid, order: 1.5 })).toEqual([
      [['order'], 'must be a whole number — write a number such as 3 (smaller numbers are listed first)'],
    ]);
    expect(problems({ ...valid, order: 'first' })).toEqual([
      [['order'], 'must be a whole number — write a number such as 3 (smaller numbers are listed first)'],
    ]);
  });

  it('rejects an order below 0', () => {
    expect(problems({ ...valid, order: -1 })).toEqual([[['order'], 'is below 0 — use a whole number from 0 to 999']]);
  });

  it('rejects an order above 999', () => {
    expect(problems({ ...valid, order: 1000 })).toEqual([[['order'], 'is above 999 — use a whole number from 0 to 999']]);
  });

  it('rejects an unknown field', () => {
    const result = validate({ ...valid, icon: 'phone' });
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.code === 'unrecognized_keys' ? issue.keys : []]),
    ).toEqual([['unrecognized_keys', ['icon']]]);
  });
});
