import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectionList, type CollectionName } from '../schemas/collections.ts';
import { contentRole } from './content-types.ts';
import { MAX_TEXT_BYTES } from './limits.ts';
import { listFolder } from './listing.ts';
import type { ContentFiles, SourceFile } from './source.ts';

/** The content folder, relative to the root; FRONTLINE_CONTENT overrides it as in src/content.config.ts. */
export function contentFolder(): string {
  return process.env['FRONTLINE_CONTENT'] ?? 'content';
}

/** The folder published as it is, relative to the root; FRONTLINE_PUBLIC overrides it as in astro.config.mjs. */
export function publicFolder(): string {
  return process.env['FRONTLINE_PUBLIC'] ?? 'public';
}

/**
 * Reads every content file the site is built from: the files of each collection in
 * src/schemas/collections.ts, found in a listing of the whole folder that never follows a symbolic
 * link. The listing comes along, so the rules on files see what else the folder holds.
 */
export function readContentFiles(root: string, folder = contentFolder()): ContentFiles {
  // resolve, not join: FRONTLINE_CONTENT may be absolute (the benchmark's libraries are).
  const dir = resolve(root, folder);
  const listing = listFolder(root, dir, 'content');
  const byCollection = new Map<CollectionName, SourceFile[]>(collectionList().map((collection) => [collection.name, []]));
  for (const entry of listing) {
    const role = entry.kind === 'file' ? contentRole(entry.inFolder) : undefined;
    // A file over the size limit is not read; file/size reports it.
    if (role?.kind !== 'entry' || entry.size > MAX_TEXT_BYTES) continue;
    byCollection.get(role.collection)?.push({ path: entry.path, source: readFileSync(join(dir, entry.inFolder), 'utf8') });
  }
  const files: Record<string, SourceFile | SourceFile[] | typeof listing> = { listing };
  for (const collection of collectionList()) {
    const read = byCollection.get(collection.name) ?? [];
    if (!('file' in collection)) files[collection.name] = read;
    else if (read[0]) files[collection.name] = read[0];
  }
  return files as unknown as ContentFiles;
}
