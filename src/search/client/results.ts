// What a search finds, and the shape the island shows it in: the word fallback and the confidence
// re-ranking come from src/search/ranking.ts, the section to link to from src/search/shaping.ts.
// The engine is passed in, so this is unit-tested with a fake one.
import type { ResultMeta } from '../contract.ts';
import { FALLBACK_BELOW, rerank, searchWithFallback } from '../ranking.ts';
import { bestSection } from '../shaping.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './pagefind.ts';

/** Pages per filter value, as Pagefind counts them. */
export type FilterCounts = PagefindResponse['filters'];

/** A match, with the tier the word fallback gave it. */
export type FoundResult = PagefindResult & { tier: number };

export interface Found {
  /** Every match, best tier first; details are fetched a batch at a time (`detailed`). */
  results: FoundResult[];
  /** Filter counts for the full query, when the engine holds filter data. */
  filterCounts: FilterCounts | undefined;
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

/** Searches for the words the engine is to see (`engineQuery`), within Pagefind's filter argument. */
export async function findResults(
  engine: Pick<Pagefind, 'search'>,
  query: string,
  filters: Record<string, { any: string[] }>,
): Promise<Found> {
  const full: { response?: PagefindResponse | null } = {};
  const results = await searchWithFallback(
    async (words) => {
      const answer = await engine.search(words || null, { filters });
      if (words === query) full.response = answer;
      return answer?.results ?? [];
    },
    query,
    FALLBACK_BELOW,
  );
  return { results, filterCounts: full.response?.filters };
}

/** Fetches the details of a batch of results and orders it by confidence, within the batch. */
export async function detailed(batch: FoundResult[]): Promise<ShownResult[]> {
  const candidates = await Promise.all(
    batch.map(async (result) => ({ score: result.score, tier: result.tier, data: await result.data() })),
  );
  return rerank(candidates.map((candidate) => ({ ...candidate, meta: candidate.data.meta }))).map(({ data }) => ({
    url: data.url,
    meta: data.meta,
    section: bestSection(data.sub_results),
  }));
}
