import { describe, expect, it } from 'vitest';
import { parseLocatedYaml } from '../../../src/check/frontmatter.ts';
import type { AllFilesScope, Rule } from '../../../src/check/rule.ts';
import { training } from '../../../src/check/rules/training.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import { moduleSchema, type ModuleData } from '../../../src/schemas/module.ts';
import { TODAY } from '../../helpers/content.ts';

// The training family's quiz warnings: knowledge checks that give their answer away, or teach
// nothing when missed.

type Check = ModuleData['checks'][number];

const QUIZ_RULES = training.rules.filter((candidate) => candidate.severity === 'warning');

function rule(id: string): Rule {
  const found = QUIZ_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no quiz rule ${id}`);
  return found;
}

interface Reported {
  message: string;
  fix: string;
  position?: { line: number; column: number };
}

/** What one rule reports about a module with these questions; with `source`, the module is that YAML and positions are kept. */
function findings(id: string, checks: Check[], source?: string): Reported[] {
  const yaml = source === undefined ? undefined : parseLocatedYaml(source);
  const data = yaml ? moduleSchema().parse(yaml.data) : ({ checks } as ModuleData);
  const scope: AllFilesScope = {
    playbooks: [],
    modules: [{ file: 'content/modules/m.yaml', id: 'm', yaml, data }],
    paths: [],
    teams: new Map(),
    safety: undefined,
    verification: undefined,
    known: { teams: new Set(), categories: new Set(), playbooks: new Map(), modules: new Set(['m']) },
    site: new Map(),
    today: TODAY,
  };
  return runAllFiles(scope, [rule(id)]).map(({ line, column, message, fix }) =>
    source === undefined ? { message, fix } : { position: { line, column }, message, fix },
  );
}

/** A question whose right answer is `choices[at]`; every wrong choice has a why unless `bare`. */
function question(n: number, choices: string[], at: number, bare = false): Check {
  return {
    question: `Question number ${n}?`,
    choices: choices.map((text, place) => (place === at || bare ? { text } : { text, why: 'Believable, but wrong for a reason.' })),
    answer: choices[at] ?? '',
    explanation: 'Because the playbook says so.',
  };
}

const SAME = ['Alpha', 'Bravo', 'Delta'];
/** `places[i]` is where question i's right answer is written; all choices the same length. */
const placed = (...places: number[]) => places.map((at, n) => question(n, SAME, at));

describe('quiz/few-choices', () => {
  it('warns on a question with two choices and not on three', () => {
    expect(findings('quiz/few-choices', [question(0, ['Yes', 'No'], 0), question(1, SAME, 1)])).toEqual([
      {
        message: '`checks[0]` has only 2 choices, so a guess is right half the time',
        fix: 'add a wrong choice a new agent could believe, with its `why`; with three or more, a guess is a poor bet',
      },
    ]);
  });
});

describe('quiz/answer-position', () => {
  const find = (checks: Check[]) => findings('quiz/answer-position', checks);

  it('warns when at least half the answers, and at least three, are in one place', () => {
    expect(find(placed(1, 1, 0, 1)).map((finding) => finding.message)).toEqual([
      "3 of the module's 4 right answers are the second choice (checks[0], checks[1], checks[3])",
    ]);
    expect(find(placed(2, 2, 2))).toHaveLength(1);
    expect(find(placed(0, 0, 0, 1, 2, 1))).toHaveLength(1);
  });

  it('accepts answers spread across places, and two in one place however few the questions', () => {
    expect(find(placed(0, 1, 2, 0))).toEqual([]);
    expect(find(placed(0, 0, 1, 2, 1))).toEqual([]);
    expect(find(placed(1, 1))).toEqual([]);
  });

  it('needs half of a longer module in one place before it warns', () => {
    expect(find(placed(0, 0, 0, 1, 2, 1, 2, 1))).toEqual([]);
    expect(find(placed(0, 0, 0, 0, 2, 1, 2, 1))).toHaveLength(1);
  });

  it('leaves questions whose answer is not a choice to quiz/answer', () => {
    const broken = { ...question(9, SAME, 1), answer: 'Not a choice' };
    expect(find([...placed(1, 1), broken])).toEqual([]);
  });
});

describe('quiz/answer-longest', () => {
  const find = (checks: Check[]) => findings('quiz/answer-longest', checks);
  const long = (n: number, at: number) =>
    question(
      n,
      ['Short', 'Brief', 'Terse'].map((text, place) => (place === at ? `${text} but longer` : text)),
      at,
    );

  it('warns when the answer is the longest choice in at least half the questions, and at least three', () => {
    expect(find([long(0, 0), long(1, 2), long(2, 1), question(3, SAME, 0)])).toEqual([
      {
        message: "the right answer is the longest choice in 3 of the module's 4 questions (checks[0], checks[1], checks[2])",
        fix: 'tighten those answers, or give the wrong choices the same detail, as trainees learn to pick the longest',
      },
    ]);
  });

  it('does not count an answer that only ties for longest', () => {
    expect(find(placed(0, 1, 2))).toEqual([]);
  });

  it('accepts a longest answer in fewer than half the questions', () => {
    expect(find([long(0, 0), long(1, 2), question(2, SAME, 1), question(3, SAME, 0), question(4, SAME, 2)])).toEqual([]);
  });
});

describe('quiz/why and quiz/why-on-answer', () => {
  it('asks for a why on each wrong choice, naming the choice', () => {
    expect(findings('quiz/why', [question(0, SAME, 1, true)])).toEqual([
      {
        message: '`checks[0].choices[0]` "Alpha" is a wrong choice with no `why`',
        fix: 'write it as "text:" with a "why:" line under it: why a trainee might pick it, and why it is wrong',
      },
      expect.objectContaining({ message: '`checks[0].choices[2]` "Delta" is a wrong choice with no `why`' }),
    ]);
    expect(findings('quiz/why', [question(0, SAME, 1)])).toEqual([]);
  });

  it('does not ask for reasons when the answer is not a choice, as every choice would look wrong', () => {
    expect(findings('quiz/why', [{ ...question(0, SAME, 1, true), answer: 'Typo' }])).toEqual([]);
  });

  it('flags a why on the right answer, which is never shown', () => {
    const check = question(0, SAME, 1);
    const withWhy = {
      ...check,
      choices: check.choices.map((choice, place) => (place === 1 ? { ...choice, why: 'Shown nowhere.' } : choice)),
    };
    expect(findings('quiz/why-on-answer', [withWhy])).toEqual([
      {
        message: '`checks[0].choices[1]` is the right answer, and its `why` is never shown',
        fix: 'put what it says in `explanation`, and remove the `why`',
      },
    ]);
    expect(findings('quiz/why-on-answer', [check])).toEqual([]);
  });
});

describe('where the quiz rules point', () => {
  const source = `title: Porting basics
summary: Read the porting playbook and answer a question about ports.
objectives:
  - Explain why the old line must stay active.
estimatedMinutes: 30
audience: [new-hire]
steps:
  - playbook: porting-troubleshooting
    focus: Read why the port was rejected.
checks:
  - question: Why must the old line stay active?
    choices:
      - A port moves a live number
      - The PIN expires otherwise
    answer: A port moves a live number
    explanation: With the line cancelled there is nothing to move.
`;

  it('points at the choice with no why, and at the choices of a question with too few', () => {
    expect(findings('quiz/why', [], source).map((finding) => finding.position)).toEqual([{ line: 14, column: 9 }]);
    expect(findings('quiz/few-choices', [], source).map((finding) => finding.position)).toEqual([{ line: 13, column: 7 }]);
  });
});

describe('the quiz rules', () => {
  it('are the training family’s warnings, after its errors, each with a sentence for CONTRIBUTING.md', () => {
    expect(training.rules.map((r) => `${r.id} ${r.severity}`)).toEqual([
      'quiz/answer error',
      'module/cycle error',
      'path/order error',
      'quiz/few-choices warning',
      'quiz/answer-position warning',
      'quiz/answer-longest warning',
      'quiz/why warning',
      'quiz/why-on-answer warning',
    ]);
    expect(QUIZ_RULES.every((r) => r.checks.endsWith('.'))).toBe(true);
  });
});
