import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Below this total, every file of the site is precached; above it, the shell and the search index. */
const PRECACHE_ALL_BELOW_BYTES = 8 * 2 ** 20;

/** Files an offline search needs whatever the query: engine, metadata, filters and word index. */
const SEARCH_CORE =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind-highlight\.js|wasm\.[^/]+|[^/]+\.pf_meta|index\/.*|filter\/.*)$/;
const SHELL = /^(index\.html|404\.html|playbooks\/index\.html|_astro\/.*|favicon\.svg)$/;
/**
 * Kinds of file a page uses offline: pages, styles, scripts, images, the manifest, Pagefind's index.
 * Anything else in the site (robots.txt, sitemaps, host headers files, text copied from public/) is
 * never fetched by a page, so the worker has no reason to hold it.
 */
const USED_BY_PAGES = /\.(html|css|js|json|svg|png|jpe?g|webp|ico|webmanifest|woff2|pf_[a-z]+|pagefind)$/;
/** Pagefind's ready-made UIs, which Frontline does not use. */
const UNUSED = /^pagefind\/pagefind-(ui|component-ui|modular-ui)\./;

function listFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile() && name !== 'sw.js')
    .sort()
    .map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
}

/** The URL a file is served at: `a/index.html` is `a/`. */
function urlOf(base: string, path: string): string {
  return `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Fills the service worker copied from public/sw.js with this build's version (a hash of every
 * file's content) and its precache list. Returns the number of precached URLs.
 */
export function writeServiceWorker(siteDir: string, base: string): { version: string; precached: number } {
  const files = listFiles(siteDir);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update(readFileSync(join(siteDir, file.path)));
  const version = hash.digest('hex').slice(0, 16);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const precache = files
    .filter((file) => USED_BY_PAGES.test(file.path) && !UNUSED.test(file.path))
    .filter((file) => total < PRECACHE_ALL_BELOW_BYTES || SHELL.test(file.path) || SEARCH_CORE.test(file.path))
    .map((file) => urlOf(base, file.path));
  const swPath = join(siteDir, 'sw.js');
  const source = readFileSync(swPath, 'utf8')
    .replace('self.__FRONTLINE_VERSION__', JSON.stringify(version))
    .replace('self.__FRONTLINE_PRECACHE__', JSON.stringify(precache));
  writeFileSync(swPath, source);
  return { version, precached: precache.length };
}
