// A search box on the page (src/components/site/SearchBox.astro): its parts, and how results,
// filters and messages appear in them. What to show, and when, is decided by session.ts; the
// elements themselves are built by render.ts.
import { FILTER_KEYS, isFilterKey, type FilterKey } from '../contract.ts';
import { parseFacetCounts, type FacetCounts } from '../facets.ts';
import type { SearchState } from '../shaping.ts';
import { appendResults, keyboardStops, renderFilters, renderNothing, renderOthers, renderResults } from './render.ts';
import type { FilterCounts, SeeAll, ShownResult } from './results.ts';
import type { Listing, Nothing, SearchDisplay } from './session.ts';

interface SearchParts {
  root: HTMLElement;
  input: HTMLInputElement;
  list: HTMLOListElement;
  status: HTMLElement;
  filterBox: HTMLElement | null;
  moreButton: HTMLButtonElement | null;
  notice: HTMLElement | null;
}

export class SearchView implements SearchDisplay {
  readonly input: HTMLInputElement;
  readonly list: HTMLOListElement;
  /** The site's base path, where Pagefind's files and the search page are. */
  readonly base: string;
  /** The home page's large box, which is the search page; else the header's compact one. */
  readonly isSearchPage: boolean;
  readonly offersFilters: boolean;
  readonly #parts: SearchParts;
  /** Pages per filter value in the whole library, counted at build time. */
  readonly #totals: FacetCounts;

  /** The view of a `[data-search]` box, or undefined when its markup lacks a part. */
  static find(root: HTMLElement): SearchView | undefined {
    const input = root.querySelector<HTMLInputElement>('[data-search-input]');
    const list = root.querySelector<HTMLOListElement>('[data-search-results]');
    const status = root.querySelector<HTMLElement>('[data-search-status]');
    if (!input || !list || !status) return undefined;
    const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
    const [moreButton, notice] = [
      root.querySelector<HTMLButtonElement>('[data-search-more]'),
      root.querySelector<HTMLElement>('[data-search-notice]'),
    ];
    return new SearchView({ root, input, list, status, filterBox, moreButton, notice });
  }

  constructor(parts: SearchParts) {
    this.#parts = parts;
    this.input = parts.input;
    this.list = parts.list;
    this.base = parts.root.dataset['base'] ?? '/';
    this.isSearchPage = parts.root.dataset['variant'] === 'hero';
    this.offersFilters = this.isSearchPage && parts.filterBox !== null;
    this.#totals = parseFacetCounts(parts.filterBox?.dataset['totals']);
  }

  /** Pages per filter value in the whole library: the values a filter can take. */
  get filterTotals(): FacetCounts {
    return this.#totals;
  }

  /** A message above the results that stays until the page is left (e.g. a filter left out). */
  showNotice(text: string): void {
    const { notice } = this.#parts;
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = false;
  }

  /** What the arrow keys move through: each result's title, "All … results", and "Other matches". */
  titles(): HTMLElement[] {
    return keyboardStops(this.list);
  }

  /** The agent opened "Other matches". */
  onOthersOpened(opened: () => void): void {
    // `toggle` does not bubble: listened for on its way down.
    this.list.addEventListener(
      'toggle',
      (event) => {
        if (event.target instanceof HTMLDetailsElement && event.target.open) opened();
      },
      true,
    );
  }

  /** The agent chose one of the nearest words offered when nothing was found. */
  onSuggestion(chosen: (word: string) => void): void {
    this.list.addEventListener('click', (event) => {
      const word =
        event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-suggestion]')?.dataset['suggestion'] : undefined;
      if (word) chosen(word);
    });
  }

  onFilterToggle(toggled: (key: FilterKey, value: string) => void): void {
    this.#parts.filterBox?.addEventListener('change', (event) => {
      const box = event.target;
      if (box instanceof HTMLInputElement && isFilterKey(box.dataset['filter'])) toggled(box.dataset['filter'], box.value);
    });
  }

  onShowMore(clicked: () => void): void {
    this.#parts.moreButton?.addEventListener('click', clicked);
  }

  clear(): void {
    this.list.replaceChildren();
    this.#parts.status.textContent = '';
    if (this.#parts.moreButton) this.#parts.moreButton.hidden = true;
    this.#parts.root.classList.remove('search--open');
  }

  showResults(results: ShownResult[], listing: Listing, seeAll: SeeAll | undefined): void {
    renderResults(this.list, results, seeAll, listing.others);
    this.#parts.root.classList.add('search--open');
    this.#announce(listing.total, results.length, listing.correctedTo);
  }

  showOthers(results: ShownResult[]): void {
    renderOthers(this.list, results);
  }

  showNothing(nothing: Nothing): void {
    renderNothing(this.list, nothing, this.base);
    this.#parts.root.classList.add('search--open');
    this.#announce(0, 0, undefined);
  }

  appendResults(results: ShownResult[], total: number, shown: number): void {
    appendResults(this.list, results)?.focus(); // keyboard users carry on from the first new result
    this.#announce(total, shown);
  }

  showFilters(selected: SearchState['filters'], counts: FilterCounts | undefined): void {
    const { filterBox } = this.#parts;
    if (!filterBox) return;
    renderFilters(filterBox, FILTER_KEYS, this.#totals, counts ?? this.#totals, selected);
    filterBox.removeAttribute('aria-busy');
    filterBox.hidden = false;
  }

  countsPending(): void {
    this.#parts.filterBox?.setAttribute('aria-busy', 'true');
  }

  countsUnavailable(): void {
    this.#parts.filterBox?.removeAttribute('aria-busy');
  }

  searchUnavailable(): void {
    this.#parts.status.textContent = 'Search is not available right now. Keep typing to try again, or browse all playbooks.';
  }

  #announce(total: number, shown: number, correctedTo?: string): void {
    const corrected = correctedTo === undefined ? '' : `Showing results for “${correctedTo}”. `;
    this.#parts.status.textContent =
      total === 0
        ? 'No playbooks found. Try a nearest word, the customer’s own words, or fewer words.'
        : `${corrected}${total} result${total === 1 ? '' : 's'}${total > shown ? `, showing the top ${shown}` : ''}`;
    if (this.#parts.moreButton) this.#parts.moreButton.hidden = total <= shown;
  }
}
