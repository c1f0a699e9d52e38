import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/training/assignment.ts';
import {
  catalogJson,
  formatMinutes,
  moduleForTrainee,
  parseCatalog,
  resolveAssignment,
  trainingCatalog,
  type TrainingCatalog,
} from '../../src/training/catalog.ts';
import type { ModuleData } from '../../src/schemas/module.ts';
import type { PathData } from '../../src/schemas/path.ts';

function moduleData(
  title: string,
  prerequisites: string[] = [],
  bank: Partial<Pick<ModuleData, 'checksShown' | 'passMark'>> = {},
): ModuleData {
  return {
    title,
    summary: 'A module used by these tests, long enough.',
    objectives: ['Do the thing the module teaches.'],
    estimatedMinutes: 30,
    audience: ['new-hire'],
    prerequisites,
    steps: [
      { playbook: 'porting-troubleshooting', focus: 'Read the table.' },
      { playbook: 'removed-playbook', focus: 'This one is gone.' },
    ],
    checks: [
      {
        question: 'Why must the line stay active?',
        choices: [{ text: 'A live number' }, { text: 'No reason', why: 'There is one: the port moves the number.' }],
        answer: 'A live number',
        explanation: 'It moves.',
      },
      ...['Who may approve a credit?', 'When do you call back?', 'What do you note?'].map((question) => ({
        question,
        choices: [{ text: 'Right' }, { text: 'Wrong' }],
        answer: 'Right',
        explanation: 'Because.',
      })),
    ],
    passMark: 80,
    ...bank,
    roleplays: [],
  };
}

const PLAYBOOKS = new Map([['porting-troubleshooting', { title: 'Porting troubleshooting' }]]);
const PATH: PathData = { title: 'Week one', summary: 'The first week, in order.', audience: ['new-hire'], modules: ['hostile', 'fees'] };

const catalog = trainingCatalog(
  [
    { id: 'fees', data: moduleData('Fair fee decisions', ['escalation'], { checksShown: 2, passMark: 50 }) },
    { id: 'hostile', data: moduleData('Turning round a hostile caller') },
    { id: 'escalation', data: moduleData('Escalating well', ['hostile']) },
  ],
  [{ id: 'week-1', data: PATH }],
  PLAYBOOKS,
);

const assignment = (scope: Assignment['scope']): Assignment => ({ scope, trainee: 'Sam', due: undefined });

describe('trainingCatalog', () => {
  it('lists modules by title with what the browser needs, leaving out steps whose playbook is gone', () => {
    expect(catalog.modules.map((module) => module.title)).toEqual([
      'Escalating well',
      'Fair fee decisions',
      'Turning round a hostile caller',
    ]);
    expect(catalog.modules[1]).toEqual({
      id: 'fees',
      title: 'Fair fee decisions',
      minutes: 30,
      prerequisites: ['escalation'],
      steps: [{ playbook: 'porting-troubleshooting', title: 'Porting troubleshooting' }],
      checks: [
        { question: 'Why must the line stay active?', choices: ['A live number', 'No reason'], answer: 'A live number' },
        { question: 'Who may approve a credit?', choices: ['Right', 'Wrong'], answer: 'Right' },
        { question: 'When do you call back?', choices: ['Right', 'Wrong'], answer: 'Right' },
        { question: 'What do you note?', choices: ['Right', 'Wrong'], answer: 'Right' },
      ],
      shown: 2,
      passMark: 50,
    });
    expect(catalog.modules[0]).not.toHaveProperty('shown');
    expect(catalog.modules[0]?.passMark).toBe(80);
    expect(catalog.paths).toEqual([{ id: 'week-1', title: 'Week one', modules: ['hostile', 'fees'] }]);
  });

  it('writes JSON that cannot close its script element, and reads back the same', () => {
    const tricky: TrainingCatalog = { modules: [], paths: [{ id: 'p', title: '</script><script>alert(1)</script>\u2028', modules: [] }] };
    const json = catalogJson(tricky);
    expect(json).not.toMatch(/<|\u2028/);
    expect(parseCatalog(json)).toEqual(tricky);
  });

  it('reads a missing or broken catalog as an empty one', () => {
    for (const text of [undefined, null, '', '{', '[]', '{"modules": {}}', 'null']) {
      expect(parseCatalog(text), String(text)).toEqual({ modules: [], paths: [] });
    }
  });
});

describe('moduleForTrainee', () => {
  const fees = catalog.modules.find((module) => module.id === 'fees');
  const hostile = catalog.modules.find((module) => module.id === 'hostile');

  it('gives a trainee the questions drawn for them, the same every time, with the pass mark', () => {
    if (!fees || !hostile) throw new Error('fixture modules missing');
    const sam = moduleForTrainee(fees, 'trainee:sam');
    expect(sam.checks).toHaveLength(2);
    expect(moduleForTrainee(fees, 'trainee:sam')).toEqual(sam);
    expect(sam.passMark).toBe(50);
    expect(sam.checks.every((check) => fees.checks.includes(check as (typeof fees.checks)[number]))).toBe(true);
    expect(moduleForTrainee(hostile, 'trainee:sam').checks).toEqual(hostile.checks);
  });

  it('draws different questions for different trainees', () => {
    if (!fees) throw new Error('fixture module missing');
    const draws = new Set(
      ['sam', 'ana', 'kofi', 'priya', 'jo', 'lee'].map((name) =>
        moduleForTrainee(fees, `trainee:${name}`)
          .checks.map((c) => c.question)
          .join('|'),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe('resolveAssignment', () => {
  it('takes a path’s modules in the path’s own order, under its title', () => {
    const resolved = resolveAssignment(assignment({ kind: 'path', path: 'week-1' }), catalog);
    expect(resolved.title).toBe('Week one');
    expect(resolved.modules.map((module) => module.id)).toEqual(['hostile', 'fees']);
    expect(resolved.unknown).toEqual([]);
  });

  it('puts chosen modules in prerequisite order and names the ones the site no longer has', () => {
    const resolved = resolveAssignment(assignment({ kind: 'modules', modules: ['fees', 'gone', 'hostile', 'escalation'] }), catalog);
    expect(resolved.title).toBe('Selected modules');
    expect(resolved.modules.map((module) => module.id)).toEqual(['hostile', 'escalation', 'fees']);
    expect(resolved.unknown).toEqual(['gone']);
  });

  it('resolves an unknown path to nothing, naming it', () => {
    expect(resolveAssignment(assignment({ kind: 'path', path: 'week-9' }), catalog)).toEqual({
      title: 'Unknown path',
      modules: [],
      unknown: ['week-9'],
    });
  });
});

describe('formatMinutes', () => {
  it('writes minutes as a trainer plans a day', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(210)).toBe('3 h 30 min');
  });
});
