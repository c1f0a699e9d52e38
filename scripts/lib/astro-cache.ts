// Where Astro keeps its caches (the content layer's data store and the incremental build's page
// copies) for one content folder: each folder (the real one, test fixtures, benchmark libraries)
// has its own, so building one never invalidates or races with another.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro's cacheDir for a content folder, relative to the project root. A slice of a larger build
 * (`FRONTLINE_SHARD=k/n`, decision 21) has its own inside it: each slice's data store and page
 * cache hold only its own playbooks, and one slice's build would otherwise prune the others'.
 */
export function astroCacheFolder(contentFolder: string, shard?: string): string {
  const folder = `node_modules/.astro/${contentFolder.replace(/[^a-z0-9]+/gi, '-')}`;
  const slice = /^(\d+)\/(\d+)$/.exec(shard ?? '');
  return slice && slice[2] !== '1' ? `${folder}/slices/${slice[1]}-of-${slice[2]}` : folder;
}

/**
 * Whether Astro's page cache holds copies newer than its manifest. Astro writes each rendered
 * page's cached copy as it goes, but the manifest saying which key each copy belongs to only when
 * every page is done: a build that failed or was stopped while rendering (a failed check stops
 * Astro, decision 23) leaves copies that the previous manifest misdescribes, and a later build whose
 * key matches that manifest would restore them. A finished build writes its manifest after its
 * last copy, so a copy newer than the manifest can only come from a build that did not finish.
 * A build stopped before it rendered anything (the usual case when the check fails) leaves none.
 */
export function cacheWrittenSinceManifest(cacheDir: string): boolean {
  const manifest = join(cacheDir, 'incremental-build.json');
  const pages = join(cacheDir, 'dist');
  if (!existsSync(manifest) || !existsSync(pages)) return false;
  const written = statSync(manifest).mtimeMs;
  return readdirSync(pages, { recursive: true, encoding: 'utf8' }).some((name) => statSync(join(pages, name)).mtimeMs > written);
}
