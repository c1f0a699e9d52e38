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

/** Reads every content file the site is built from, the same globs as src/content.config.ts. */
export function readContentFiles(root: string): ContentFiles {
  const synonyms = join(root, 'content', 'synonyms.yaml');
  return {
    playbooks: collect(root, 'content/playbooks', /\.mdx$/),
    teams: collect(root, 'content/teams', /\.yaml$/),
    categories: collect(root, 'content/categories', /\.yaml$/),
    ...(existsSync(synonyms) ? { synonyms: read(root, synonyms) } : {}),
  };
}
