import { z } from 'zod';

/** Ids are file names: lowercase words joined by hyphens, so they are stable in URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of another entry (a team, a category, a playbook…). Whether the entry exists is checked
 * by `src/check/rules/references.ts`, which sees every collection at once; the schema only checks the shape.
 */
export function entryId(collection: string) {
  return z.string({ error: `must be text — write the id (file name) of an entry in content/${collection}/` }).regex(ID_PATTERN, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid id — use the file name of an entry in content/${collection}/ (lowercase words joined by hyphens)`,
  });
}
