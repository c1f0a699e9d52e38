// Every factor that orders Frontline's search results, in one place: the weights the index is
// built and searched with, the word fallback's scoring, the cut-off below which a match is one of
// the "Other matches", and the KCS-state and page-type factors applied in the browser. Pages write
// `CUSTOMER_SAYS_WEIGHT`; the browser and the relevance test run Pagefind with `PAGEFIND_OPTIONS`
// and order its answers with `searchWithCorrections` + `mainCount` + `rerank`.
import { HIGHLIGHT_PARAM, type MetaKey, type ResultMeta } from './contract.ts';
import { contentWords } from './shaping.ts';

/**
 * Weight of a playbook's "Customers may say" list in the word index (`data-pagefind-weight`;
 * body text is 1, an `<h2>` 6): callers' own words find the playbook as surely as its headings.
 */
export const CUSTOMER_SAYS_WEIGHT = 6;

/**
 * Metadata matches add to the body score: a title match counts most, then the phrases customers
 * use, then the words the author tagged it with and its synonyms (Pagefind's `ranking.metaWeights`).
 * Tags at 2: at 3 or more a tag outweighed a page whose body answers the question (relevance set,
 * docs/benchmarks.md).
 */
export const META_WEIGHTS = { title: 6, phrases: 4, tags: 2, synonyms: 2 } satisfies Partial<Record<MetaKey, number>>;

/**
 * Pagefind options shared by the browser and the relevance tests. Excerpt length and the
 * highlight parameter ride along so both run the engine exactly alike.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 20,
  highlightParam: HIGHLIGHT_PARAM,
  ranking: { metaWeights: META_WEIGHTS },
} as const;

/** Below this many full matches, the words of the query are also searched one by one. */
export const FALLBACK_BELOW = 3;

/**
 * How much each KCS state keeps of its search score. Pages not yet proven on calls still show,
 * marked, but below validated ones; archived pages are not indexed at all.
 */
export const CONFIDENCE_FACTORS: Record<string, number> = { validated: 1, 'not-validated': 0.7, wip: 0.5 };

/** How much each kind of page keeps of its score: training modules rank below playbooks for agents' queries. */
export const TYPE_FACTORS: Record<string, number> = { playbook: 1, module: 0.6 };

/**
 * Results whose score is below this share of the best match's are "Other matches", listed apart
 * and collapsed. A share, not a count or a fixed score, so it holds as the library grows: a
 * specific question keeps a short list however many playbooks there are, and a broad one
 * ("customer") keeps every page that matches about as well as the best.
 */
export const OTHER_MATCHES_BELOW = 1 / 3;

export interface RankedCandidate {
  score: number;
  meta: ResultMeta;
}

/** Applies the confidence and type factors to the score; stable for equal scores. */
export function rerank<Candidate extends RankedCandidate>(candidates: Candidate[]): Candidate[] {
  const factor = (c: Candidate) =>
    (CONFIDENCE_FACTORS[c.meta.confidence ?? 'validated'] ?? 1) * (TYPE_FACTORS[c.meta.type ?? 'playbook'] ?? 1);
  return candidates
    .map((candidate, index) => ({ candidate, index, score: candidate.score * factor(candidate) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
}

export interface Scored {
  id: string;
  score: number;
}

/** A page found, with the meaningful words of the query that found it (for highlighting). */
export type Matched<Result extends Scored> = Result & { words: string[] };

export interface Searched<Result extends Scored> {
  /** Best first. */
  results: Matched<Result>[];
  /** Words of the query that found no page on their own: candidates for a typo correction. */
  unmatched: string[];
}

/**
 * Pagefind only returns pages that contain every word, so a caller's long sentence ("I have
 * explained this five times") can find nothing. When the full query finds fewer than `enough`,
 * each meaningful word is searched on its own, and a page's score is the sum of its scores for the
 * words it matched (each already weighed by how rare the word is), times the square root of the
 * share of the words it matched. A page that matches one telling word strongly ("callback" in its
 * title) then beats one that merely contains more of the words ("never", "came"), which ranking
 * by the number of words matched got wrong; a page matching every word still gains.
 */
export async function searchWithFallback<Result extends Scored>(
  search: (query: string) => Promise<Result[]>,
  query: string,
  enough: number,
): Promise<Searched<Result>> {
  const primary = await search(query);
  const words = contentWords(query);
  if (primary.length >= enough || words.length < 2)
    return { results: primary.map((result) => ({ ...result, words })), unmatched: primary.length ? [] : words };
  const perWord = await Promise.all(words.map((word) => search(word)));
  const merged = new Map<string, { result: Result; sum: number; words: string[] }>();
  for (const result of primary) merged.set(result.id, { result, sum: 0, words: [] });
  perWord.forEach((results, at) => {
    for (const result of results) {
      const entry = merged.get(result.id) ?? { result, sum: 0, words: [] };
      entry.sum += result.score;
      entry.words.push(words[at] ?? '');
      merged.set(result.id, entry);
    }
  });
  const results = [...merged.values()]
    .map((entry) => ({ ...entry.result, score: entry.sum * Math.sqrt(entry.words.length / words.length), words: entry.words }))
    .sort((a, b) => b.score - a.score);
  return { results, unmatched: words.filter((_, at) => perWord[at]?.length === 0) };
}

/**
 * Searches, and when `correct` finds words the library does not use and their corrections
 * (src/search/typos.ts), searches again with the corrected words. Both start at once, so a query
 * without typos waits for nothing more. The corrections made are returned, to show
 * "Showing results for …".
 */
export async function searchWithCorrections<Result extends Scored>(
  search: (query: string) => Promise<Result[]>,
  query: string,
  enough: number,
  correct: (words: string[]) => Promise<ReadonlyMap<string, string>>,
): Promise<Searched<Result> & { corrections: ReadonlyMap<string, string> }> {
  const [first, corrections] = await Promise.all([searchWithFallback(search, query, enough), correct(contentWords(query))]);
  if (!corrections.size) return { ...first, corrections };
  const corrected = query
    .split(/\s+/)
    .map((word) => corrections.get(word.toLowerCase()) ?? word)
    .join(' ');
  return { ...(await searchWithFallback(search, corrected, enough)), corrections };
}

/** How many of the results, best first, are within `OTHER_MATCHES_BELOW` of the best: the main list. */
export function mainCount(results: readonly { score: number }[]): number {
  const best = results[0]?.score ?? 0;
  const at = results.findIndex((result) => result.score < best * OTHER_MATCHES_BELOW);
  return at === -1 ? results.length : at;
}
