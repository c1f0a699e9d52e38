// One search box's state and scheduling, apart from the DOM: what the agent has asked for, which
// search is current, and when the URL and the filter counts catch up. The page (view.ts) and the
// engines are passed in, so all of it is unit-tested with fakes.
import type { FilterKey } from '../contract.ts';
import { countFilters } from '../facets.ts';
import { contentWords, engineQuery, SHOWN_RESULTS, toggleFilter, writeSearchState, type SearchState } from '../shaping.ts';
import { correctedText } from '../typos.ts';
import type { Vocabulary } from '../vocabulary.ts';
import type { FilterIndex, Pagefind } from './pagefind.ts';
import {
  detailed,
  filtered,
  findResults,
  type FilterCounts,
  type Found,
  type FoundResult,
  type SeeAll,
  type ShownResult,
} from './results.ts';
import { oneAtATime, PauseTimer, SETTLE_AFTER_MS } from './scheduling.ts';

/** What a fresh list says about itself. */
export interface Listing {
  /** Results in the main list. */
  total: number;
  /** Matches far below the best, listed apart under "Other matches". */
  others: number;
  /** The agent's words with misspelt ones corrected, when a word was corrected. */
  correctedTo: string | undefined;
}

/** What a search that finds nothing offers instead. */
export interface Nothing {
  /** Words of the library nearest to the ones typed. */
  suggestions: string[];
  /** Every category, with its number of pages. */
  categories: [title: string, pages: number][];
}

/** Near words offered when nothing is found. */
const SUGGESTIONS = 5;

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
  /**
   * The engine for typed words (`loadPagefind`), which pages carry which filter value
   * (`loadFilterIndex`), and the index's vocabulary (`loadVocabulary`).
   */
  engines: {
    words: () => Promise<Pick<Pagefind, 'search'>>;
    filterIndex: () => Promise<FilterIndex>;
    vocabulary: () => Promise<Vocabulary>;
  };
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
  /** The latest list: its main results and how many of them are on screen, the other matches, the words kept for highlighting. */
  #listed: { results: FoundResult[]; count: number; others: FoundResult[]; keep: (word: string) => boolean } | undefined;
  /** Which search is current: a search or batch that finds it moved on shows nothing. */
  #ticket = 0;
  /** Which pages carry which filter value, once loaded. */
  #filterIndex: FilterIndex | undefined;
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
    const next = await detailed(shownBefore.results.slice(shownBefore.count, shownBefore.count + SHOWN_RESULTS), shownBefore.keep).catch(
      () => undefined,
    );
    if (!next?.length || mine !== this.#ticket || this.#listed !== shownBefore) return;
    shownBefore.count += next.length;
    this.#options.display.appendResults(next, shownBefore.results.length, shownBefore.count);
  }

  /** Shows the first of the other matches, when the agent opens them. */
  async showOthers(): Promise<void> {
    const mine = this.#ticket;
    const listed = this.#listed;
    if (!listed?.others.length) return;
    const batch = await detailed(listed.others.slice(0, SHOWN_RESULTS), listed.keep).catch(() => undefined);
    if (batch && mine === this.#ticket && this.#listed === listed) this.#options.display.showOthers(batch);
  }

  async #run(): Promise<void> {
    const { display, engines, isSearchPage } = this.#options;
    const mine = ++this.#ticket;
    this.#counts.cancel();
    const selected = this.#state.filters;
    const hasFilters = Object.keys(selected).length > 0;
    if (isSearchPage) this.#url.restart(() => this.recordUrl());
    if (!this.#state.query.trim() && !hasFilters) {
      this.#clear();
      return;
    }
    const [engine, vocabulary] = await Promise.all([engines.words(), engines.vocabulary()]);
    // Read after the engine has loaded: the agent may have typed on meanwhile.
    const typed = this.#state.query;
    const query = engineQuery(typed);
    const found: Found = query
      ? await findResults(engine, query, (words) => vocabulary.corrections(words))
      : {
          main: (await this.#loadFilterIndex()).all.map((result) => ({ ...result, words: [] })),
          others: [],
          corrections: new Map(),
          unmatched: [],
        };
    // Filters cut the list the words found; one list, so the counts below describe exactly it.
    const index = hasFilters ? await this.#loadFilterIndex() : this.#filterIndex;
    if (mine !== this.#ticket) return;
    const main = index && hasFilters ? filtered(found.main, index.pages, selected) : found.main;
    const others = index && hasFilters ? filtered(found.others, index.pages, selected) : found.others;
    const keep = (word: string) => !vocabulary.isGeneric(word);
    if (query) this.#options.searched?.(typed, main.length);
    if (!main.length) {
      this.#listed = undefined;
      const suggestions = await vocabulary.suggestions(found.unmatched.length ? found.unmatched : contentWords(query), SUGGESTIONS);
      if (mine !== this.#ticket) return;
      display.showNothing({ suggestions, categories: vocabulary.head.categories });
    } else {
      const first = await detailed(main.slice(0, SHOWN_RESULTS), keep);
      if (mine !== this.#ticket) return; // a newer keystroke already answered
      this.#listed = { results: main, count: first.length, others, keep };
      const correctedTo = found.corrections.size ? correctedText(typed, found.corrections) : undefined;
      display.showResults(first, { total: main.length, others: others.length, correctedTo }, this.#seeAll(main.length, first.length));
    }
    if (!display.offersFilters) return;
    const ids = found.main.map((result) => result.id);
    if (index) display.showFilters(selected, countFilters(ids, index.pages, selected));
    else this.#countLater(mine, ids);
  }

  async #loadFilterIndex(): Promise<FilterIndex> {
    this.#filterIndex = await this.#options.engines.filterIndex();
    return this.#filterIndex;
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

  /**
   * Filter counts for a typed query once the agent has paused, the first time: which page carries
   * which value is read once (`loadFilterIndex`), and never delays results. From then on counts
   * come with the results.
   */
  #countLater(mine: number, ids: string[]): void {
    const { display } = this.#options;
    display.countsPending();
    this.#counts.restart(() => {
      void (async () => {
        const index = await this.#loadFilterIndex();
        if (mine === this.#ticket) display.showFilters(this.#state.filters, countFilters(ids, index.pages, this.#state.filters));
      })().catch(() => display.countsUnavailable()); // the library totals stay, unmarked
    });
  }
}
