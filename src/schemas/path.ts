import { z } from 'zod';
import { entryId } from './ids.ts';
import { audience } from './roles.ts';
import { boundedText } from './text.ts';

/**
 * A learning path (`content/paths/<id>.yaml`). Whether each module exists, and the order of
 * prerequisites, are checked across files by src/check/rules/.
 */
export function pathSchema() {
  return z.strictObject({
    title: boundedText(3, 80, 'a short title, e.g. New hire — week 1').meta({
      description: 'Page heading and the name trainers pick in the Assign builder. 3–80 characters.',
    }),
    summary: boundedText(20, 200, 'one sentence on who the path is for and what it covers').meta({
      description: 'One sentence on who the path is for and what it covers. 20–200 characters.',
    }),
    audience: audience().meta({ description: 'Who the path is for; reuses the playbook roles and drives the audience filter.' }),
    modules: z
      .array(entryId('modules'), { error: 'must be a list — write it as [first-module, second-module] in the order they are taken' })
      .min(1, { error: 'is empty — list at least one module' })
      .max(20, { error: 'has more than 20 modules — split it into two paths' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'lists a module twice — keep each module once' })
      .meta({ description: 'Ids of `content/modules/` entries, in the order they are taken; 1–20, no repeats.' }),
  });
}

export type PathData = z.output<ReturnType<typeof pathSchema>>;
