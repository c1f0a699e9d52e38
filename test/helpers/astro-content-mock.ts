import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extractFrontmatter } from '../../src/check/frontmatter.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';

/**
 * Stands in for `astro:content` in component tests: the Container API has no content store, so
 * entries are read from the real content/ folder through the same schemas the build uses.
 */
function listFile(collection: CollectionName): { id: string }[] {
  const definition = COLLECTIONS[collection];
  if (!('file' in definition)) throw new Error(`${collection} is a folder, not a list file`);
  return definition
    .schema()
    .array()
    .parse(parse(readFileSync(`content/${definition.file}`, 'utf8')));
}

function read(collection: CollectionName, id: string): unknown {
  const definition = COLLECTIONS[collection];
  if ('file' in definition) return listFile(collection).find((entry) => entry.id === id);
  const text = readFileSync(`content/${definition.folder}/${id}.${definition.extension}`, 'utf8');
  const yaml = definition.extension === 'mdx' ? (extractFrontmatter(text)?.yaml ?? '') : text;
  return definition.schema().parse(parse(yaml));
}

export async function getEntry(collection: CollectionName, id: string) {
  try {
    const data = read(collection, id);
    return data === undefined ? undefined : { id, collection, data };
  } catch {
    return undefined;
  }
}

export async function getCollection(collection: CollectionName) {
  const definition = COLLECTIONS[collection];
  if ('file' in definition) return listFile(collection).map((data) => ({ id: data.id, collection, data }));
  const ids = readdirSync(`content/${definition.folder}`).map((name) => name.replace(/\.[a-z]+$/, ''));
  return Promise.all(ids.sort().map((id) => getEntry(collection, id)));
}
