// Which pages carry which filter value, written at build time beside the vocabulary from the page
// fragments Pagefind wrote (src/search/build-index.ts), and read by the search worker for filtering
// and counting (src/search/facets.ts). Asking Pagefind instead takes one filter-only search per
// value, each returning most of the library: 0.7–0.85 s of the worker's time at 10,000 playbooks,
// and a search typed meanwhile waited for it (decision 26).
import { isFilterKey, type FilterKey } from './contract.ts';
import type { PageFilters } from './facets.ts';

/** A page as the build reads it from its fragment: the index's id for it and its filters. */
export interface FilteredPage {
  id: string;
  filters: Record<string, string[]>;
}

/** The file: each filter value once, then each page's values as positions in that list. */
interface PageFiltersFile {
  values: [key: FilterKey, value: string][];
  pages: Record<string, number[]>;
}

/** One filter value as a string, to count and place it once. */
const pairOf = (key: FilterKey, value: string) => JSON.stringify([key, value]);

/** The file's JSON for the indexed pages; only Frontline's filter keys, in a stable order. */
export function pageFiltersJson(pages: readonly FilteredPage[]): string {
  const paired = [...pages]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, filters }) => ({
      id,
      pairs: Object.entries(filters).flatMap(([key, values]) => (isFilterKey(key) ? values.map((value) => pairOf(key, value)) : [])),
    }));
  const values = [...new Set(paired.flatMap(({ pairs }) => pairs))].sort();
  const position = new Map(values.map((pair, at) => [pair, at]));
  const file: PageFiltersFile = {
    values: values.map((pair) => JSON.parse(pair) as [FilterKey, string]),
    pages: Object.fromEntries(paired.map(({ id, pairs }) => [id, pairs.flatMap((pair) => position.get(pair) ?? []).sort((a, b) => a - b)])),
  };
  return JSON.stringify(file);
}

/**
 * Reads the file into `PageFilters`, or undefined when it is not one (then the engine is asked, as
 * before the file existed). A value or a position that does not fit is refused, not guessed at.
 */
export function parsePageFilters(value: unknown): PageFilters | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { values, pages } = value as Partial<Record<keyof PageFiltersFile, unknown>>;
  if (!Array.isArray(values) || typeof pages !== 'object' || pages === null || Array.isArray(pages)) return undefined;
  const pairs: [FilterKey, string][] = [];
  for (const pair of values) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isFilterKey(pair[0]) || typeof pair[1] !== 'string') return undefined;
    pairs.push([pair[0], pair[1]]);
  }
  const result = new Map<string, Partial<Record<FilterKey, string[]>>>();
  for (const [id, positions] of Object.entries(pages as Record<string, unknown>)) {
    if (!Array.isArray(positions)) return undefined;
    const filters: Partial<Record<FilterKey, string[]>> = {};
    for (const at of positions) {
      const pair = Number.isInteger(at) ? pairs[at as number] : undefined;
      if (!pair) return undefined;
      (filters[pair[0]] ??= []).push(pair[1]);
    }
    result.set(id, filters);
  }
  return result;
}
