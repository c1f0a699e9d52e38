import { z } from 'zod';
import { entryId } from './ids.ts';
import { audience } from './roles.ts';
import { questionId } from '../training/shuffle.ts';
import { boundedText } from './text.ts';

/** The same list, refusing repeats: a repeated choice or prerequisite is always a slip. */
function unique<T extends z.ZodType>(list: z.ZodArray<T>, what: string) {
  return list.refine((items) => new Set(items).size === items.length, { error: `lists the same ${what} twice — keep each one once` });
}

/** One playbook to read, and what to look for in it. */
function step() {
  return z.strictObject({
    playbook: entryId('playbooks').meta({ description: 'Id of a `content/playbooks/` entry (not archived). The module page links to it.' }),
    focus: boundedText(10, 300, 'what to look for in this playbook').meta({
      description: 'What the trainee should notice in that playbook. 10–300 characters: one or two sentences, so it is read.',
    }),
  });
}

/** How many questions a trainee is given at most: more is a test of stamina, not of the module. */
export const MAX_CHECKS_SHOWN = 10;
/** How many questions a module's bank may hold, of which a trainee is given `checksShown`. */
export const MAX_CHECKS = 30;
export const DEFAULT_PASS_MARK = 80;

/** A choice as the site reads it, however it was written. */
export interface Choice {
  text: string;
  why?: string;
}

/**
 * One possible answer: its text alone (the right answer, usually), or `text` with `why`, which
 * says why a trainee might pick that wrong choice and why it is wrong. Read as `{ text, why }`.
 */
function choice() {
  const text = boundedText(1, 160, 'one possible answer');
  return z
    .union(
      [
        text,
        z.strictObject({
          text: text.meta({ description: 'The choice, as the trainee reads it. 1–160 characters.' }),
          why: boundedText(10, 300, 'why someone might pick this choice, and why it is wrong').optional().meta({
            description:
              'For a wrong choice: why a trainee might pick it and why it is wrong, shown after they answer. 10–300 characters. The check asks for one on every wrong choice.',
          }),
        }),
      ],
      { error: 'must be a choice\'s text, or "text:" with a "why:" line under it' },
    )
    .transform((value): Choice =>
      typeof value === 'string' || value.why === undefined
        ? { text: typeof value === 'string' ? value : value.text }
        : { text: value.text, why: value.why },
    );
}

/**
 * A multiple-choice question with immediate feedback. Whether `answer` is one of `choices`, and
 * whether the choices give the answer away, is checked by src/check/rules/training.ts.
 */
function knowledgeCheck() {
  return z.strictObject({
    question: boundedText(10, 240, 'the question').meta({ description: 'The question, as a trainee reads it. 10–240 characters.' }),
    choices: z
      .array(choice(), {
        error: 'must be a list — put each possible answer on its own line starting with "- "',
      })
      .min(2, { error: 'has fewer than 2 choices — add at least two wrong but believable answers' })
      .max(6, { error: 'has more than 6 choices — keep the 6 most instructive' })
      .refine((items) => new Set(items.map((item) => item.text)).size === items.length, {
        error: 'lists the same choice twice — keep each one once',
      })
      .meta({
        description:
          '2–6 possible answers, each 1–160 characters, no repeats; write 3 or more (the check warns on 2). Each is its text, or `text:` with `why:` under it. Trainees see them in a shuffled order of their own.',
      }),
    answer: boundedText(1, 160, 'the right choice, copied exactly from choices').meta({
      description: 'The right choice, written exactly as in `choices`.',
    }),
    explanation: boundedText(10, 400, 'why the answer is right').meta({
      description: 'Why that answer is right, shown after the trainee answers. 10–400 characters.',
    }),
  });
}

/** A practice call a trainer plays with the trainee. */
function roleplay() {
  return z.strictObject({
    persona: boundedText(3, 80, 'who the caller is').meta({ description: 'Who the caller is, in a few words. 3–80 characters.' }),
    openingLine: boundedText(5, 240, "the caller's first words").meta({
      description: "The caller's first words, said by the trainer. 5–240 characters.",
    }),
    situation: boundedText(20, 400, 'what happened before the call').meta({
      description: 'What has happened before the call, for the trainer. 20–400 characters.',
    }),
    goals: z
      .array(boundedText(5, 200, 'one thing to achieve on the call'))
      .min(1, { error: 'is empty — list at least one thing the trainee should achieve' })
      .max(6, { error: 'has more than 6 goals — keep the 6 that matter most' })
      .meta({ description: 'What the trainee should achieve on the call; 1–6 items of 5–200 characters.' }),
    rubric: z
      .array(boundedText(5, 200, 'one thing a good call does'))
      .min(1, { error: 'is empty — list at least one thing a good call does' })
      .max(8, { error: 'has more than 8 items — keep the 8 a trainer can listen for' })
      .meta({ description: "What good looks like, for the trainer's feedback; 1–8 items of 5–200 characters." }),
    playbook: entryId('playbooks').meta({ description: 'Id of the playbook the call practises (not archived).' }),
  });
}

/**
 * A training module (`content/modules/<id>.yaml`); `npm run check` and Astro's content layer both
 * use it. References, answers and prerequisite cycles are checked across files by src/check/rules/.
 */
export function moduleSchema() {
  return z
    .strictObject({
      title: boundedText(3, 80, 'a short title in sentence case').meta({
        description: 'Page heading and search-result title. 3–80 characters, sentence case.',
      }),
      summary: boundedText(20, 200, 'one sentence on what the module teaches').meta({
        description: 'One sentence on what the module teaches, shown in lists and search. 20–200 characters.',
      }),
      objectives: z
        .array(boundedText(10, 200, 'one thing the trainee can do afterwards'), {
          error: 'must be a list — put each objective on its own line starting with "- "',
        })
        .min(1, { error: 'is empty — list at least one thing the trainee can do afterwards' })
        .max(8, { error: 'has more than 8 objectives — split the module in two' })
        .meta({ description: 'What the trainee can do afterwards; 1–8 items of 10–200 characters, so a trainer can check them.' }),
      estimatedMinutes: z
        .int({ error: 'must be a whole number of minutes — write a number such as 45' })
        .min(5, { error: 'is under 5 minutes — a module takes at least 5 minutes' })
        .max(480, { error: 'is over 480 minutes (a working day) — split the module in two' })
        .meta({ description: 'Time a trainee needs, in minutes: whole number 5–480 (one working day), used for due dates.' }),
      audience: audience().meta({ description: 'Who the module is for; reuses the playbook roles and drives the audience filter.' }),
      prerequisites: unique(
        z.array(entryId('modules')).max(10, { error: 'lists more than 10 prerequisites — keep the direct ones' }),
        'module',
      )
        .default([])
        .meta({ description: 'Ids of modules to finish first; default none, at most 10. A cycle fails the check.' }),
      steps: z
        .array(step(), { error: 'must be a list — write each step as "- playbook: id" with a "focus:" line under it' })
        .min(1, { error: 'is empty — add at least one playbook to read' })
        .max(12, { error: 'has more than 12 steps — split the module in two' })
        .meta({ description: 'Playbooks to read, in order; 1–12 of them. Extra playbooks may appear as extra steps.' }),
      checks: z
        .array(knowledgeCheck(), {
          error: 'must be a list — write each question as "- question: …" with choices, answer and explanation under it',
        })
        .min(1, { error: 'is empty — add at least one knowledge check' })
        .max(MAX_CHECKS, { error: `has more than ${MAX_CHECKS} questions — keep the ${MAX_CHECKS} that test the objectives best` })
        .superRefine((checks, context) => {
          // Answers are kept under the question's identity, so two questions with the same words would share one.
          const seen = new Map<string, number>();
          checks.forEach((check, index) => {
            const id = questionId(check.question);
            const first = seen.get(id);
            if (first === undefined) seen.set(id, index);
            else
              context.addIssue({
                code: 'custom',
                path: [index, 'question'],
                message: `is the same question as checks[${first}] (ignoring case and punctuation) — remove one, or ask something different`,
              });
          });
        })
        .meta({
          description: `Knowledge checks: at least 1, so every module tests what it teaches. At most ${MAX_CHECKS_SHOWN}, or a bank of up to ${MAX_CHECKS} with \`checksShown\`.`,
        }),
      checksShown: z
        .int({ error: 'must be a whole number of questions — write a number such as 5' })
        .min(1, { error: 'is under 1 — a trainee is given at least one question' })
        .max(MAX_CHECKS_SHOWN, { error: `is over ${MAX_CHECKS_SHOWN} — give a trainee at most ${MAX_CHECKS_SHOWN} questions` })
        .optional()
        .meta({
          description: `How many of \`checks\` a trainee is given, drawn from the bank in a stable order per trainee; 1–${MAX_CHECKS_SHOWN}. Default all of them.`,
        }),
      passMark: z
        .int({ error: 'must be a whole percent — write a number such as 80' })
        .min(50, { error: 'is under 50 — a pass mark below half passes a trainee who got most questions wrong' })
        .max(100, { error: 'is over 100 — a pass mark is a percent of the questions, at most 100' })
        .default(DEFAULT_PASS_MARK)
        .meta({
          description: `The percent of a trainee's questions to get right to pass the module; whole number 50–100, default ${DEFAULT_PASS_MARK}. Shown on the module page; the assignment page and completion record mark the module "Passed" or "Not yet".`,
        }),
      roleplays: z
        .array(roleplay())
        .max(4, { error: 'has more than 4 role-plays — keep the 4 most useful' })
        .default([])
        .meta({ description: 'Practice calls; default none, at most 4.' }),
      trainerNotes: boundedText(10, 2000, 'notes for the trainer')
        .optional()
        .meta({ description: 'Notes for the trainer only, shown collapsed. Optional; 10–2,000 characters.' }),
    })
    .superRefine((module, context) => {
      const shown = module.checksShown ?? module.checks.length;
      if (module.checksShown !== undefined && module.checksShown > module.checks.length) {
        context.addIssue({
          code: 'custom',
          path: ['checksShown'],
          message: `is ${module.checksShown}, but the module has only ${module.checks.length} question${module.checks.length === 1 ? '' : 's'} — add questions to the bank, or lower checksShown`,
        });
      } else if (shown > MAX_CHECKS_SHOWN) {
        context.addIssue({
          code: 'custom',
          path: ['checks'],
          message: `gives a trainee all ${shown} questions — set \`checksShown:\` to ${MAX_CHECKS_SHOWN} or fewer to draw that many from the bank`,
        });
      }
    });
}

export type ModuleData = z.output<ReturnType<typeof moduleSchema>>;
export type KnowledgeCheck = ModuleData['checks'][number];
export type Roleplay = ModuleData['roleplays'][number];
