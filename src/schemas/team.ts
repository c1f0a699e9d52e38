import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';
import { ROLES } from './roles.ts';
import { boundedText } from './text.ts';

/** Amounts per role, in the authority's `unit` (dollars for fees). */
function limitsByRole() {
  return z
    .partialRecord(z.enum(ROLES), z.number().min(0, { error: 'is negative — use zero or more' }), {
      error: `must map roles to amounts — write it as { agent: 50, senior: 150 } using roles ${ROLES.join(', ')}`,
    })
    .refine((record) => Object.keys(record).length > 0, { error: 'names no role — give at least one, e.g. agent: 50' });
}

/** One decision a team can make up to a limit, e.g. waiving a fee. */
function authority() {
  return z.strictObject({
    id: z
      .string()
      .regex(ID_PATTERN, { error: 'is not a valid id — use lowercase words joined by hyphens, e.g. fee-waiver' })
      .meta({ description: 'Stable id used by `<Limit authority="…">`; lowercase-hyphenated.' }),
    label: boundedText(5, 100, 'what this limit allows').meta({
      description: 'What the limit allows, as an agent would say it. 5–100 characters.',
    }),
    unit: z
      .string()
      .regex(/^[A-Za-z]{2,12}$/, { error: 'is not a unit — use a currency code such as USD or a plain word such as cases' })
      .meta({ description: 'Unit of the amounts: a currency code (USD, EUR…) or a plain noun such as "cases".' }),
    byRole: limitsByRole().meta({
      description: 'Largest amount each role may approve without asking anyone. Keys are roles; a role that is absent may not approve it.',
    }),
  });
}

export const SAFETY_LINE_HOURS = ['around-the-clock', 'opening-hours'] as const;
export const SAFETY_LINE_ANSWERS = ['live', 'callback'] as const;

/**
 * How a team takes a safety case (a threat, a risk of self-harm, a dangerous product). A route for
 * safety must be answered live around the clock; `npm run check` refuses any other.
 */
function safetyLine() {
  return z
    .strictObject({
      hours: z
        .enum(SAFETY_LINE_HOURS, {
          error: (issue) =>
            `"${String(issue.input)}" is not when the line is answered — use around-the-clock (every hour of every day) or opening-hours (only when the team is open)`,
        })
        .meta({ description: '`around-the-clock` (every hour of every day) or `opening-hours` (only while the team is open).' }),
      answers: z
        .enum(SAFETY_LINE_ANSWERS, {
          error: (issue) =>
            `"${String(issue.input)}" is not how the line answers — use live (someone picks up now) or callback (the case waits for a call back)`,
        })
        .meta({ description: '`live` (someone picks up now) or `callback` (the case waits for a call back within the SLA).' }),
      reach: boundedText(5, 200, 'how an agent raises a safety case with the team').meta({
        description: 'How an agent raises a safety case with the team, e.g. an extension and what to say. 5–200 characters.',
      }),
    })
    .optional()
    .meta({
      description: 'How the team takes a safety case. Only a line answered `live` and `around-the-clock` may be a safety route. Optional.',
    });
}

/** A team file (`content/teams/<id>.yaml`); what a team is for is described with its collection in collections.ts. */
export function teamSchema() {
  return z.strictObject({
    name: boundedText(3, 60, "the team's name").meta({ description: "The team's name as agents know it. 3–60 characters." }),
    handles: z
      .array(boundedText(3, 160, 'one kind of case the team handles'))
      .min(1, { error: 'is empty — list at least one kind of case the team handles' })
      .max(10)
      .meta({ description: 'What the team handles, one item per line; 1–10 items. Shown in escalation boxes.' }),
    hours: boundedText(5, 120, 'the opening hours with a time zone').meta({
      description: 'Opening hours with time zone, as text. 5–120 characters.',
    }),
    reach: boundedText(5, 200, 'how an agent reaches the team').meta({
      description: 'How to reach the team: extension, queue, form. 5–200 characters.',
    }),
    authority: z
      .array(authority())
      .default([])
      .refine((list) => new Set(list.map((item) => item.id)).size === list.length, {
        error: 'names the same authority id twice — give each limit its own id',
      })
      .meta({ description: 'Decisions the team can make up to a limit, e.g. waiving a fee. Default: none.' }),
    callbackSla: z
      .strictObject({
        hours: z
          .int({ error: 'must be a whole number of hours — write a number such as 4' })
          .min(1, { error: 'must be at least 1 hour — a callback cannot be promised sooner than that' })
          .max(336, { error: 'is over 336 hours (two weeks) — use a shorter promise' })
          .meta({ description: 'Hours, whole number, 1–336 (two weeks).' }),
        clock: z
          .enum(['business', 'calendar'], {
            error: (issue) =>
              `"${String(issue.input)}" is not a clock — use business (counts only opening hours) or calendar (around the clock)`,
          })
          .meta({
            description: 'Whether the hours count only while the team is open (`business`) or around the clock (`calendar`).',
          }),
      })
      .meta({ description: 'The longest a customer waits for a promised callback from this team.' }),
    safetyLine: safetyLine(),
  });
}

export type Team = z.output<ReturnType<typeof teamSchema>>;
