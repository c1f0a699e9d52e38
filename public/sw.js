// Frontline's service worker: once a page has been visited, the site and its search keep working
// with the network down. scripts/lib/service-worker.ts fills in, at build time, the version, the
// fingerprint of every file a page may fetch and the precache list, so every deploy gets a new
// cache and the old ones are deleted.
//
// Page script shares this origin's Cache Storage and can write into it. So the worker keeps only
// files of this build that it fetched itself and whose content matches the fingerprint in this
// script, which page script cannot change, and checks the fingerprint again each time it serves
// from the cache: a copy that does not match is deleted and never shown.
/* global self, caches, fetch, URL, Response, Blob, crypto, btoa, DecompressionStream */
// The placeholders are replaced by JSON literals at build time; the fallbacks serve `astro dev`.
const VERSION = self.__FRONTLINE_VERSION__ ?? 'dev';
/** URL path → first 22 base64url characters of the SHA-256 of the body. */
const FILES = self.__FRONTLINE_FILES__ ?? {};
const PRECACHE = self.__FRONTLINE_PRECACHE__ ?? [];
const CACHE = `frontline-${VERSION}`;
const NETWORK_TIMEOUT_MS = 3000;
/** Files Pagefind writes gzip-compressed (src/search/client/pagefind-inflate.ts); fingerprinted inflated. */
const COMPRESSED_BY_PAGEFIND = /\.(?:pf_[a-z]+|pagefind)$/;

function base64url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function fingerprintOf(path, response) {
  let body = new Uint8Array(await response.clone().arrayBuffer());
  // A host that labels Pagefind's files Content-Encoding: gzip hands over the inflated bytes; one
  // that does not hands over the file as written. Both are compared inflated.
  if (COMPRESSED_BY_PAGEFIND.test(path) && body[0] === 0x1f && body[1] === 0x8b) {
    const inflated = new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'));
    body = new Uint8Array(await new Response(inflated).arrayBuffer());
  }
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', body))).slice(0, 22);
}

/** Whether a response is exactly this build's file at that path. */
async function isThisBuilds(path, response) {
  if (FILES[path] === undefined) return false;
  try {
    return (await fingerprintOf(path, response)) === FILES[path];
  } catch {
    return false; // a body that is not what it claims (say, broken gzip)
  }
}

/** Entries are stored under their path: Pagefind adds `?ts=…` to some requests and pages carry `?highlight=…`. */
const pathOf = (url) => new URL(url, self.location.href).pathname;

/** The cached copy of a file of this build, only while it is still exactly that file. */
async function cached(path) {
  if (FILES[path] === undefined) return undefined;
  const cache = await caches.open(CACHE);
  const response = await cache.match(path);
  if (!response) return undefined;
  if (await isThisBuilds(path, response)) return response;
  await cache.delete(path); // written by something other than this worker, or damaged
  return undefined;
}

/** Stores a response the worker fetched itself, when it is exactly this build's file at that path. */
async function store(path, response) {
  if (!response.ok || response.type !== 'basic' || response.redirected || !(await isThisBuilds(path, response))) return;
  await (await caches.open(CACHE)).put(path, response);
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async (path) => {
      // no-cache: a copy of the previous build in the HTTP cache would not match the fingerprint.
      const response = await fetch(path, { cache: 'no-cache' });
      if (!response.ok || !(await isThisBuilds(path, response))) {
        // Half a deploy on the host: stay on the previous worker and try again on the next visit.
        throw new Error(`${path} is not this build's file yet (HTTP ${response.status})`);
      }
      await cache.put(path, response);
    }),
  );
}

/** Deletes older builds' caches, and anything in this one that is not a file of this build. */
async function pruneCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith('frontline-') && name !== CACHE).map((name) => caches.delete(name)));
  const cache = await caches.open(CACHE);
  const strays = (await cache.keys()).filter((request) => FILES[pathOf(request.url)] === undefined);
  await Promise.all(strays.map((request) => cache.delete(request)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(pruneCaches().then(() => self.clients.claim()));
});

/** Pages: the network first (content may have changed), the cache when it is slow or down. */
async function page(event, path) {
  const network = fetch(event.request);
  // Registered before the first await, while the event is still being dispatched.
  event.waitUntil(network.then((response) => store(path, response.clone())).catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // offline: fall through to the cache
  }
  const scope = pathOf(self.registration.scope);
  return (
    (await cached(path)) ??
    (await network.catch(() => undefined)) ??
    (await cached(`${scope}404.html`)) ??
    new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  );
}

/** Assets and search index files are content-hashed or versioned: the cache first. */
async function asset(event, path) {
  const hit = await cached(path);
  if (hit) return hit;
  const response = await fetch(event.request);
  event.waitUntil(store(path, response.clone())); // allowed: respondWith is still waiting on this
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url.pathname));
  else if (FILES[url.pathname] !== undefined) event.respondWith(asset(event, url.pathname));
  // Anything else is not a file of this build: the network answers it and nothing is kept.
});
