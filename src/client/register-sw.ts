// Registers the offline service worker (public/sw.js, filled in at build time). Skipped in
// `astro dev`, where pages change on every save and a cache would only get in the way.
// Registration waits until the page has loaded and the browser is idle, so precaching never
// competes with the first search an agent types.

interface TrustedTypePolicyFactory {
  createPolicy: (name: string, rules: { createScriptURL: (input: string) => string }) => { createScriptURL: (input: string) => unknown };
}

/**
 * The worker's address as the page's Trusted Types policy requires (astro.config.mjs): a policy
 * named `frontline-sw` that lets through exactly this one script and no other URL.
 */
function workerScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy('frontline-sw', {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError(`Only ${url} may be registered as a service worker, not ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(url) as string;
}

export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(workerScriptUrl(`${base}sw.js`), { scope: base }).catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
