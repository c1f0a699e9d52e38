// Training modules and paths: what one file's schema cannot see. (Their references to playbooks
// and modules are in references.ts.) The graph helpers are the site's own, in src/training/.
import type { ModuleData } from '../../schemas/module.ts';
import { closestId } from '../closest-id.ts';
import { FILE_START } from '../diagnostics.ts';
import { validEntries, type Rule, type RuleFamily } from '../rule.ts';
import { allPrerequisites, prerequisiteCycles, prerequisiteGraph } from '../../training/modules.ts';

const answer: Rule = {
  id: 'quiz/answer',
  severity: 'error',
  checks: "A knowledge check's `answer` is not exactly one of its `choices`.",
  allFiles({ modules }, report) {
    for (const module of validEntries(modules)) {
      module.data.checks.forEach((check, index) => {
        const texts = check.choices.map((choice) => choice.text);
        if (texts.includes(check.answer)) return;
        const guess = closestId(
          check.answer.toLowerCase(),
          texts.map((text) => text.toLowerCase()),
        );
        const exact = texts.find((text) => text.toLowerCase() === guess);
        report(module.file, {
          position: module.yaml?.locate(['checks', index, 'answer']) ?? FILE_START,
          message: `\`checks[${index}].answer\` "${check.answer}" is not one of its choices`,
          fix: exact ? `copy the choice exactly: "${exact}"` : 'write the answer exactly as one of the choices, or add it to choices',
        });
      });
    }
  },
};

const cycle: Rule = {
  id: 'module/cycle',
  severity: 'error',
  checks: "Modules' `prerequisites` form a cycle, so none of them could ever be started.",
  // One problem per module in each cycle, in that module's file, walking the cycle from it.
  allFiles({ modules }, report) {
    const valid = validEntries(modules);
    const byId = new Map(valid.map((module) => [module.id, module]));
    for (const members of prerequisiteCycles(prerequisiteGraph(valid)).map((walk) => walk.slice(0, -1))) {
      members.forEach((id, at) => {
        const module = byId.get(id);
        if (!module) return;
        const walk = [...members.slice(at), ...members.slice(0, at), id];
        const next = walk[1] ?? id;
        report(module.file, {
          position: module.yaml?.locate(['prerequisites', module.data.prerequisites.indexOf(next)]) ?? FILE_START,
          message: `prerequisites form a cycle: ${walk.join(' → ')}`,
          fix: 'remove one prerequisite in the cycle; a module cannot need itself, even through others',
        });
      });
    }
  },
};

const order: Rule = {
  id: 'path/order',
  severity: 'error',
  checks: "A path lists a module before one of that module's own prerequisites.",
  // A path is taken in its order, so a module listed before one of its own prerequisites is a
  // trap. Modules in a cycle are left to module/cycle.
  allFiles({ modules, paths }, report) {
    const graph = prerequisiteGraph(validEntries(modules));
    for (const path of validEntries(paths)) {
      path.data.modules.forEach((id, index) => {
        const needs = allPrerequisites(id, graph);
        const later = needs.has(id) ? undefined : path.data.modules.slice(index + 1).find((other) => needs.has(other));
        if (later === undefined) return;
        report(path.file, {
          position: path.yaml?.locate(['modules', index]) ?? FILE_START,
          message: `\`modules[${index}]\` "${id}" comes before its prerequisite "${later}"`,
          fix: `move "${later}" above "${id}"`,
        });
      });
    }
  },
};

// Knowledge checks that give themselves away, or teach nothing when missed: warnings. The page
// shuffles each trainee's choices, but the written order is what a trainee sees on paper or
// without JavaScript, and what the next author copies, so the written order is what is checked.

/** One problem in one module, at a path in its YAML. */
interface QuizFinding {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** A rule's look across files, from what it finds in each valid module's questions. */
function eachModule(find: (module: Pick<ModuleData, 'checks'>) => QuizFinding[]): NonNullable<Rule['allFiles']> {
  return ({ modules }, report) => {
    for (const module of validEntries(modules)) {
      for (const { path, message, fix } of find(module.data)) {
        report(module.file, { position: module.yaml?.locate(path) ?? FILE_START, message, fix });
      }
    }
  };
}

type Check = ModuleData['checks'][number];

/** A pattern only counts across at least this many questions, and over at least half of them. */
const MIN_QUESTIONS = 3;
const clusterSize = (questions: number) => Math.max(MIN_QUESTIONS, Math.ceil(questions / 2));

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const ordinal = (index: number) => ORDINALS[index] ?? `number ${index + 1}`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const listed = (indexes: number[]) => indexes.map((index) => `checks[${index}]`).join(', ');

/** Questions whose answer is one of their choices, with its place; the others are quiz/answer's to report. */
function answered(checks: readonly Check[]): { index: number; check: Check; at: number }[] {
  return checks.flatMap((check, index) => {
    const at = check.choices.findIndex((choice) => choice.text === check.answer);
    return at === -1 ? [] : [{ index, check, at }];
  });
}

const fewChoices: Rule = {
  id: 'quiz/few-choices',
  severity: 'warning',
  checks: 'A knowledge check has fewer than three choices, so a guess is right half the time.',
  allFiles: eachModule(({ checks }) =>
    checks.flatMap((check, index) =>
      check.choices.length >= 3
        ? []
        : [
            {
              path: ['checks', index, 'choices'],
              message: `\`checks[${index}]\` has only ${plural(check.choices.length, 'choice')}, so a guess is right half the time`,
              fix: 'add a wrong choice a new agent could believe, with its `why`; with three or more, a guess is a poor bet',
            },
          ],
    ),
  ),
};

const answerPosition: Rule = {
  id: 'quiz/answer-position',
  severity: 'warning',
  checks: "At least half of a module's right answers (and at least three) are written in the same place among their choices.",
  allFiles: eachModule(({ checks }) => {
    const questions = answered(checks);
    if (questions.length < MIN_QUESTIONS) return [];
    const byPlace = new Map<number, number[]>();
    for (const { index, at } of questions) byPlace.set(at, [...(byPlace.get(at) ?? []), index]);
    return [...byPlace]
      .filter(([, indexes]) => indexes.length >= clusterSize(questions.length))
      .map(([at, indexes]) => ({
        path: ['checks'],
        message: `${indexes.length} of the module's ${questions.length} right answers are the ${ordinal(at)} choice (${listed(indexes)})`,
        fix: 'move some of those answers to another place among their choices: trainees on paper or without JavaScript see the written order, and learn the habit',
      }));
  }),
};

const answerLongest: Rule = {
  id: 'quiz/answer-longest',
  severity: 'warning',
  checks: "In at least half of a module's questions (and at least three), the right answer is the longest choice.",
  allFiles: eachModule(({ checks }) => {
    const questions = answered(checks);
    if (questions.length < MIN_QUESTIONS) return [];
    const longest = questions
      .filter(({ check, at }) =>
        check.choices.every((choice, other) => other === at || choice.text.length < (check.choices[at]?.text.length ?? 0)),
      )
      .map(({ index }) => index);
    if (longest.length < clusterSize(questions.length)) return [];
    return [
      {
        path: ['checks'],
        message: `the right answer is the longest choice in ${longest.length} of the module's ${questions.length} questions (${listed(longest)})`,
        fix: 'tighten those answers, or give the wrong choices the same detail, as trainees learn to pick the longest',
      },
    ];
  }),
};

const why: Rule = {
  id: 'quiz/why',
  severity: 'warning',
  checks: 'A wrong choice has no `why`: a trainee who picks it is told the answer, but not what was wrong with theirs.',
  allFiles: eachModule(({ checks }) =>
    answered(checks).flatMap(({ index, check, at }) =>
      check.choices.flatMap((choice, place) =>
        place === at || choice.why !== undefined
          ? []
          : [
              {
                path: ['checks', index, 'choices', place],
                message: `\`checks[${index}].choices[${place}]\` "${choice.text}" is a wrong choice with no \`why\``,
                fix: 'write it as "text:" with a "why:" line under it: why a trainee might pick it, and why it is wrong',
              },
            ],
      ),
    ),
  ),
};

const whyOnAnswer: Rule = {
  id: 'quiz/why-on-answer',
  severity: 'warning',
  checks: 'The right answer has a `why`, which is never shown: reasons are shown for wrong choices only.',
  allFiles: eachModule(({ checks }) =>
    answered(checks).flatMap(({ index, check, at }) =>
      check.choices[at]?.why === undefined
        ? []
        : [
            {
              path: ['checks', index, 'choices', at, 'why'],
              message: `\`checks[${index}].choices[${at}]\` is the right answer, and its \`why\` is never shown`,
              fix: 'put what it says in `explanation`, and remove the `why`',
            },
          ],
    ),
  ),
};

export const training: RuleFamily = {
  title: 'Training modules and paths',
  rules: [answer, cycle, order, fewChoices, answerPosition, answerLongest, why, whyOnAnswer],
  note:
    'The `quiz/` rules after `quiz/answer` are warnings: each trainee sees the choices in a shuffled order of their own, ' +
    'but the written order is what a trainee sees on paper or without JavaScript, and what the next author copies.',
};
