// Pages Astro restored from its incremental cache that belong to an earlier build. Astro re-renders
// a page when its own code, client scripts or content change, but some of what every page carries
// is made from the whole site: the one stylesheet (`cssCodeSplit: false`, its name a hash of every
// style in the site) and the Content-Security-Policy, which lists the hash of every script and
// style. A style edit in a page the playbooks do not import renames the stylesheet, and a restored
// playbook page would still link the old name, which this build does not write (measured: it did).
// So after each build every page is checked for both; a page that fails means a cold build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A built page: its path in the output folder and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

const ASSET_REFERENCE = /(?:href|src)="[^"]*?\/(_astro\/[^"?#]+)/g;
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/**
 * What shows that pages are from an earlier build: a reference to a file under `_astro/` that the
 * output does not hold, or a Content-Security-Policy that differs from the first page's. One line
 * per page, at most `limit`; empty when every page belongs to this build.
 */
export function pagesFromAnEarlierBuild(pages: Iterable<BuiltPage>, outputFiles: ReadonlySet<string>, limit = 5): string[] {
  const problems: string[] = [];
  let first: { path: string; policy: string | undefined } | undefined;
  for (const page of pages) {
    const policy = POLICY.exec(page.html)?.[1];
    first ??= { path: page.path, policy };
    const missing = [...page.html.matchAll(ASSET_REFERENCE)].map((match) => match[1] ?? '').find((asset) => !outputFiles.has(asset));
    if (missing) problems.push(`${page.path} links ${missing}, which this build did not write`);
    else if (policy !== first.policy) problems.push(`${page.path} has a Content-Security-Policy other than ${first.path}'s`);
    if (problems.length === limit) break;
  }
  return problems;
}

/** The problems `pagesFromAnEarlierBuild` finds in a built site, reading one page at a time (10,000 pages do not fit in memory at once for nothing). */
export function findPagesFromAnEarlierBuild(outDir: string): string[] {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((name) => name.split('\\').join('/'));
  function* pages(): Generator<BuiltPage> {
    for (const path of files.filter((name) => name.endsWith('.html')).sort())
      yield { path, html: readFileSync(join(outDir, path), 'utf8') };
  }
  return pagesFromAnEarlierBuild(pages(), new Set(files));
}
