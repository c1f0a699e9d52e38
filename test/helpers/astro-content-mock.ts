import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { teamSchema } from '../../src/schemas/team.ts';
import { valueSchema } from '../../src/schemas/value.ts';

/**
 * Stands in for `astro:content` in component tests: the Container API has no content store, so
 * entries are read from the real content/ folder through the same schemas the build uses.
 */
export async function getEntry(collection: string, id: string) {
  if (collection === 'values') {
    const entries = valueSchema()
      .array()
      .parse(parse(readFileSync('content/values.yaml', 'utf8')));
    const data = entries.find((entry) => entry.id === id);
    return data ? { id, collection, data } : undefined;
  }
  if (collection !== 'teams') throw new Error(`component tests only load teams and values, not ${collection}`);
  try {
    return { id, collection, data: teamSchema().parse(parse(readFileSync(`content/teams/${id}.yaml`, 'utf8'))) };
  } catch {
    return undefined;
  }
}
