// Links: internal links and `#anchors` in playbooks that lead nowhere, and root-relative links,
// which break when the site is served under a base path. External links are never fetched.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { PlaybookFacts } from '../check-playbook.ts';
import { closestId } from '../closest-id.ts';
import type { Position } from '../diagnostics.ts';
import { startOf } from '../mdx-tree.ts';
import type { AllFilesScope, Rule, RuleFamily } from '../rule.ts';

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

const isExternal = (url: string) => EXTERNAL.test(url) || url.startsWith('//');

/** The web links among a page's links, for the report (`npm run check -- --external`); never fetched. */
export function externalLinks(links: readonly ContentLink[]): string[] {
  return links.filter(({ url }) => isExternal(url) && /^https?:|^\/\//i.test(url)).map(({ url }) => url);
}

const pageOf = (playbook: PlaybookFacts) => `/playbooks/${playbook.id}/`;

/** Each playbook's links within the site, written relative to the page, resolved to the page (and anchor) they lead to. */
function* relativeLinks({ playbooks }: AllFilesScope) {
  for (const playbook of playbooks) {
    for (const link of playbook.links) {
      if (isExternal(link.url) || link.url.startsWith('/')) continue;
      yield { playbook, link, ...resolveHref(pageOf(playbook), link.url) };
    }
  }
}

function suggestRelative(fromPage: string, target: string): string {
  const fromDepth = fromPage.split('/').filter(Boolean).length;
  return `${'../'.repeat(fromDepth)}${target.replace(/^\//, '')}`;
}

function suggestAnchor(anchor: string, anchors: ReadonlySet<string>): string {
  const guess = closestId(anchor, anchors);
  if (guess) return `did you mean #${guess}?`;
  const steps = [...anchors].filter((a) => a.startsWith('step-'));
  return steps.length ? `use a step anchor on that page: ${steps.map((a) => `#${a}`).join(', ')}` : 'link to the page without the #anchor';
}

const rootRelative: Rule = {
  id: 'link/root-relative',
  severity: 'error',
  checks:
    'A link starting with `/`, which breaks when the site is served from a sub-folder. Write it relative, e.g. `../escalation-guidelines/`.',
  allFiles({ playbooks }, report) {
    for (const playbook of playbooks) {
      for (const { url, position } of playbook.links) {
        if (isExternal(url) || !url.startsWith('/')) continue;
        report(playbook.file, {
          position,
          message: `the link "${url}" starts with "/", which breaks when the site is served from a sub-folder`,
          fix: `write it relative to this page, e.g. "${suggestRelative(pageOf(playbook), url)}"`,
        });
      }
    }
  },
};

const page: Rule = {
  id: 'link/page',
  severity: 'error',
  checks: 'A link to a page the site does not have.',
  allFiles(scope, report) {
    for (const { playbook, link, page: target } of relativeLinks(scope)) {
      if (scope.site.has(target)) continue;
      report(playbook.file, {
        position: link.position,
        message: `the link "${link.url}" leads to ${target}, which is not a page of the site`,
        fix: 'check the playbook id in the link, e.g. "../escalation-guidelines/"',
      });
    }
  },
};

const anchor: Rule = {
  id: 'link/anchor',
  severity: 'error',
  checks: 'A link to a `#anchor` that is not on the target page (the fix lists the step anchors there).',
  allFiles(scope, report) {
    for (const { playbook, link, page: target, anchor: name } of relativeLinks(scope)) {
      const anchors = scope.site.get(target);
      if (!anchors || name === undefined || anchors.has(name)) continue;
      report(playbook.file, {
        position: link.position,
        message: `the link "${link.url}" points to #${name}, which is not on ${target}`,
        fix: suggestAnchor(name, anchors),
      });
    }
  },
};

export const links: RuleFamily = {
  title: 'Links',
  note: 'External links are never fetched; `npm run check -- --external` lists them for a manual look.',
  rules: [rootRelative, page, anchor],
};
