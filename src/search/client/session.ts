// One search box's state and scheduling, apart from the DOM: what the agent has asked for, which
// search is current, and when the URL and the filter counts catch up. The page (view.ts) and the
// searcher (searcher.ts: in the search worker, or on the page's thread) are passed in, so all of
// it is unit-tested with fakes.
import type { FilterKey } from '../contract.ts';
import { engineQuery, toggleFilter, writeSearchState, type SearchState } from '../shaping.ts';
import type { FilterCounts, SeeAll, ShownResult } from './results.ts';
import { oneAtATime, PauseTimer, SETTLE_AFTER_MS } from './scheduling.ts';
import type { Listing, Nothing, Searcher } from './searcher.ts';

export type { Listing, Nothing } from './searcher.ts';

/** What a session shows on the page; `SearchView` does it with the DOM. */
export interface SearchDisplay {
  /** Whether the box shows filters (the search page's does). */
  readonly offersFilters: boolean;
  /** No search: no results, no message, the list closed. */
  clear(): void;
  /** A fresh list: the first batch of the main list, and what the list says about itself. */
  showResults(results: ShownResult[], listing: Listing, seeAll: SeeAll | undefined): void;
  /** A further batch below the list, `shown` of `total` results on screen now. */
  appendResults(results: ShownResult[], total: number, shown: number): void;
  /** The first of the "Other matches", once the agent opens them. */
  showOthers(results: ShownResult[]): void;
  /** Nothing found: near words and the categories to browse instead. */
  showNothing(nothing: Nothing): void;
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
  /** Answers the searches (searcher.ts), in the search worker or on the page's thread. */
  searcher: Searcher;
  /** The home page's box: its search is kept in the URL; other boxes link to it for all results. */
  isSearchPage: boolean;
  /** The site's base path, where the search page is. */
  base: string;
  initial: SearchState;
  /** Puts a search in the page's URL. */
  recordUrl: (state: SearchState) => void;
  /** Told of every search answered: the words typed and how many results the main list has. */
  searched?: (typed: string, results: number) => void;
}

export class SearchSession {
  readonly #options: SessionOptions;
  #state: SearchState;
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
    const next = await this.#options.searcher.more(mine).catch(() => undefined);
    if (!next?.results.length || mine !== this.#ticket) return;
    this.#options.display.appendResults(next.results, next.total, next.shown);
  }

  /** Shows the first of the other matches, when the agent opens them. */
  async showOthers(): Promise<void> {
    const mine = this.#ticket;
    const batch = await this.#options.searcher.others(mine).catch(() => undefined);
    if (batch?.length && mine === this.#ticket) this.#options.display.showOthers(batch);
  }

  async #run(): Promise<void> {
    const { display, searcher, isSearchPage } = this.#options;
    const mine = ++this.#ticket;
    this.#counts.cancel();
    const filters = this.#state.filters;
    if (isSearchPage) this.#url.restart(() => this.recordUrl());
    if (!this.#state.query.trim() && !Object.keys(filters).length) {
      this.#clear();
      return;
    }
    await searcher.ready();
    // Read once the engine is ready: the agent may have typed on meanwhile.
    const typed = this.#state.query;
    const answer = await searcher.search(mine, { typed, filters, counts: display.offersFilters });
    if (!answer || mine !== this.#ticket) return; // a newer keystroke already answered
    if (engineQuery(typed)) this.#options.searched?.(typed, answer.kind === 'results' ? answer.listing.total : 0);
    if (answer.kind === 'nothing') display.showNothing(answer.nothing);
    else display.showResults(answer.results, answer.listing, this.#seeAll(answer.listing.total, answer.results.length));
    if (!display.offersFilters) return;
    if (answer.counts) display.showFilters(filters, answer.counts);
    else this.#countLater(mine);
  }

  #clear(): void {
    this.#options.display.clear();
    if (this.#options.display.offersFilters) this.#options.display.showFilters(this.#state.filters, undefined);
  }

  /** The header's short drop-down ends with a way to every result, on the search page. */
  #seeAll(total: number, shown: number): SeeAll | undefined {
    if (this.#options.isSearchPage || total <= shown) return undefined;
    const params = writeSearchState({ query: this.#state.query, filters: {} });
    return { href: `${this.#options.base}?${params}`, label: `All ${total} results` };
  }

  /**
   * Filter counts for a typed query once the agent has paused, the first time: which page carries
   * which value is read once, and never delays results. From then on counts come with the results.
   */
  #countLater(mine: number): void {
    const { display, searcher } = this.#options;
    display.countsPending();
    this.#counts.restart(() => {
      void (async () => {
        const counts: FilterCounts | undefined = await searcher.counts(mine, this.#state.filters);
        if (counts && mine === this.#ticket) display.showFilters(this.#state.filters, counts);
      })().catch(() => display.countsUnavailable()); // the library totals stay, unmarked
    });
  }
}
