// What a search finds, and the shape the island shows it in: the word fallback, typo corrections,
// the "Other matches" cut-off and the confidence re-ranking come from src/search/ranking.ts, the
// section to link to and the words to highlight from src/search/shaping.ts. The engine is passed
// in, so this is unit-tested with a fake one.
import type { ResultMeta } from '../contract.ts';
import { passesFilters, type FacetCounts, type PageFilters } from '../facets.ts';
import { FALLBACK_BELOW, mainCount, rerank, searchWithCorrections, type Matched } from '../ranking.ts';
import { bestSection, withHighlight } from '../shaping.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';

/** Pages per filter value. */
export type FilterCounts = FacetCounts;

/** A match, with the meaningful words of the query that found it. */
export type FoundResult = Matched<PagefindResult>;

export interface Found {
  /** The main list, best first; details are fetched a batch at a time (`detailed`). */
  main: FoundResult[];
  /** Matches far below the best one ("Other matches"), best first. */
  others: FoundResult[];
  /** Misspelt words and the words searched in their place. */
  corrections: ReadonlyMap<string, string>;
  /** Words that found nothing, even corrected. */
  unmatched: string[];
}

/** A link after the results to all of them. */
export interface SeeAll {
  href: string;
  label: string;
}

/** What one result shows. */
export interface ShownResult {
  url: string;
  meta: ResultMeta;
  section: { title: string; url: string } | undefined;
}

/**
 * Searches for the words the engine is to see (`engineQuery`), with no filter: the list and the
 * filter counts are both cut from this one answer (`filtered`, `countFilters`), so they agree.
 */
export async function findResults(
  engine: Pick<Pagefind, 'search'>,
  query: string,
  correct: (words: string[]) => Promise<ReadonlyMap<string, string>>,
): Promise<Found> {
  const searched = await searchWithCorrections(
    async (words) => (await engine.search(words || null, {}))?.results ?? [],
    query,
    FALLBACK_BELOW,
    correct,
  );
  const main = mainCount(searched.results);
  return {
    main: searched.results.slice(0, main),
    others: searched.results.slice(main),
    corrections: searched.corrections,
    unmatched: searched.unmatched,
  };
}

/** The results that pass the selected filters, in the same order. */
export function filtered<Result extends { id: string }>(
  results: readonly Result[],
  pages: PageFilters,
  selected: Partial<Record<string, readonly string[]>>,
): Result[] {
  return results.filter((result) => passesFilters(pages.get(result.id), selected));
}

/**
 * Fetches the details of a batch of results and orders it by confidence, within the batch. Each
 * link carries the words to highlight on the page it opens: those of its own words that `keep`
 * keeps (not the words on most pages), in place of every word the engine was asked.
 */
export async function detailed(batch: readonly FoundResult[], keep: (word: string) => boolean): Promise<ShownResult[]> {
  const candidates = await Promise.all(
    batch.map(async (result) => ({ score: result.score, words: result.words.filter(keep), data: await result.data() })),
  );
  return rerank(candidates.map((candidate) => ({ ...candidate, meta: candidate.data.meta }))).map(({ data, words }) => {
    const section = bestSection(data.sub_results);
    return {
      url: withHighlight(data.url, words),
      meta: data.meta,
      section: section && { title: section.title, url: withHighlight(section.url, words) },
    };
  });
}
