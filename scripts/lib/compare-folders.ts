// Whether two built sites are the same, file by file: the same paths and, for each, the same
// bytes. The equality tests use it (an incremental build against a cold one, a sharded build
// against a single-machine one), so its answer names every difference at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How two folders differ; all three lists empty means they hold the same files with the same bytes. */
export interface FolderDifference {
  /** Files only in the first folder, as paths relative to it, sorted. */
  onlyInFirst: string[];
  /** Files only in the second folder. */
  onlyInSecond: string[];
  /** Files in both whose bytes differ. */
  differing: string[];
}

/** Every file under `dir`, as sorted paths relative to it with `/` between folders. Symbolic links are listed, not followed. */
export function listFiles(dir: string, prefix = ''): string[] {
  // A walk of its own: readdirSync's `recursive` descends into linked folders.
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, path) : [path];
    })
    .sort();
}

/** Compares every file of two folders by path and bytes. */
export function compareFolders(first: string, second: string): FolderDifference {
  const firstFiles = listFiles(first);
  const secondFiles = listFiles(second);
  const inFirst = new Set(firstFiles);
  const inSecond = new Set(secondFiles);
  const inBoth = firstFiles.filter((path) => inSecond.has(path));
  return {
    onlyInFirst: firstFiles.filter((path) => !inSecond.has(path)),
    onlyInSecond: secondFiles.filter((path) => !inFirst.has(path)),
    differing: inBoth.filter((path) => !readFileSync(join(first, path)).equals(readFileSync(join(second, path)))),
  };
}

/** True when the folders hold the same files with the same bytes. */
export const sameFiles = (difference: FolderDifference) =>
  difference.onlyInFirst.length + difference.onlyInSecond.length + difference.differing.length === 0;

/** The differences in words, one file a line, at most `limit` files per kind; empty when there are none. */
export function describeDifference(difference: FolderDifference, names: [string, string], limit = 20): string {
  const section = (title: string, paths: string[]) =>
    paths.length === 0
      ? []
      : [
          `${title} (${paths.length}):`,
          ...paths.slice(0, limit).map((path) => `  ${path}`),
          ...(paths.length > limit ? [`  … and ${paths.length - limit} more`] : []),
        ];
  return [
    ...section(`only in ${names[0]}`, difference.onlyInFirst),
    ...section(`only in ${names[1]}`, difference.onlyInSecond),
    ...section(`different bytes`, difference.differing),
  ].join('\n');
}
