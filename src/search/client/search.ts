// The search island: live results as the agent types, keyboard first. Pagefind loads on first
// focus (or when the browser is idle), so pages ship almost no JavaScript until search is used.
// Each box is a view (view.ts) driven by a session (session.ts, its state and scheduling), with
// its keys in keyboard.ts; this file connects them to the page.
import { keepKnownFilters, readSearchState, unknownFiltersNotice, writeSearchState, type SearchState } from '../shaping.ts';
import { bindKeys, isSearchShortcut, isTyping } from './keyboard.ts';
import { FRONTLINE_SEARCH_SIGNALS_URL } from 'astro:env/client';
import { SignalRecorder } from '../signals.ts';
import { loadFilterIndex, loadPagefind } from './pagefind.ts';
import { SearchSession } from './session.ts';
import { loadVocabulary } from './vocabulary.ts';
import { SearchView } from './view.ts';

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

function mountBox(root: HTMLElement): SearchView | undefined {
  const view = SearchView.find(root);
  if (!view) return undefined;
  const { input, list, base, isSearchPage } = view;
  const session = new SearchSession({
    display: view,
    engines: { words: () => loadPagefind(base), filterIndex: () => loadFilterIndex(base), vocabulary: () => loadVocabulary(base) },
    isSearchPage,
    base,
    initial: isSearchPage ? searchFromUrl(view) : { query: '', filters: {} },
    recordUrl: replaceUrl,
    ...(signals ? { searched: (typed: string, results: number) => signals.searched(typed, results) } : {}),
  });
  const warm = () => void loadPagefind(base).catch(() => undefined);
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
  const views = [...doc.querySelectorAll<HTMLElement>('[data-search]')].map(mountBox).filter((view) => view !== undefined);
  const primary = views.find((view) => view.isSearchPage) ?? views[0];
  if (!primary) return;
  doc.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isTyping(event.target))) return;
    event.preventDefault();
    primary.input.focus();
    primary.input.select();
  });
  if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPagefind(primary.base).catch(() => undefined));
}
