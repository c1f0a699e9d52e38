// Frontline's service worker: once a page has been visited, the site and its search keep working
// with the network down. scripts/lib/service-worker.ts fills in the version and the precache list
// at build time, so every deploy gets new caches and the old ones are deleted.
/* global self, caches, fetch, URL, Response */
// Both placeholders are replaced by JSON literals at build time; the fallbacks serve `astro dev`.
const VERSION = self.__FRONTLINE_VERSION__ ?? 'dev';
const PRECACHE = self.__FRONTLINE_PRECACHE__ ?? [];
const CACHE = `frontline-${VERSION}`;
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('frontline-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/**
 * Entries are stored under their path: Pagefind adds `?ts=…` to some requests and pages carry
 * `?highlight=…`. Looking up the bare path is an exact, indexed match; `ignoreSearch` would scan
 * every entry, which costs hundreds of milliseconds per request once thousands are cached.
 */
const keyOf = (request) => new URL(typeof request === 'string' ? request : request.url, self.location.href).pathname;
const match = (request) => caches.open(CACHE).then((cache) => cache.match(keyOf(request)));

async function remember(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(keyOf(request), response.clone());
  }
  return response;
}

/** Pages: the network first (content may have changed), the cache when it is slow or down. */
async function page(request) {
  const network = fetch(request).then((response) => remember(request, response));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // offline: fall through to the cache
  }
  const scope = new URL(self.registration.scope).pathname;
  return (await match(request)) ?? (await match(`${scope}404.html`)) ?? new Response('Offline', { status: 503 });
}

/** Assets and search index files are content-hashed or versioned: the cache first. */
async function asset(request) {
  return (await match(request)) ?? remember(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
