import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isCompressedByPagefind } from '../../src/search/client/pagefind-inflate.ts';
import { VOCABULARY_DIR } from '../../src/search/vocabulary.ts';

/** Below this total, every file of the site is precached; above it, the shell and the search index. */
const PRECACHE_ALL_BELOW_BYTES = 8 * 2 ** 20;

/**
 * Files an offline search needs whatever the query: engine, metadata, filters and word index, and
 * the index's vocabulary (src/search/vocabulary.ts), which corrects a misspelt word.
 */
const SEARCH_CORE = new RegExp(
  String.raw`^(pagefind/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind-highlight\.js|wasm\.[^/]+|[^/]+\.pf_meta|index/.*|filter/.*)|${VOCABULARY_DIR}/.*)$`,
);
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

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The fingerprint public/sw.js checks a response against before it caches or serves it: the
 * first 22 base64url characters (132 bits) of the SHA-256 of the body. Pagefind's gzip files are
 * fingerprinted inflated, because a host that labels them `Content-Encoding: gzip` hands the
 * worker the inflated bytes; the worker inflates the ones that arrive compressed, exactly as here.
 */
export function fingerprint(path: string, bytes: Buffer): string {
  const body = isCompressedByPagefind(path) && isGzip(bytes) ? gunzipSync(bytes) : bytes;
  return createHash('sha256').update(body).digest('base64url').slice(0, 22);
}

/**
 * Fills the service worker copied from public/sw.js with this build's version (a hash of every
 * file's content), the fingerprint of every file a page may fetch (the worker caches and serves
 * nothing else, and nothing that does not match) and the precache list. The worker's own script
 * is the one place page script cannot write to, so that is where the fingerprints live.
 */
export function writeServiceWorker(siteDir: string, base: string): { version: string; precached: number } {
  const files = listFiles(siteDir);
  const version = createHash('sha256');
  const fingerprints: Record<string, string> = {};
  for (const file of files) {
    const bytes = readFileSync(join(siteDir, file.path));
    version.update(file.path).update(bytes);
    if (USED_BY_PAGES.test(file.path) && !UNUSED.test(file.path)) fingerprints[urlOf(base, file.path)] = fingerprint(file.path, bytes);
  }
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const precache = files
    .filter((file) => fingerprints[urlOf(base, file.path)] !== undefined)
    .filter((file) => total < PRECACHE_ALL_BELOW_BYTES || SHELL.test(file.path) || SEARCH_CORE.test(file.path))
    .map((file) => urlOf(base, file.path));
  const swPath = join(siteDir, 'sw.js');
  const digest = version.digest('hex').slice(0, 16);
  const source = readFileSync(swPath, 'utf8')
    .replace('self.__FRONTLINE_VERSION__', JSON.stringify(digest))
    .replace('self.__FRONTLINE_FILES__', JSON.stringify(fingerprints))
    .replace('self.__FRONTLINE_PRECACHE__', JSON.stringify(precache));
  writeFileSync(swPath, source);
  return { version: digest, precached: precache.length };
}
