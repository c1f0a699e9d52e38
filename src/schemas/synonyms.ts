import { z } from 'zod';

/** One group of synonyms: an entry of the list in `content/synonyms.yaml`. */
export function synonymGroupSchema() {
  return z.strictObject({
    id: z
      .string()
      .min(2, { error: 'is too short — write the agent word, e.g. port' })
      .meta({ description: 'The agent\'s word for the group, e.g. "port".' }),
    terms: z
      .array(
        z
          .string()
          .min(2, { error: 'is too short — write at least 2 characters' })
          .regex(/^[^A-Z]*$/, { error: 'has capital letters — write synonyms in lowercase' }),
      )
      .min(1, { error: 'is empty — list at least one other word for this' })
      .max(20)
      .meta({ description: 'Other words and phrases for it, lowercase; 1–20 of them.' }),
  });
}

export type SynonymGroup = z.output<ReturnType<typeof synonymGroupSchema>>;
