// Embed mode in the browser: the boot script (src/lib/desk-boot.ts) has marked <html data-embed>;
// here links within the site keep embed mode (src/lib/embed.ts) and links that leave it open a new
// tab, so the agent desktop's panel only ever shows Frontline. The search form carries it too.
import { EMBED_PARAM, embeddedHref } from '../lib/embed.ts';

export function mountEmbedMode(doc: Document = document): void {
  const root = doc.documentElement;
  if (!root.hasAttribute('data-embed')) return;
  const base = root.dataset['base'] ?? '/';
  doc.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || link.getAttribute('href')?.startsWith('#')) return;
      const inside = embeddedHref(link.href, location.href, base);
      if (inside)
        link.href = inside; // the browser follows the address as it is once the click is dispatched
      else {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
    },
    true,
  );
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[method="get"]')) {
    const marker = doc.createElement('input');
    marker.type = 'hidden';
    marker.name = EMBED_PARAM;
    marker.value = '1';
    form.append(marker);
  }
}
