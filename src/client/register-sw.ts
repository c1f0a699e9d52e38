// Registers the offline service worker (public/sw.js, filled in at build time). Skipped in
// `astro dev`, where pages change on every save and a cache would only get in the way.
// Registration waits until the page has loaded and the browser is idle, so precaching never
// competes with the first search an agent types.
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
