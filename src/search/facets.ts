// Filter totals for the search page, counted at build time from the same entries Pagefind indexes,
// so the page offers its filters at once without loading the search engine or any of its data.
import { isListed } from '../lib/catalog.ts';
import { FILTER_KEYS, moduleFilters, playbookFilters, type FilterKey, type SearchFilters } from './contract.ts';
import type { Confidence } from '../schemas/playbook.ts';

/** Pages per filter value, shaped like Pagefind's `filters()` answer. */
export type FacetCounts = Partial<Record<FilterKey, Record<string, number>>>;

interface IndexedPlaybook {
  category: string;
  confidence: Confidence;
  audience: readonly string[];
}
interface IndexedModule {
  audience: readonly string[];
}

function add(counts: FacetCounts, filters: SearchFilters): void {
  for (const key of FILTER_KEYS) {
    for (const value of filters[key] ?? []) {
      const values = (counts[key] ??= {});
      values[value] = (values[value] ?? 0) + 1;
    }
  }
}

/**
 * Counts the filter values the indexed pages carry: listed playbooks (archived ones are not
 * indexed) and training modules. The pages write the same values (src/search/contract.ts); a build
 * test compares these totals with the index.
 */
export function facetTotals(
  playbooks: readonly IndexedPlaybook[],
  modules: readonly IndexedModule[],
  categoryTitle: (id: string) => string | undefined,
): FacetCounts {
  const counts: FacetCounts = {};
  for (const playbook of playbooks.filter(isListed)) add(counts, playbookFilters(playbook, categoryTitle(playbook.category)));
  for (const module of modules) add(counts, moduleFilters(module));
  return counts;
}

/** Reads the totals the page embeds; anything malformed reads as no totals rather than failing. */
export function parseFacetCounts(json: string | undefined): FacetCounts {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const counts: FacetCounts = {};
    for (const key of FILTER_KEYS) {
      const values: unknown = (value as Record<string, unknown>)[key];
      if (typeof values !== 'object' || values === null) continue;
      const numbers = Object.entries(values as Record<string, unknown>).filter((entry): entry is [string, number] =>
        Number.isInteger(entry[1]),
      );
      counts[key] = Object.fromEntries(numbers);
    }
    return counts;
  } catch {
    return {};
  }
}

/** The filter values each page carries, by the page's id in the index. */
export type PageFilters = ReadonlyMap<string, Partial<Record<FilterKey, readonly string[]>>>;

/** Builds `PageFilters` from the pages found under each filter value (one filter-only search per value). */
export function pageFiltersFrom(found: readonly { key: FilterKey; value: string; ids: readonly string[] }[]): PageFilters {
  const pages = new Map<string, Partial<Record<FilterKey, string[]>>>();
  for (const { key, value, ids } of found) {
    for (const id of ids) {
      const values = pages.get(id) ?? {};
      (values[key] ??= []).push(value);
      pages.set(id, values);
    }
  }
  return pages;
}

type Selected = Partial<Record<FilterKey, readonly string[]>>;

/** Whether a page passes the selected filters: any value within a filter, every filter selected. */
export function passesFilters(
  values: Partial<Record<FilterKey, readonly string[]>> | undefined,
  selected: Selected,
  except?: FilterKey,
): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = selected[key];
    if (key === except || !wanted?.length) return true;
    return (values?.[key] ?? []).some((value) => wanted.includes(value));
  });
}

/**
 * Filter counts for a list of results: for each value, how many of `ids` have it and pass the
 * filters selected under the other keys, which is how many results the list would show with that
 * value ticked (values of one filter are alternatives). Counted from the very list on screen, so
 * the counts never contradict it.
 */
export function countFilters(ids: readonly string[], pages: PageFilters, selected: Selected): FacetCounts {
  const counts: FacetCounts = {};
  for (const id of ids) {
    const values = pages.get(id);
    for (const key of FILTER_KEYS) {
      if (!passesFilters(values, selected, key)) continue;
      for (const value of values?.[key] ?? []) {
        const forKey = (counts[key] ??= {});
        forKey[value] = (forKey[value] ?? 0) + 1;
      }
    }
  }
  return counts;
}
