import { z } from 'zod';
import { boundedText } from './text.ts';

/** A category file (`content/categories/<id>.yaml`). */
export function categorySchema() {
  return z.strictObject({
    title: boundedText(3, 60, 'a short category name').meta({
      description: 'Shown as the category page heading and on badges. 3–60 characters.',
    }),
    description: boundedText(10, 200, 'one sentence on what belongs here').meta({
      description: 'One sentence under the heading, 10–200 characters, so agents know what belongs here.',
    }),
    order: z
      .int({ error: 'must be a whole number — write a number such as 3 (smaller numbers are listed first)' })
      .min(0, { error: 'is below 0 — use a whole number from 0 to 999' })
      .max(999, { error: 'is above 999 — use a whole number from 0 to 999' })
      .meta({ description: 'Position in lists, smallest first. Whole number 0–999; ties sort by title.' }),
  });
}

export type Category = z.output<ReturnType<typeof categorySchema>>;
