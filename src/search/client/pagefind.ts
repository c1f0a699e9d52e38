// Loads Pagefind's engines once, on demand, with Frontline's ranking options.
import { EarlyFiles } from './early-files.ts';
import { inflatingFetch } from './pagefind-inflate.ts';
import { PAGEFIND_OPTIONS } from '../ranking.ts';
import { FILTER_KEYS, type ResultMeta } from '../contract.ts';
import { pageFiltersFrom, type PageFilters } from '../facets.ts';
import { forgetVocabulary, readPageFilters } from './vocabulary.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  meta: ResultMeta;
  excerpt: string;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
}
interface PagefindModule extends Pagefind {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

/**
 * Pagefind 1.6 runs in a web worker of its own by default, and then tells that worker to release
 * every result of every search one message at a time: about 60,000 messages while an agent types
 * one sentence into a 5,000-playbook library, which stalled both threads for hundreds of
 * milliseconds. Pagefind runs where this module is loaded instead: in Frontline's search worker
 * (search-worker.ts), which answers each search with one message, or on the page's thread when
 * that worker cannot start.
 */
const ENGINE_OPTIONS = { ...PAGEFIND_OPTIONS, noWorker: true };

let module: Promise<PagefindModule> | undefined;
let words: Promise<Pagefind> | undefined;
let facets: Promise<Pagefind> | undefined;

// A failed load (a dropped connection on a flaky floor) is retried on the next keystroke instead
// of leaving search broken until the page is reloaded.
async function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  try {
    return await load();
  } catch (error) {
    forget();
    throw error;
  }
}

let inflating = false;

/**
 * After a deploy, the new build's service worker takes over the page and deletes the old build's
 * cache, and the host no longer has the index files this engine would ask for. The next search
 * then loads a fresh engine from the new build (a new module URL, so none of the old engine's
 * state is reused). The page tells the search worker (`forgetEngines`); on the page's thread this
 * module hears it itself. The first service worker taking over a page is not a deploy.
 */
let deploys = 0;

export function forgetEngines(): void {
  deploys += 1;
  module = words = facets = filterIndex = engineFilters = undefined;
  forgetVocabulary();
}

const workers = typeof document === 'undefined' ? undefined : globalThis.navigator?.serviceWorker;
if (workers) {
  let controlled = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (controlled) forgetEngines();
    controlled = true;
  });
}

function loadModule(base: string): Promise<PagefindModule> {
  // Pagefind fetches with the page's `fetch`: from here on its files arrive inflated natively
  // (src/search/client/pagefind-inflate.ts says why), and the files its start reads one after
  // another are asked for at once, beside its script (early-files.ts). Installed once, before
  // Pagefind's first request, in whichever scope (the search worker's or the page's) this module runs.
  if (!inflating) {
    const early = new EarlyFiles(globalThis.fetch.bind(globalThis), location.href);
    early.start(`${base}pagefind/`);
    globalThis.fetch = inflatingFetch(early.fetch, base, location.href);
    inflating = true;
  }
  module ??= retryable(
    () => import(/* @vite-ignore */ `${base}pagefind/pagefind.js${deploys ? `?deploy=${deploys}` : ''}`) as Promise<PagefindModule>,
    () => (module = undefined),
  );
  return module;
}

/**
 * The engine for what the agent types. It never loads filter data: once Pagefind holds filters it
 * counts them for every result of every search, which at 5,000 playbooks costs more than the
 * search itself. Typing stays fast; counts come from `loadFilterIndex`.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  words ??= retryable(
    async () => {
      const engine = await loadModule(base);
      // Named, not derived from the module's address: in a worker Pagefind would keep that
      // address's origin, and every result's URL would be absolute.
      await engine.options({ ...ENGINE_OPTIONS, basePath: `${base}pagefind/` });
      await engine.init();
      return engine;
    },
    () => (words = undefined),
  );
  return words;
}

/**
 * A second engine, with its own copy of what it loads, for the one list words cannot give (every
 * page under filters alone) and for the filter index of a site built before the build wrote it.
 * Started only when one of those is needed, never at page load.
 */
export function loadFacets(base: string): Promise<Pagefind> {
  facets ??= retryable(
    async () => {
      const engine = (await loadModule(base)).createInstance({ ...ENGINE_OPTIONS, basePath: `${base}pagefind/` });
      await engine.init();
      await engine.filters(); // loads the filter data, without which a search returns no counts
      return engine;
    },
    () => (facets = undefined),
  );
  return facets;
}

/** Every page's filter values, and every page in the engine's order, for filtering and counting in the browser. */
export interface FilterIndex {
  pages: PageFilters;
  /** Every page, playbooks first, for a list cut by filters alone (no words typed); asked of the engine when needed. */
  all: () => Promise<PagefindResult[]>;
}

let filterIndex: Promise<FilterIndex> | undefined;
let engineFilters: Promise<{ pages: PageFilters; all: PagefindResult[] }> | undefined;

/**
 * Reads which pages carry each filter value once: from the file the build wrote beside the
 * vocabulary (src/search/page-filters.ts), or, on a site built before that file existed, from the
 * engine. The island then filters and counts any list itself (src/search/facets.ts), so the counts
 * are those of the very list on screen, fallback and corrections included.
 */
export function loadFilterIndex(base: string): Promise<FilterIndex> {
  filterIndex ??= retryable(
    async () => ({
      pages: (await readPageFilters(base)) ?? (await loadEngineFilters(base)).pages,
      all: async () => (await loadEngineFilters(base)).all,
    }),
    () => (filterIndex = undefined),
  );
  return filterIndex;
}

/**
 * The same from the facets engine, with one filter-only search per value. Page types come first,
 * so `all` (every page) keeps the engine's order, playbooks before modules.
 */
function loadEngineFilters(base: string): Promise<{ pages: PageFilters; all: PagefindResult[] }> {
  engineFilters ??= retryable(
    async () => {
      const engine = await loadFacets(base);
      const values = await engine.filters();
      const keys = [...FILTER_KEYS].sort((a, b) => Number(b === 'type') - Number(a === 'type'));
      const found = await Promise.all(
        keys.flatMap((key) =>
          Object.keys(values[key] ?? {}).map(async (value) => ({
            key,
            value,
            results: (await engine.search(null, { filters: { [key]: value } }))?.results ?? [],
          })),
        ),
      );
      const all = new Map<string, PagefindResult>();
      for (const { results } of found) for (const result of results) if (!all.has(result.id)) all.set(result.id, result);
      return {
        pages: pageFiltersFrom(found.map(({ key, value, results }) => ({ key, value, ids: results.map((result) => result.id) }))),
        all: [...all.values()],
      };
    },
    () => (engineFilters = undefined),
  );
  return engineFilters;
}
