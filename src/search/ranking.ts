// Every factor that orders Frontline's search results, in one place: the weights the index is
// built and searched with, the word fallback's tiers, and the KCS-state and page-type factors
// applied in the browser. Pages write `CUSTOMER_SAYS_WEIGHT`; the browser and the relevance test
// run Pagefind with `PAGEFIND_OPTIONS` and order its answers with `searchWithFallback` + `rerank`.
import { HIGHLIGHT_PARAM, type MetaKey, type ResultMeta } from './contract.ts';
import { contentWords } from './shaping.ts';

/**
 * Weight of a playbook's "Customers may say" list in the word index (`data-pagefind-weight`;
 * body text is 1, an `<h2>` 6): callers' own words find the playbook as surely as its headings.
 */
export const CUSTOMER_SAYS_WEIGHT = 6;

/**
 * Metadata matches add to the body score: a title match counts most, then the phrases customers
 * use, then synonyms (Pagefind's `ranking.metaWeights`).
 */
export const META_WEIGHTS = { title: 6, phrases: 4, synonyms: 2 } satisfies Partial<Record<MetaKey, number>>;

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

export interface RankedCandidate {
  score: number;
  /** Match tier from `searchWithFallback` (more query words matched ranks higher); default 0. */
  tier?: number;
  meta: ResultMeta;
}

/** Within a tier, applies the confidence and type factors to the score; stable for equal scores. */
export function rerank<Candidate extends RankedCandidate>(candidates: Candidate[]): Candidate[] {
  const factor = (c: Candidate) =>
    (CONFIDENCE_FACTORS[c.meta.confidence ?? 'validated'] ?? 1) * (TYPE_FACTORS[c.meta.type ?? 'playbook'] ?? 1);
  return candidates
    .map((candidate, index) => ({ candidate, index, tier: candidate.tier ?? 0, score: candidate.score * factor(candidate) }))
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
}

export interface Scored {
  id: string;
  score: number;
  tier?: number;
}

/**
 * Pagefind only returns pages that contain every word, so a caller's long sentence ("I have
 * explained this five times") can find nothing. When the full query finds too few, each meaningful
 * word is searched on its own and pages are ranked by how many words they match, then by score.
 * Pages that matched the full query always stay on top.
 */
export async function searchWithFallback<Result extends Scored>(
  search: (query: string) => Promise<Result[]>,
  query: string,
  enough: number,
): Promise<(Result & { tier: number })[]> {
  const primary = await search(query);
  const words = contentWords(query);
  if (primary.length >= enough || words.length < 2) return primary.map((result) => ({ ...result, tier: 0 }));
  const perWord = await Promise.all(words.map((word) => search(word)));
  const merged = new Map<string, { result: Result; matched: number; score: number; primary: boolean }>();
  for (const result of primary) merged.set(result.id, { result, matched: words.length, score: result.score, primary: true });
  for (const results of perWord) {
    for (const result of results) {
      const entry = merged.get(result.id);
      if (entry?.primary) continue;
      if (entry) {
        entry.matched += 1;
        entry.score += result.score;
      } else {
        merged.set(result.id, { result, matched: 1, score: result.score, primary: false });
      }
    }
  }
  // Full-query matches form the top tier; the rest are tiered by how many words they matched.
  return [...merged.values()]
    .map((entry) => ({ ...entry.result, score: entry.score, tier: entry.primary ? words.length + 1 : entry.matched }))
    .sort((a, b) => b.tier - a.tier || b.score - a.score);
}
