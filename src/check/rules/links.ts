import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Position } from '../diagnostics.ts';
import type { Finding } from './mdx-safety.ts';
import { startOf } from './mdx-safety.ts';
import { closestId } from './references.ts';

/** Every page the site publishes (path relative to the site root, ending in `/`) and its anchors. */
export type SiteMap = ReadonlyMap<string, ReadonlySet<string>>;

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** A malformed escape such as `#50%` is kept as written, to be reported, not thrown. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Resolves `href` as the browser would from `fromPage` (both site-relative, no base path). */
export function resolveHref(fromPage: string, href: string): { page: string; anchor: string | undefined } {
  const [pathPart = '', anchor] = href.split('#', 2);
  const resolved = new URL(pathPart || fromPage, new URL(fromPage, 'https://site.invalid/'));
  let page = resolved.pathname;
  if (!page.endsWith('/')) page = `${page}/`;
  return { page, anchor: anchor === undefined || anchor === '' ? undefined : safeDecode(anchor) };
}

/** A link as written in content, with where it stands. */
export interface ContentLink {
  url: string;
  position: Position;
}

/** Every link and link definition in a page's content, in order. */
export function collectLinks(tree: Root): ContentLink[] {
  const links: ContentLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, position: startOf(node) });
  });
  return links;
}

/**
 * Internal links and `#anchors` in one page's content that lead nowhere, plus the external links
 * found (listed for a report, never fetched). Root-relative links are refused because they break
 * when the site is served under a base path.
 */
export function linkFindings(links: ContentLink[], fromPage: string, site: SiteMap): { findings: Finding[]; external: string[] } {
  const findings: Finding[] = [];
  const external: string[] = [];
  for (const { url, position } of links) {
    if (EXTERNAL.test(url) || url.startsWith('//')) {
      if (/^https?:|^\/\//i.test(url)) external.push(url);
      continue;
    }
    if (url.startsWith('/')) {
      findings.push({
        position,
        rule: 'link/root-relative',
        message: `the link "${url}" starts with "/", which breaks when the site is served from a sub-folder`,
        fix: `write it relative to this page, e.g. "${suggestRelative(fromPage, url)}"`,
      });
      continue;
    }
    const { page, anchor } = resolveHref(fromPage, url);
    const anchors = site.get(page);
    if (!anchors) {
      findings.push({
        position,
        rule: 'link/page',
        message: `the link "${url}" leads to ${page}, which is not a page of the site`,
        fix: 'check the playbook id in the link, e.g. "../escalation-guidelines/"',
      });
    } else if (anchor !== undefined && !anchors.has(anchor)) {
      findings.push({
        position,
        rule: 'link/anchor',
        message: `the link "${url}" points to #${anchor}, which is not on ${page}`,
        fix: suggestAnchor(anchor, anchors),
      });
    }
  }
  return { findings, external };
}

function suggestAnchor(anchor: string, anchors: ReadonlySet<string>): string {
  const guess = closestId(anchor, anchors);
  if (guess) return `did you mean #${guess}?`;
  const steps = [...anchors].filter((a) => a.startsWith('step-'));
  return steps.length ? `use a step anchor on that page: ${steps.map((a) => `#${a}`).join(', ')}` : 'link to the page without the #anchor';
}

function suggestRelative(fromPage: string, target: string): string {
  const fromDepth = fromPage.split('/').filter(Boolean).length;
  return `${'../'.repeat(fromDepth)}${target.replace(/^\//, '')}`;
}
