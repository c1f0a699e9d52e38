import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collectionList } from '../schemas/collections.ts';
import type { ContentFiles, SourceFile } from './source.ts';

function read(root: string, path: string): SourceFile {
  return { path: relative(root, path).split('\\').join('/'), source: readFileSync(path, 'utf8') };
}

function collect(root: string, dir: string, extension: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(`.${extension}`))
    .sort()
    .map((name) => read(root, join(dir, name)));
}

/** The content folder, relative to the root; FRONTLINE_CONTENT overrides it as in src/content.config.ts. */
export function contentFolder(): string {
  return process.env['FRONTLINE_CONTENT'] ?? 'content';
}

/** Reads every content file the site is built from: the files of each collection in src/schemas/collections.ts. */
export function readContentFiles(root: string, folder = contentFolder()): ContentFiles {
  const files: Record<string, SourceFile | SourceFile[]> = {};
  for (const collection of collectionList()) {
    // resolve, not join: FRONTLINE_CONTENT may be absolute (the benchmark's libraries are).
    const path = resolve(root, folder, 'file' in collection ? collection.file : collection.folder);
    if (!('file' in collection)) files[collection.name] = collect(root, path, collection.extension);
    else if (existsSync(path)) files[collection.name] = read(root, path);
  }
  return files as ContentFiles;
}
