import { readFile } from 'node:fs/promises';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { ResultMeta } from '../../src/search/contract.ts';

export interface NodeSearchHit {
  /** Site path without the highlight query, e.g. `/playbooks/porting-troubleshooting/`; also the id. */
  path: string;
  id: string;
  score: number;
  url: string;
  meta: ResultMeta;
  sub_results: { title: string; url: string }[];
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: Record<string, unknown>,
  ) => Promise<{ results: { score: number; data: () => Promise<Omit<NodeSearchHit, 'path' | 'score'>> }[] }>;
  destroy?: () => Promise<void>;
}

let fileFetchInstalled = false;

/** Pagefind's browser bundle fetches its index files; in Node, serve `file:` URLs from disk. */
function installFileFetch(): void {
  if (fileFetchInstalled) return;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    return new Response(await readFile(fileURLToPath(url.split('?')[0] ?? url)));
  };
  fileFetchInstalled = true;
}

/**
 * Loads the real Pagefind search engine from a built site, in Node, so ranking can be tested
 * without a browser. `pageUrl` strips the file prefix so results read like site paths.
 */
export async function loadSiteSearch(siteDir: string, options: Record<string, unknown> = {}) {
  installFileFetch();
  const bundle = pathToFileURL(`${siteDir}/pagefind/`).href;
  const engine = (await import(/* @vite-ignore */ `${bundle}pagefind.js?instance=${Math.random()}`)) as PagefindModule;
  await engine.options({ basePath: bundle, ...options });
  await engine.init();
  const prefix = new URL(pathToFileURL(siteDir).href).pathname;
  return {
    engine,
    async search(query: string | null, filters: Record<string, unknown> = {}, limit = 10): Promise<NodeSearchHit[]> {
      const response = await engine.search(query, { filters });
      const hits = await Promise.all(
        response.results.slice(0, limit).map(async (result) => ({ ...(await result.data()), score: result.score })),
      );
      return hits.map((hit) => {
        const url = `/${hit.url.slice(hit.url.indexOf(prefix) + prefix.length).replace(/^\/+/, '')}`;
        const path = url.split(/[?#]/)[0] ?? url;
        return { ...hit, url, path, id: path };
      });
    },
  };
}
