// Filter totals for the search page, counted at build time from the same entries Pagefind indexes,
// so the page offers its filters at once without loading the search engine or any of its data.
import { isListed } from '../lib/catalog.ts';
import { FILTER_KEYS, type FilterKey } from './shaping.ts';
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

function add(counts: FacetCounts, key: FilterKey, value: string): void {
  const values = (counts[key] ??= {});
  values[value] = (values[value] ?? 0) + 1;
}

/**
 * Counts what the indexed pages carry: listed playbooks (archived ones are not indexed) by category
 * title, audience, confidence and type, and training modules by audience and type. Must agree with
 * the `data-pagefind-filter` markup on those pages; a build test compares the two.
 */
export function facetTotals(
  playbooks: readonly IndexedPlaybook[],
  modules: readonly IndexedModule[],
  categoryTitle: (id: string) => string | undefined,
): FacetCounts {
  const counts: FacetCounts = {};
  for (const playbook of playbooks.filter(isListed)) {
    const title = categoryTitle(playbook.category);
    if (title) add(counts, 'category', title);
    add(counts, 'confidence', playbook.confidence);
    add(counts, 'type', 'playbook');
    for (const role of playbook.audience) add(counts, 'audience', role);
  }
  for (const module of modules) {
    add(counts, 'type', 'module');
    for (const role of module.audience) add(counts, 'audience', role);
  }
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
