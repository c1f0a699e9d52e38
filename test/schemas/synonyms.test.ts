import { describe, expect, it } from 'vitest';
import { synonymGroupSchema } from '../../src/schemas/synonyms.ts';

function validate(data: unknown) {
  return synonymGroupSchema().safeParse(data, { reportInput: true });
}

function problems(data: unknown): [(string | number)[], string][] {
  const result = validate(data);
  if (result.success) throw new Error('expected the synonym group to be rejected');
  return result.error.issues.map((issue) => [issue.path as (string | number)[], issue.message]);
}

describe('synonymGroupSchema', () => {
  it('accepts a group of lowercase terms', () => {
    const result = validate({ id: 'port', terms: ['transfer', 'move my number', 'keep my number'] });
    expect(result.success && result.data).toEqual({ id: 'port', terms: ['transfer', 'move my number', 'keep my number'] });
  });

  it('accepts twenty terms', () => {
    expect(validate({ id: 'port', terms: Array.from({ length: 20 }, (_, i) => `term ${i}`) }).success).toBe(true);
  });

  it('rejects an id of one character', () => {
    expect(problems({ id: 'p', terms: ['transfer'] })).toEqual([[['id'], 'is too short — write the agent word, e.g. port']]);
  });

  it('rejects a group with no terms', () => {
    expect(problems({ id: 'port', terms: [] })).toEqual([[['terms'], 'is empty — list at least one other word for this']]);
  });

  it('rejects a term of one character', () => {
    expect(problems({ id: 'port', terms: ['transfer', 'x'] })).toEqual([[['terms', 1], 'is too short — write at least 2 characters']]);
  });

  it('rejects a term with capital letters', () => {
    expect(problems({ id: 'port', terms: ['Transfer', 'PAC code'] })).toEqual([
      [['terms', 0], 'has capital letters — write synonyms in lowercase'],
      [['terms', 1], 'has capital letters — write synonyms in lowercase'],
    ]);
  });

  it('rejects more than twenty terms', () => {
    const result = validate({ id: 'port', terms: Array.from({ length: 21 }, (_, i) => `term ${i}`) });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([['too_big', ['terms']]]);
  });

  it('rejects an unknown field', () => {
    const result = validate({ id: 'port', terms: ['transfer'], weight: 2 });
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.code === 'unrecognized_keys' ? issue.keys : []]),
    ).toEqual([['unrecognized_keys', ['weight']]]);
  });
});
