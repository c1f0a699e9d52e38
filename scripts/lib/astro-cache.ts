// Where Astro keeps its caches (the content layer's data store and the incremental build's page
// copies) for one content folder: each folder (the real one, test fixtures, benchmark libraries)
// has its own, so building one never invalidates or races with another.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's cacheDir for a content folder, relative to the project root. */
export function astroCacheFolder(contentFolder: string): string {
  return `node_modules/.astro/${contentFolder.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * Runs an Astro build that must not trust the page cache after an unfinished one. Astro writes
 * each rendered page's cached copy as it goes, but the manifest saying which key each copy belongs
 * to only at the end: a build that failed or was stopped in between (a failed check stops Astro,
 * decision 21) leaves copies that the previous manifest misdescribes, and a later build whose key
 * matches that manifest would restore them. So a mark is left in the cache while Astro builds, and
 * the build after one that left it is cold. Returns whether this build ran cold.
 */
export async function buildTrustingOnlyFinishedCaches(
  cacheDir: string,
  cold: boolean,
  build: (cold: boolean) => Promise<void>,
): Promise<boolean> {
  const mark = join(cacheDir, 'frontline-build-unfinished');
  const runCold = cold || existsSync(mark);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, 'An Astro build started and has not finished; the next build renders every page.\n');
  await build(runCold);
  rmSync(mark, { force: true });
  return runCold;
}
