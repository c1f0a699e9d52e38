// The one way Frontline answers a search, wherever it runs: in the search worker
// (search-worker.ts, the usual host) or on the page's thread when a worker cannot start. A
// `Searcher` takes what the agent asked for and hands back plain data (the first batch shaped, what
// the list says about itself, the filter counts when they come free), so the session never touches
// the engine and the worker can answer in one message. `EngineSearcher` is given its engines, so
// it is unit-tested with fakes.
import { countFilters } from '../facets.ts';
import { contentWords, engineQuery, SHOWN_RESULTS, type SearchState } from '../shaping.ts';
import { correctedText } from '../typos.ts';
import type { Vocabulary } from '../vocabulary.ts';
import type { FilterIndex, Pagefind } from './pagefind.ts';
import { detailed, filtered, findResults, type FilterCounts, type Found, type FoundResult, type ShownResult } from './results.ts';

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

/** What the agent asked for. */
export interface SearchRequest {
  /** The words as typed. */
  typed: string;
  filters: SearchState['filters'];
  /** Whether the box shows filters, and so wants their counts. */
  counts: boolean;
}

/**
 * A search answered: the first batch of the main list and what the list says about itself, or what
 * to offer when nothing was found. `counts` are the filter counts of the list, when the filter
 * index was already at hand; otherwise the session asks for them once typing pauses (`counts`).
 */
export type Answer =
  | { kind: 'results'; results: ShownResult[]; listing: Listing; counts: FilterCounts | undefined }
  | { kind: 'nothing'; nothing: Nothing; counts: FilterCounts | undefined };

/** A further batch of the main list: `shown` of `total` results are on screen once it is added. */
export interface Batch {
  results: ShownResult[];
  total: number;
  shown: number;
}

/**
 * Answers searches for one search box. Each search carries a ticket that grows with every search:
 * a newer ticket supersedes an older one, whose answer (and any batch asked for it) is `undefined`.
 */
export interface Searcher {
  /** Loads the engine; resolves when a search would not wait for it. */
  ready(): Promise<void>;
  search(ticket: number, request: SearchRequest): Promise<Answer | undefined>;
  /** The next batch of the main list of search `ticket`. */
  more(ticket: number): Promise<Batch | undefined>;
  /** The first batch of the other matches of search `ticket`. */
  others(ticket: number): Promise<ShownResult[] | undefined>;
  /** The filter counts of search `ticket`'s main list, reading which page carries which value first. */
  counts(ticket: number, filters: SearchState['filters']): Promise<FilterCounts | undefined>;
}

/** Near words offered when nothing is found. */
const SUGGESTIONS = 5;

export interface Engines {
  /** The engine for typed words (`loadPagefind`). */
  words: () => Promise<Pick<Pagefind, 'search'>>;
  /** Which pages carry which filter value (`loadFilterIndex`). */
  filterIndex: () => Promise<FilterIndex>;
  /** The index's vocabulary (`loadVocabulary`). */
  vocabulary: () => Promise<Vocabulary>;
}

/** The latest search's lists, kept for "Show more", "Other matches" and the counts. */
interface Listed {
  ticket: number;
  main: FoundResult[];
  /** Results of the main list on screen. */
  shown: number;
  others: FoundResult[];
  /** The ids of every page the words found, before filters: the counts are counted from them. */
  found: string[];
  /** The words kept for highlighting. */
  keep: (word: string) => boolean;
}

/** Searches with the engines it is given (Pagefind, the filter index, the vocabulary). */
export class EngineSearcher implements Searcher {
  readonly #engines: Engines;
  #latest = 0;
  #listed: Listed | undefined;
  /** Which pages carry which filter value, once loaded. */
  #filterIndex: FilterIndex | undefined;

  constructor(engines: Engines) {
    this.#engines = engines;
  }

  async ready(): Promise<void> {
    // The vocabulary's head starts loading with the engine, so no search waits for it.
    void this.#engines.vocabulary();
    await this.#engines.words();
  }

  async search(ticket: number, { typed, filters, counts }: SearchRequest): Promise<Answer | undefined> {
    this.#latest = Math.max(this.#latest, ticket);
    const superseded = () => ticket !== this.#latest;
    // The search does not wait for the vocabulary: it is needed only to correct a word, to leave
    // the commonest words out of the highlighting, and when nothing is found.
    const vocabulary = this.#engines.vocabulary();
    const engine = await this.#engines.words();
    if (superseded()) return undefined;
    const query = engineQuery(typed);
    const hasFilters = Object.keys(filters).length > 0;
    const found: Found = query
      ? await findResults(engine, query, async (words) => (await vocabulary).corrections(words))
      : {
          main: (await (await this.#loadFilterIndex()).all()).map((result) => ({ ...result, words: [] })),
          others: [],
          corrections: new Map(),
          unmatched: [],
        };
    // Filters cut the list the words found; one list, so the counts describe exactly it.
    const index = hasFilters ? await this.#loadFilterIndex() : this.#filterIndex;
    const words = await vocabulary;
    if (superseded()) return undefined;
    const main = index && hasFilters ? filtered(found.main, index.pages, filters) : found.main;
    const others = index && hasFilters ? filtered(found.others, index.pages, filters) : found.others;
    const keep = (word: string) => !words.isGeneric(word);
    const ids = found.main.map((result) => result.id);
    const countsNow = counts && index ? countFilters(ids, index.pages, filters) : undefined;
    if (!main.length) {
      this.#listed = { ticket, main, shown: 0, others: [], found: ids, keep };
      const suggestions = await words.suggestions(found.unmatched.length ? found.unmatched : contentWords(query), SUGGESTIONS);
      if (superseded()) return undefined;
      return { kind: 'nothing', nothing: { suggestions, categories: words.head.categories }, counts: countsNow };
    }
    const first = await detailed(main.slice(0, SHOWN_RESULTS), keep);
    if (superseded()) return undefined;
    this.#listed = { ticket, main, shown: first.length, others, found: ids, keep };
    const correctedTo = found.corrections.size ? correctedText(typed, found.corrections) : undefined;
    return { kind: 'results', results: first, listing: { total: main.length, others: others.length, correctedTo }, counts: countsNow };
  }

  async more(ticket: number): Promise<Batch | undefined> {
    const listed = this.#listedFor(ticket);
    if (!listed) return undefined;
    const next = await detailed(listed.main.slice(listed.shown, listed.shown + SHOWN_RESULTS), listed.keep);
    if (!next.length || this.#listed !== listed) return undefined;
    listed.shown += next.length;
    return { results: next, total: listed.main.length, shown: listed.shown };
  }

  async others(ticket: number): Promise<ShownResult[] | undefined> {
    const listed = this.#listedFor(ticket);
    if (!listed?.others.length) return undefined;
    const batch = await detailed(listed.others.slice(0, SHOWN_RESULTS), listed.keep);
    return this.#listed === listed ? batch : undefined;
  }

  async counts(ticket: number, filters: SearchState['filters']): Promise<FilterCounts | undefined> {
    const listed = this.#listedFor(ticket);
    if (!listed) return undefined;
    const index = await this.#loadFilterIndex();
    return this.#listed === listed ? countFilters(listed.found, index.pages, filters) : undefined;
  }

  #listedFor(ticket: number): Listed | undefined {
    return this.#listed?.ticket === ticket && ticket === this.#latest ? this.#listed : undefined;
  }

  async #loadFilterIndex(): Promise<FilterIndex> {
    this.#filterIndex = await this.#engines.filterIndex();
    return this.#filterIndex;
  }
}
