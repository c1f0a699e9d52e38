// The search island: live results as the agent types, keyboard first. Pagefind loads on first
// focus (or when the browser is idle), so pages ship almost no JavaScript until search is used.
import {
  bestSection,
  engineQuery,
  SHOWN_RESULTS,
  pagefindFilters,
  readSearchState,
  SETTLE_AFTER_MS,
  toggleFilter,
  writeSearchState,
  type SearchState,
} from '../shaping.ts';
import { FALLBACK_BELOW, rerank, searchWithFallback } from '../ranking.ts';
import { FILTER_KEYS } from '../contract.ts';
import { loadFacets, loadPagefind, type PagefindData, type PagefindResponse, type PagefindResult } from './pagefind.ts';
import { parseFacetCounts } from '../facets.ts';
import { appendResults, renderFilters, renderResults, type ShownResult } from './render.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

interface SearchParts {
  input: HTMLInputElement;
  list: HTMLOListElement;
  status: HTMLElement;
  filterBox: HTMLElement | null;
}

function findParts(root: HTMLElement): SearchParts | undefined {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  return input && list && status ? { input, list, status, filterBox: root.querySelector<HTMLElement>('[data-search-filters]') } : undefined;
}

function mount(root: HTMLElement): HTMLInputElement | undefined {
  const parts = findParts(root);
  if (!parts) return undefined;
  const { input, list, status, filterBox } = parts;
  const base = root.dataset['base'] ?? '/';
  const isHero = root.dataset['variant'] === 'hero';
  let state: SearchState = isHero ? readSearchState(new URLSearchParams(location.search)) : { query: '', filters: {} };
  const totals = parseFacetCounts(filterBox?.dataset['totals']);
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]');
  let ticket = 0;
  /** The results of the latest search, and how many of them are on screen. */
  let listed: { results: (PagefindResult & { tier: number })[]; count: number } | undefined;

  const warm = () => void loadPagefind(base).catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  // The home page is the search page: its engine starts loading at once.
  if (isHero) warm();

  let countTimer: ReturnType<typeof setTimeout> | undefined;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** Puts the search in the URL, so it can be shared and survives a reload or Back. */
  function writeUrl(): void {
    clearTimeout(urlTimer);
    const params = writeSearchState(state);
    const url = params.size ? `${location.pathname}?${params}` : location.pathname;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  }

  async function run(): Promise<void> {
    const mine = ++ticket;
    clearTimeout(countTimer);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (isHero) {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(writeUrl, SETTLE_AFTER_MS);
    }
    if (!state.query.trim() && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      listed = undefined;
      if (moreButton) moreButton.hidden = true;
      root.classList.remove('search--open');
      if (isHero) showFilters(undefined);
      return;
    }
    // A filtered search needs the facets engine, which answers with counts too; what the agent
    // types goes to the word engine, and the counts follow once typing pauses.
    const engine = await (hasFilters ? loadFacets(base) : loadPagefind(base));
    const query = engineQuery(state.query);
    const filters = pagefindFilters(state);
    let response: PagefindResponse | null = null;
    const results = await searchWithFallback(
      async (words) => {
        const answer = await engine.search(words || null, { filters });
        if (words === query) response = answer;
        return answer?.results ?? [];
      },
      query,
      FALLBACK_BELOW,
    );
    if (mine !== ticket) return;
    const first = await detailed(results.slice(0, SHOWN_RESULTS));
    if (mine !== ticket) return; // a newer keystroke already answered
    // The header's short drop-down ends with a way to every result, on the search page.
    const seeAll =
      !isHero && results.length > first.length
        ? { href: `${base}?${writeSearchState({ query: state.query, filters: {} })}`, label: `All ${results.length} results` }
        : undefined;
    renderResults(list, first, seeAll);
    listed = { results, count: first.length };
    root.classList.add('search--open');
    announce(results.length, first.length);
    if (!filterBox || !isHero) return;
    if (hasFilters) showFilters((response as PagefindResponse | null)?.filters);
    else countLater(mine, query);
  }

  /** Fetches the details of a batch of results and orders it by confidence, within the batch. */
  async function detailed(batch: (PagefindResult & { tier: number })[]): Promise<ShownResult[]> {
    const candidates = await Promise.all(
      batch.map(async (result) => ({ score: result.score, tier: result.tier, data: await result.data() })),
    );
    return rerank(candidates.map((candidate) => ({ ...candidate, meta: candidate.data.meta }))).map((candidate) => shape(candidate.data));
  }

  function announce(total: number, count: number): void {
    status.textContent =
      total === 0
        ? 'No playbooks found. Try the customer’s own words, or fewer words.'
        : `${total} result${total === 1 ? '' : 's'}${total > count ? `, showing the top ${count}` : ''}`;
    if (moreButton) moreButton.hidden = total <= count;
  }

  /** Filter counts for a typed query, once the agent has paused, so they never delay results. */
  function countLater(mine: number, query: string): void {
    filterBox?.setAttribute('aria-busy', 'true');
    countTimer = setTimeout(() => {
      void (async () => {
        const answer = await (await loadFacets(base)).search(query, {});
        if (mine === ticket) showFilters(answer?.filters);
      })().catch(() => filterBox?.removeAttribute('aria-busy')); // the library totals stay, unmarked
    }, SETTLE_AFTER_MS);
  }

  /** Filters from the build-time totals; `current` holds the counts for the query, when known. */
  function showFilters(current: Record<string, Record<string, number>> | undefined): void {
    if (!filterBox) return;
    renderFilters(filterBox, FILTER_KEYS, totals, current ?? totals, state.filters);
    filterBox.removeAttribute('aria-busy');
    filterBox.hidden = false;
  }

  function shape(data: PagefindData): ShownResult {
    return { url: data.url, meta: data.meta, section: bestSection(data.sub_results) };
  }

  // One search at a time: keystrokes that arrive while one runs are answered together when it
  // ends, so fast typing never queues up work that would delay the next keystroke.
  let running = false;
  let pending = false;
  async function schedule(): Promise<void> {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await run().catch(() => {
          status.textContent = 'Search is not available right now. Keep typing to try again, or browse all playbooks.';
        });
      } while (pending);
    } finally {
      running = false;
    }
  }

  input.value = state.query;
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    void schedule();
  });
  filterBox?.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset['filter']) return;
    state = toggleFilter(state, box.dataset['filter'] as (typeof FILTER_KEYS)[number], box.value);
    void schedule();
  });

  moreButton?.addEventListener('click', () => {
    const mine = ticket;
    const shownBefore = listed;
    if (!shownBefore) return;
    void detailed(shownBefore.results.slice(shownBefore.count, shownBefore.count + SHOWN_RESULTS))
      .then((next) => {
        if (mine !== ticket || listed !== shownBefore) return;
        appendResults(list, next)?.focus(); // keyboard users carry on from the first new result
        shownBefore.count += next.length;
        announce(shownBefore.results.length, shownBefore.count);
      })
      .catch(() => undefined);
  });

  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result__title')];
  const close = () => {
    input.value = '';
    state = { ...state, query: '' };
    void schedule();
    input.focus();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && titles()[0]) {
      event.preventDefault();
      titles()[0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && titles()[0] && !isHero) {
      // From the header box, Enter opens the top result: the fastest path on a live call.
      event.preventDefault();
      titles()[0]?.click();
    }
  });
  if (isHero) {
    // Leaving before the pause (Enter on a result a moment after typing) still records the search.
    list.addEventListener('click', writeUrl);
    addEventListener('pagehide', writeUrl);
  }
  list.addEventListener('keydown', (event) => {
    const links = titles();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus(); // keep typing into the box
    }
  });
  if (isHero && (state.query || Object.keys(state.filters).length)) void schedule();
  else if (isHero) showFilters(undefined);
  return input;
}

/** Mounts every search box on the page and the global shortcuts: `/` and Ctrl/Cmd+K focus search. */
export function mountSearch(doc: Document): void {
  const inputs = [...doc.querySelectorAll<HTMLElement>('[data-search]')].map(mount).filter((input) => input !== undefined);
  const primary = inputs.find((input) => input.closest('.search--hero')) ?? inputs[0];
  if (!primary) return;
  doc.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut) return;
    event.preventDefault();
    primary.focus();
    primary.select();
  });
  if ('requestIdleCallback' in window)
    requestIdleCallback(
      () => void loadPagefind(primary.closest<HTMLElement>('[data-search]')?.dataset['base'] ?? '/').catch(() => undefined),
    );
}
