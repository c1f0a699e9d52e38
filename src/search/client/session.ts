// One search box's state and scheduling, apart from the DOM: what the agent has asked for, which
// search is current, and when the URL and the filter counts catch up. The page (view.ts) and the
// engines are passed in, so all of it is unit-tested with fakes.
import type { FilterKey } from '../contract.ts';
import { engineQuery, pagefindFilters, SHOWN_RESULTS, toggleFilter, writeSearchState, type SearchState } from '../shaping.ts';
import type { Pagefind } from './pagefind.ts';
import { detailed, findResults, type FilterCounts, type FoundResult, type SeeAll, type ShownResult } from './results.ts';
import { oneAtATime, PauseTimer, SETTLE_AFTER_MS } from './scheduling.ts';

/** What a session shows on the page; `SearchView` does it with the DOM. */
export interface SearchDisplay {
  /** Whether the box shows filters (the search page's does). */
  readonly offersFilters: boolean;
  /** No search: no results, no message, the list closed. */
  clear(): void;
  /** A fresh list: the first batch of `total` results. */
  showResults(results: ShownResult[], total: number, seeAll: SeeAll | undefined): void;
  /** A further batch below the list, `shown` of `total` results on screen now. */
  appendResults(results: ShownResult[], total: number, shown: number): void;
  /** The filters, with counts for the current search, or the library totals when `counts` is undefined. */
  showFilters(selected: SearchState['filters'], counts: FilterCounts | undefined): void;
  /** The counts on show are about to change. */
  countsPending(): void;
  /** The counts could not be updated; those on show stay. */
  countsUnavailable(): void;
  searchUnavailable(): void;
}

export interface SessionOptions {
  display: SearchDisplay;
  /** The engine for typed words, and the one that holds filter data (`loadPagefind`, `loadFacets`). */
  engines: { words: () => Promise<Pick<Pagefind, 'search'>>; facets: () => Promise<Pick<Pagefind, 'search'>> };
  /** The home page's box: its search is kept in the URL; other boxes link to it for all results. */
  isSearchPage: boolean;
  /** The site's base path, where the search page is. */
  base: string;
  initial: SearchState;
  /** Puts a search in the page's URL. */
  recordUrl: (state: SearchState) => void;
}

export class SearchSession {
  readonly #options: SessionOptions;
  #state: SearchState;
  /** The results of the latest search, and how many of them are on screen. */
  #listed: { results: FoundResult[]; count: number } | undefined;
  /** Which search is current: a search or batch that finds it moved on shows nothing. */
  #ticket = 0;
  readonly #counts = new PauseTimer(SETTLE_AFTER_MS);
  readonly #url = new PauseTimer(SETTLE_AFTER_MS);
  readonly #schedule = oneAtATime(() => this.#run().catch(() => this.#options.display.searchUnavailable()));

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#state = options.initial;
  }

  get state(): SearchState {
    return this.#state;
  }

  /** Shows what the box opens with: the search from the URL, else the filters' library totals. */
  start(): void {
    if (this.#state.query || Object.keys(this.#state.filters).length) void this.#schedule();
    else if (this.#options.display.offersFilters) this.#options.display.showFilters(this.#state.filters, undefined);
  }

  setQuery(query: string): void {
    this.#state = { ...this.#state, query };
    void this.#schedule();
  }

  toggleFilter(key: FilterKey, value: string): void {
    this.#state = toggleFilter(this.#state, key, value);
    void this.#schedule();
  }

  /** Puts the search in the URL now, without waiting for the pause. */
  recordUrl(): void {
    this.#url.cancel();
    this.#options.recordUrl(this.#state);
  }

  /** Adds the next batch of the listed results, unless a newer search has replaced them. */
  async showMore(): Promise<void> {
    const mine = this.#ticket;
    const shownBefore = this.#listed;
    if (!shownBefore) return;
    const next = await detailed(shownBefore.results.slice(shownBefore.count, shownBefore.count + SHOWN_RESULTS)).catch(() => undefined);
    if (!next || mine !== this.#ticket || this.#listed !== shownBefore) return;
    shownBefore.count += next.length;
    this.#options.display.appendResults(next, shownBefore.results.length, shownBefore.count);
  }

  async #run(): Promise<void> {
    const { display, engines, isSearchPage } = this.#options;
    const mine = ++this.#ticket;
    this.#counts.cancel();
    const hasFilters = Object.keys(this.#state.filters).length > 0;
    if (isSearchPage) this.#url.restart(() => this.recordUrl());
    if (!this.#state.query.trim() && !hasFilters) {
      this.#clear();
      return;
    }
    // A filtered search needs the facets engine, which answers with counts too; what the agent
    // types goes to the word engine, and the counts follow once typing pauses.
    const engine = await (hasFilters ? engines.facets() : engines.words());
    // Read after the engine has loaded: the agent may have typed on meanwhile.
    const query = engineQuery(this.#state.query);
    const found = await findResults(engine, query, pagefindFilters(this.#state));
    if (mine !== this.#ticket) return;
    const first = await detailed(found.results.slice(0, SHOWN_RESULTS));
    if (mine !== this.#ticket) return; // a newer keystroke already answered
    this.#listed = { results: found.results, count: first.length };
    display.showResults(first, found.results.length, this.#seeAll(found.results.length, first.length));
    if (!display.offersFilters) return;
    if (hasFilters) display.showFilters(this.#state.filters, found.filterCounts);
    else this.#countLater(mine, query);
  }

  #clear(): void {
    this.#listed = undefined;
    this.#options.display.clear();
    if (this.#options.display.offersFilters) this.#options.display.showFilters(this.#state.filters, undefined);
  }

  /** The header's short drop-down ends with a way to every result, on the search page. */
  #seeAll(total: number, shown: number): SeeAll | undefined {
    if (this.#options.isSearchPage || total <= shown) return undefined;
    const params = writeSearchState({ query: this.#state.query, filters: {} });
    return { href: `${this.#options.base}?${params}`, label: `All ${total} results` };
  }

  /** Filter counts for a typed query, once the agent has paused, so they never delay results. */
  #countLater(mine: number, query: string): void {
    const { display, engines } = this.#options;
    display.countsPending();
    this.#counts.restart(() => {
      void (async () => {
        const answer = await (await engines.facets()).search(query, {});
        if (mine === this.#ticket) display.showFilters(this.#state.filters, answer?.filters);
      })().catch(() => display.countsUnavailable()); // the library totals stay, unmarked
    });
  }
}
