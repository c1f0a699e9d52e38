import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';
import { region } from './regions.ts';
import { boundedText } from './text.ts';

/** Things that are counted: the value reads "two attempts", or as an ordinal "third contact". */
export const COUNT_UNITS = ['contacts', 'attempts', 'retries'] as const;
/** Periods. Business and working days skip the days the service is closed; UK rules say "working day". */
export const PERIOD_UNITS = ['minutes', 'hours', 'days', 'business-days', 'working-days', 'weeks', 'months'] as const;
/** A number that is an identifier, such as a text short code: printed as its digits, never counted. */
export const CODE_UNITS = ['code'] as const;
export const VALUE_UNITS = [...COUNT_UNITS, ...PERIOD_UNITS, ...CODE_UNITS] as const;
export type ValueUnit = (typeof VALUE_UNITS)[number];

const isCountUnit = (unit: ValueUnit) => (COUNT_UNITS as readonly string[]).includes(unit);

/** One entry of `content/values.yaml`: a threshold, period or code that playbooks render with `<Value of="…" />`. */
export function valueSchema() {
  return z
    .strictObject({
      id: z
        .string({ error: 'must be text — write the id playbooks use in <Value of="…" />, e.g. repeat-contact' })
        .regex(ID_PATTERN, { error: 'is not a valid id — use lowercase words joined by hyphens, e.g. repeat-contact' })
        .meta({
          description:
            'Stable id used by `<Value of="…" />`; lowercase-hyphenated. A regional value starts with its region, e.g. `uk-pac-validity`.',
        }),
      label: boundedText(10, 160, 'what the value is, as an agent would say it').meta({
        description:
          "What the value is, as an agent would say it. Shown when the value is pointed at and in the check's fixes. 10–160 characters.",
      }),
      value: z
        .int({ error: 'must be a whole number — write a number such as 2 (for half an hour, use 30 minutes)' })
        .min(0, { error: 'is negative — use zero or more' })
        .meta({ description: 'The number itself: whole, 0 or more. For days, 0 reads "the same day".' }),
      unit: z
        .enum(VALUE_UNITS, {
          error: (issue) => `"${String(issue.input)}" is not a unit — use one of: ${VALUE_UNITS.join(', ')}`,
        })
        .meta({
          description:
            'What the number counts: contacts, attempts or retries; a period (minutes, hours, days, business-days, working-days, weeks, months); or code, for a number that is an identifier.',
        }),
      ordinal: z
        .boolean({ error: 'must be true or false' })
        .default(false)
        .meta({ description: 'Counted units only: render "third contact" rather than "three contacts". Default: false.' }),
      region: region()
        .optional()
        .meta({ description: 'The country the value applies in, when it is not everywhere, by region id: `us` or `uk`.' }),
      source: boundedText(5, 200, 'the rule or regulation it comes from').optional().meta({
        description: 'Where the value comes from when it is not our own choice: a regulation and its paragraph. 5–200 characters.',
      }),
    })
    .refine((entry) => !entry.ordinal || isCountUnit(entry.unit), {
      error: `ordinal is only for counted units (${COUNT_UNITS.join(', ')}) — remove it, or change the unit`,
      path: ['ordinal'],
    });
}

export type DataValue = z.output<ReturnType<typeof valueSchema>>;
