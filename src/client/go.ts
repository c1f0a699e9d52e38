// Deep links in the browser. A /go/<reason>/ page opens its playbook by meta refresh, which drops
// the query; in embed mode the panel is sent on at once with embed mode kept. The 404 page sends
// an address under /go/ that no playbook claims to a search for its words.
import { goSearchWords } from '../lib/contact-reasons.ts';
import { EMBED_PARAM } from '../lib/embed.ts';

function embedded(doc: Document): boolean {
  return doc.documentElement.hasAttribute('data-embed');
}

export function goOnInEmbedMode(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-go-target]');
  if (!link || !embedded(doc)) return;
  const url = new URL(link.href);
  url.searchParams.set(EMBED_PARAM, '1');
  location.replace(url.href);
}

/** On the 404 page: an unknown /go/ address becomes a search for its words, on the home page. */
export function searchUnknownReason(doc: Document): void {
  const base = doc.documentElement.dataset['base'] ?? '/';
  const words = goSearchWords(location.pathname, base);
  if (!words) return;
  const params = new URLSearchParams({ q: words });
  if (embedded(doc)) params.set(EMBED_PARAM, '1');
  location.replace(`${base}?${params}`);
}
