import { z } from 'zod';
import { sourceLink } from './sources.ts';
import { boundedText } from './text.ts';

const PHONE_NUMBER = /^[0-9][0-9 ]{1,14}$/;

function phoneNumber(what: string) {
  return z
    .string({ error: `must be text — write ${what} in quotes, e.g. '999'` })
    .regex(PHONE_NUMBER, { error: `is not a number to dial — write ${what} as digits and spaces, in quotes, e.g. '116 123'` });
}

/** A region file (`content/regions/<id>.yaml`): what differs by country, and where each fact comes from. */
export function regionSchema() {
  return z.strictObject({
    name: boundedText(3, 60, "the country's name").meta({
      description: 'The country as readers know it, e.g. `United Kingdom`. 3–60 characters.',
    }),
    label: z
      .string({ error: 'must be text — write the short label shown on the page, e.g. UK' })
      .regex(/^[A-Z]{2,4}$/, { error: 'is not a short label — use 2–4 capital letters, e.g. UK' })
      .meta({ description: 'Short label shown on region markers and in sources, e.g. `UK`. 2–4 capital letters.' }),
    regulators: z
      .array(
        z.string().regex(/^[A-Za-z][A-Za-z0-9 .-]{1,40}$/, { error: 'is not a name — write the body as agents see it cited, e.g. Ofcom' }),
      )
      .default([])
      .meta({
        description:
          'Bodies whose rules hold only in this region, as they are cited in text (e.g. `Ofcom`). A playbook that names one needs a source for this region. Default: none.',
      }),
    emergency: z
      .strictObject({
        number: phoneNumber('the emergency number').meta({ description: 'The number to dial, as digits, in quotes.' }),
        source: sourceLink().meta({ description: 'The official page that gives the number.' }),
      })
      .meta({ description: 'The emergency number for someone in immediate danger, rendered by `<SafetyRoute />`.' }),
    crisisLine: z
      .strictObject({
        name: boundedText(3, 80, 'the name of the crisis line').meta({ description: 'The line as callers know it. 3–80 characters.' }),
        reach: boundedText(5, 120, 'how to reach it and when, e.g. call 116 123, free, any hour').meta({
          description: 'How to reach it and when, starting with a verb: `call 116 123, free, any hour`. 5–120 characters.',
        }),
        source: sourceLink().meta({ description: 'The official page of the line.' }),
      })
      .meta({
        description: 'The line for someone who may harm themselves, rendered by `<SafetyRoute case="…" />` when the case needs it.',
      }),
  });
}

export type Region = z.output<ReturnType<typeof regionSchema>>;
