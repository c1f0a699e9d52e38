import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/schemas/module.ts';
import { pathSchema } from '../../src/schemas/path.ts';

const valid = parse(readFileSync('content/modules/porting-rescue.yaml', 'utf8')) as Record<string, unknown> & {
  checks: Record<string, unknown>[];
  roleplays: Record<string, unknown>[];
};
const validPath = parse(readFileSync('content/paths/new-hire-week-1.yaml', 'utf8')) as Record<string, unknown>;

function problems(schema: ReturnType<typeof moduleSchema> | ReturnType<typeof pathSchema>, data: unknown): [string, string][] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected the entry to be rejected');
  return result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const withCheck = (change: Record<string, unknown>) => ({ ...valid, checks: [{ ...valid.checks[0], ...change }] });

describe('moduleSchema', () => {
  it('accepts a real module', () => {
    expect(moduleSchema().safeParse(valid).success).toBe(true);
  });

  it('defaults prerequisites and role-plays to none, and trainer notes to absent', () => {
    const bare = Object.fromEntries(Object.entries(valid).filter(([key]) => !['prerequisites', 'roleplays', 'trainerNotes'].includes(key)));
    const result = moduleSchema().parse(bare);
    expect([result.prerequisites, result.roleplays, result.trainerNotes]).toEqual([[], [], undefined]);
  });

  it('asks for at least two choices, and at most six', () => {
    expect(problems(moduleSchema(), withCheck({ choices: ['Only one'] }))).toEqual([
      ['checks.0.choices', 'has fewer than 2 choices — add at least one wrong but believable answer'],
    ]);
    expect(problems(moduleSchema(), withCheck({ choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }))[0]?.[1]).toBe(
      'has more than 6 choices — keep the 6 most instructive',
    );
  });

  it('refuses the same choice twice', () => {
    expect(problems(moduleSchema(), withCheck({ choices: ['Same', 'Same'], answer: 'Same' }))).toEqual([
      ['checks.0.choices', 'lists the same choice twice — keep each one once'],
    ]);
  });

  it('needs at least one knowledge check and one step', () => {
    expect(problems(moduleSchema(), { ...valid, checks: [], steps: [] })).toEqual([
      ['steps', 'is empty — add at least one playbook to read'],
      ['checks', 'is empty — add at least one knowledge check'],
    ]);
  });

  it('keeps estimated minutes a whole number from 5 to 480', () => {
    expect(problems(moduleSchema(), { ...valid, estimatedMinutes: 4 })[0]?.[1]).toBe(
      'is under 5 minutes — a module takes at least 5 minutes',
    );
    expect(problems(moduleSchema(), { ...valid, estimatedMinutes: 481 })[0]?.[1]).toBe(
      'is over 480 minutes (a working day) — split the module in two',
    );
    expect(problems(moduleSchema(), { ...valid, estimatedMinutes: 45.5 })[0]?.[1]).toBe(
      'must be a whole number of minutes — write a number such as 45',
    );
  });

  it('refuses a role-play without a rubric and an unknown field', () => {
    const roleplays = [{ ...valid.roleplays[0], rubric: [] }];
    expect(problems(moduleSchema(), { ...valid, roleplays, trainerNote: 'typo' })).toEqual([
      ['roleplays.0.rubric', 'is empty — list at least one thing a good call does'],
      ['', 'Unrecognized key: "trainerNote"'],
    ]);
  });

  it('refuses a prerequisite listed twice', () => {
    expect(problems(moduleSchema(), { ...valid, prerequisites: ['a', 'a'] })).toEqual([
      ['prerequisites', 'lists the same module twice — keep each one once'],
    ]);
  });
});

describe('pathSchema', () => {
  it('accepts the real path', () => {
    expect(pathSchema().safeParse(validPath).success).toBe(true);
  });

  it('refuses an empty path and a module listed twice', () => {
    expect(problems(pathSchema(), { ...validPath, modules: [] })).toEqual([['modules', 'is empty — list at least one module']]);
    expect(problems(pathSchema(), { ...validPath, modules: ['a', 'a'] })).toEqual([
      ['modules', 'lists a module twice — keep each module once'],
    ]);
  });

  it('names the folder a module id must come from', () => {
    expect(problems(pathSchema(), { ...validPath, modules: ['Not An Id'] })[0]?.[1]).toBe(
      '"Not An Id" is not a valid id — use the file name of an entry in content/modules/ (lowercase words joined by hyphens)',
    );
  });
});
