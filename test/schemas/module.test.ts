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
      ['checks.0.choices', 'has fewer than 2 choices — add at least two wrong but believable answers'],
    ]);
    expect(problems(moduleSchema(), withCheck({ choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }))[0]?.[1]).toBe(
      'has more than 6 choices — keep the 6 most instructive',
    );
  });

  it('reads a choice written as its text or as text with why, as { text, why }', () => {
    const choices = ['Right', { text: 'Wrong', why: 'Believable, but it skips the check.' }, { text: 'Also wrong' }];
    const result = moduleSchema().parse(withCheck({ choices, answer: 'Right' }));
    expect(result.checks[0]?.choices).toEqual([
      { text: 'Right' },
      { text: 'Wrong', why: 'Believable, but it skips the check.' },
      { text: 'Also wrong' },
    ]);
  });

  it('says what a choice may be, and checks the length of its why', () => {
    expect(problems(moduleSchema(), withCheck({ choices: ['Right', 42], answer: 'Right' }))).toEqual([
      ['checks.0.choices.1', 'must be a choice\'s text, or "text:" with a "why:" line under it'],
    ]);
    expect(problems(moduleSchema(), withCheck({ choices: ['Right', { text: 'Wrong', why: 'No.' }], answer: 'Right' }))).toEqual([
      [
        'checks.0.choices.1.why',
        'is 3 characters, under the minimum of 10 — write at least 10 characters (why someone might pick this choice, and why it is wrong)',
      ],
    ]);
    expect(problems(moduleSchema(), withCheck({ choices: ['Right', { text: 'Wrong', wyh: 'Misspelt field.' }], answer: 'Right' }))).toEqual(
      [['checks.0.choices.1', 'Unrecognized key: "wyh"']],
    );
  });

  it('refuses the same choice twice, however it is written', () => {
    expect(
      problems(moduleSchema(), withCheck({ choices: ['Same', { text: 'Same', why: 'Written the long way.' }], answer: 'Same' })),
    ).toEqual([['checks.0.choices', 'lists the same choice twice — keep each one once']]);
  });

  it('refuses the same question twice in a module, as its answers would be kept under one key', () => {
    const check = valid.checks[0] ?? {};
    expect(
      problems(moduleSchema(), {
        ...valid,
        checks: [check, valid.checks[1], { ...check, question: `  ${String(check['question']).toUpperCase()}!` }],
      }),
    ).toEqual([
      ['checks.2.question', 'is the same question as checks[0] (ignoring case and punctuation) — remove one, or ask something different'],
    ]);
  });

  it('defaults the pass mark to 80 and keeps it a whole percent from 50 to 100', () => {
    expect(moduleSchema().parse(valid).passMark).toBe(80);
    expect(moduleSchema().parse({ ...valid, passMark: 100 }).passMark).toBe(100);
    expect(problems(moduleSchema(), { ...valid, passMark: 40 })).toEqual([
      ['passMark', 'is under 50 — a pass mark below half passes a trainee who got most questions wrong'],
    ]);
    expect(problems(moduleSchema(), { ...valid, passMark: 101 })[0]?.[1]).toBe(
      'is over 100 — a pass mark is a percent of the questions, at most 100',
    );
    expect(problems(moduleSchema(), { ...valid, passMark: 82.5 })[0]?.[1]).toBe('must be a whole percent — write a number such as 80');
  });

  it('lets a bank hold more questions than a trainee is given, up to 30, drawing at most 10', () => {
    const bank = Array.from({ length: 12 }, (_, n) => ({ ...valid.checks[0], question: `Bank question number ${n + 1}?` }));
    expect(moduleSchema().parse({ ...valid, checks: bank, checksShown: 5 }).checksShown).toBe(5);
    expect(moduleSchema().parse(valid).checksShown).toBeUndefined();
    expect(problems(moduleSchema(), { ...valid, checks: bank })).toEqual([
      ['checks', 'gives a trainee all 12 questions — set `checksShown:` to 10 or fewer to draw that many from the bank'],
    ]);
    expect(problems(moduleSchema(), { ...valid, checksShown: 9 })).toEqual([
      ['checksShown', `is 9, but the module has only ${valid.checks.length} questions — add questions to the bank, or lower checksShown`],
    ]);
    expect(problems(moduleSchema(), { ...valid, checks: bank, checksShown: 11 })[0]?.[1]).toBe(
      'is over 10 — give a trainee at most 10 questions',
    );
    expect(
      problems(moduleSchema(), {
        ...valid,
        checks: [
          ...bank,
          ...bank.map((c, n) => ({ ...c, question: `Another one, number ${n}?` })),
          ...bank.map((c, n) => ({ ...c, question: `A third one, number ${n}?` })),
        ],
        checksShown: 5,
      })[0]?.[1],
    ).toBe('has more than 30 questions — keep the 30 that test the objectives best');
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
