import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { teamSchema } from '../../src/schemas/team.ts';

/**
 * Stands in for `astro:content` in component tests: the Container API has no content store, so
 * entries are read from the real content/ folder through the same schemas the build uses.
 */
export async function getEntry(collection: string, id: string) {
  if (collection !== 'teams') throw new Error(`component tests only load teams, not ${collection}`);
  try {
    return { id, collection, data: teamSchema().parse(parse(readFileSync(`content/teams/${id}.yaml`, 'utf8'))) };
  } catch {
    return undefined;
  }
}
