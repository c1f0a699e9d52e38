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
