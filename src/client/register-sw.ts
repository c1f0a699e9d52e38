// Registers the offline service worker (public/sw.js, filled in at build time). Skipped in
// `astro dev`, where pages change on every save and a cache would only get in the way.
export function registerServiceWorker(base: string): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  }
}
