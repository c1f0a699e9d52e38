// The search island: live results as the agent types, keyboard first. Pagefind loads on first
// focus (or when the browser is idle), so pages ship almost no JavaScript until search is used.
// Each box is a view (view.ts) driven by a session (session.ts, its state and scheduling), with
// its keys in keyboard.ts; this file connects them to the page.
import { keepKnownFilters, readSearchState, unknownFiltersNotice, writeSearchState, type SearchState } from '../shaping.ts';
import { bindKeys, isSearchShortcut, isTyping } from './keyboard.ts';
import { loadFacets, loadPagefind } from './pagefind.ts';
import { SearchSession } from './session.ts';
import { SearchView } from './view.ts';

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
    engines: { words: () => loadPagefind(base), facets: () => loadFacets(base) },
    isSearchPage,
    base,
    initial: isSearchPage ? searchFromUrl(view) : { query: '', filters: {} },
    recordUrl: replaceUrl,
  });
  const warm = () => void loadPagefind(base).catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  // The home page is the search page: its engine starts loading at once.
  if (isSearchPage) warm();

  input.value = session.state.query;
  input.addEventListener('input', () => session.setQuery(input.value));
  view.onFilterToggle((key, value) => session.toggleFilter(key, value));
  view.onShowMore(() => void session.showMore());
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
