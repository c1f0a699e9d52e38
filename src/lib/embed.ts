// Embed mode: Frontline in a side panel of the agent desktop (an iframe 360–480 px wide). `?embed=1`
// turns it on; the panel keeps it for its session (sessionStorage, only while framed), and links
// within the site carry it on. docs/agent-desktop.md says what the host must send.

export const EMBED_PARAM = 'embed';
export const EMBED_STORAGE_KEY = 'frontline:desk:v1:embed';

/**
 * Where a link inside the embedded site goes: the same address with `embed=1` when it is a page of
 * this site (same origin, under the base), or undefined for anything else (another site, a file
 * to download, a `mailto:`), which the panel opens in a new tab instead.
 */
export function embeddedHref(href: string, page: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return undefined;
  }
  const current = new URL(page);
  if (url.origin !== current.origin || !url.pathname.startsWith(base)) return undefined;
  // Search files and the like are not pages: only addresses that end in a folder or .html are.
  if (!/(?:\/|\.html)$/.test(url.pathname)) return undefined;
  url.searchParams.set(EMBED_PARAM, '1');
  return url.href;
}
