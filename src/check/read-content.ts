import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFiles, SourceFile } from './check-content.ts';

function read(root: string, path: string): SourceFile {
  return { path: relative(root, path).split('\\').join('/'), source: readFileSync(path, 'utf8') };
}

function collect(root: string, folder: string, pattern: RegExp): SourceFile[] {
  // resolve, not join: FRONTLINE_CONTENT may be absolute (the benchmark's libraries are).
  const dir = resolve(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => read(root, join(dir, name)));
}

/** The content folder, relative to the root; FRONTLINE_CONTENT overrides it as in src/content.config.ts. */
export function contentFolder(): string {
  return process.env['FRONTLINE_CONTENT'] ?? 'content';
}

/** Reads every content file the site is built from, the same globs as src/content.config.ts. */
export function readContentFiles(root: string, folder = contentFolder()): ContentFiles {
  const synonyms = resolve(root, folder, 'synonyms.yaml');
  return {
    playbooks: collect(root, `${folder}/playbooks`, /\.mdx$/),
    teams: collect(root, `${folder}/teams`, /\.yaml$/),
    categories: collect(root, `${folder}/categories`, /\.yaml$/),
    modules: collect(root, `${folder}/modules`, /\.yaml$/),
    paths: collect(root, `${folder}/paths`, /\.yaml$/),
    ...(existsSync(synonyms) ? { synonyms: read(root, synonyms) } : {}),
  };
}
