// The search island: live results as the agent types, keyboard first. The search worker
// (search-worker.ts, with Pagefind) starts on first focus (or when the browser is idle), so pages
// ship almost no JavaScript until search is used, and the engine never runs on the page's thread.
// Each box is a view (view.ts) driven by a session (session.ts, its state and scheduling), with
// its keys in keyboard.ts; this file connects them to the page and to the worker.
import { keepKnownFilters, readSearchState, unknownFiltersNotice, writeSearchState, type SearchState } from '../shaping.ts';
import { bindKeys, isSearchShortcut, isTyping } from './keyboard.ts';
import { FRONTLINE_SEARCH_SIGNALS_URL } from 'astro:env/client';
import { SignalRecorder } from '../signals.ts';
import { SearchSession } from './session.ts';
import { SearchView } from './view.ts';
import { WorkerHost } from './worker-protocol.ts';
import searchWorkerUrl from './search-worker.ts?worker&url';

interface TrustedTypePolicyFactory {
  createPolicy: (name: string, rules: { createScriptURL: (input: string) => string }) => { createScriptURL: (input: string) => unknown };
}

/**
 * Starts the search worker. Under the page's Trusted Types policy (astro.config.mjs) a worker's
 * address must come through a policy: `frontline-search` lets through this one script and no
 * other URL. Throws where module workers cannot start; the host then searches on the page's thread.
 */
function startSearchWorker(): Worker {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  const url = factory
    ? factory
        .createPolicy('frontline-search', {
          createScriptURL: (input) => {
            if (input !== searchWorkerUrl) throw new TypeError(`Only ${searchWorkerUrl} may run as the search worker, not ${input}`);
            return input;
          },
        })
        .createScriptURL(searchWorkerUrl)
    : searchWorkerUrl;
  return new Worker(url as string, { type: 'module', name: 'frontline-search' });
}

/** One worker for every search box on the page; each box is one of its `searcher`s. */
let host: WorkerHost | undefined;
function searchHost(base: string): WorkerHost {
  if (host) return host;
  const started = new WorkerHost(startSearchWorker, async () => (await import('./site-searcher.ts')).siteSearcher(base));
  // After a deploy the new build's service worker takes over the page and the old build's index
  // is gone: the search worker loads the new build's engine for the next search. The first
  // service worker taking over a page is not a deploy.
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (workers) {
    let controlled = Boolean(workers.controller);
    workers.addEventListener('controllerchange', () => {
      if (controlled) started.deployed();
      controlled = true;
    });
  }
  host = started;
  return started;
}

/**
 * Search signals, when the site was built with a collector's address (docs/deployment.md): one
 * beacon per search, carrying no identifier. Built without one, nothing is ever sent (and the
 * Content-Security-Policy would refuse it).
 */
const signals =
  FRONTLINE_SEARCH_SIGNALS_URL && typeof navigator.sendBeacon === 'function'
    ? new SignalRecorder((signal) =>
        navigator.sendBeacon(FRONTLINE_SEARCH_SIGNALS_URL ?? '', new Blob([JSON.stringify(signal)], { type: 'text/plain' })),
      )
    : undefined;
if (signals) addEventListener('pagehide', () => signals.leave());

/** Puts the search in the URL, so it can be shared and survives a reload or Back. */
function replaceUrl(state: SearchState): void {
  const params = writeSearchState(state);
  const url = params.size ? `${location.pathname}?${params}` : location.pathname;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
}

/** The search the page's URL asks for, less any filter value the library no longer has. */
function searchFromUrl(view: SearchView): SearchState {
  const { state, dropped } = keepKnownFilters(readSearchState(new URLSearchParams(location.search)), view.filterTotals);
  const notice = unknownFiltersNotice(dropped);
  if (notice) {
    view.showNotice(notice);
    replaceUrl(state);
  }
  return state;
}

function mountBox(root: HTMLElement, box: number): SearchView | undefined {
  const view = SearchView.find(root);
  if (!view) return undefined;
  const { input, list, base, isSearchPage } = view;
  const searcher = searchHost(base).searcher(box);
  const session = new SearchSession({
    display: view,
    searcher,
    isSearchPage,
    base,
    initial: isSearchPage ? searchFromUrl(view) : { query: '', filters: {} },
    recordUrl: replaceUrl,
    ...(signals ? { searched: (typed: string, results: number) => signals.searched(typed, results) } : {}),
  });
  const warm = () => void searcher.ready().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  // The home page is the search page: its engine starts loading at once.
  if (isSearchPage) warm();

  input.value = session.state.query;
  input.addEventListener('input', () => session.setQuery(input.value));
  view.onFilterToggle((key, value) => session.toggleFilter(key, value));
  view.onShowMore(() => void session.showMore());
  view.onOthersOpened(() => void session.showOthers());
  view.onSuggestion((word) => {
    input.value = word;
    session.setQuery(word);
    input.focus();
  });
  if (signals)
    list.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (link && !link.closest('.search__all, .search__nothing')) signals.opened(new URL(link.href).pathname);
    });
  bindKeys(view, () => {
    input.value = '';
    session.setQuery('');
    input.focus();
  });
  if (isSearchPage) {
    // Leaving before the pause (Enter on a result a moment after typing) still records the search.
    list.addEventListener('click', () => session.recordUrl());
    addEventListener('pagehide', () => session.recordUrl());
  }
  session.start();
  return view;
}

/** Mounts every search box on the page and the global shortcuts: `/` and Ctrl/Cmd+K focus search. */
export function mountSearch(doc: Document): void {
  const views = [...doc.querySelectorAll<HTMLElement>('[data-search]')]
    .map((root, box) => mountBox(root, box))
    .filter((view) => view !== undefined);
  const primary = views.find((view) => view.isSearchPage) ?? views[0];
  if (!primary) return;
  doc.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isTyping(event.target))) return;
    event.preventDefault();
    primary.input.focus();
    primary.input.select();
  });
  if ('requestIdleCallback' in window)
    requestIdleCallback(
      () =>
        void searchHost(primary.base)
          .searcher(0)
          .ready()
          .catch(() => undefined),
    );
}
