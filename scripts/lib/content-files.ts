import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFiles, SourceFile } from '../../src/lib/check-content.ts';

function read(root: string, path: string): SourceFile {
  return { path: relative(root, path).split('\\').join('/'), source: readFileSync(path, 'utf8') };
}

function collect(root: string, folder: string, pattern: RegExp): SourceFile[] {
  const dir = join(root, folder);
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
  const synonyms = join(root, folder, 'synonyms.yaml');
  return {
    playbooks: collect(root, `${folder}/playbooks`, /\.mdx$/),
    teams: collect(root, `${folder}/teams`, /\.yaml$/),
    categories: collect(root, `${folder}/categories`, /\.yaml$/),
    ...(existsSync(synonyms) ? { synonyms: read(root, synonyms) } : {}),
  };
}
