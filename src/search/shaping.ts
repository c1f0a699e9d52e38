// Pure logic behind the search island: URL state, what the engine is asked, and result shaping.
// Kept apart from the DOM so it is unit-tested and shared by the browser and the relevance tests.
// The order of results is decided in src/search/ranking.ts.
import { FILTER_KEYS, FILTER_LABELS, HIGHLIGHT_PARAM, type FilterKey } from './contract.ts';
import type { FacetCounts } from './facets.ts';

/**
 * Results shown at once, and per "Show more": enough to choose from, few enough to scan mid-call,
 * and each one's details are one request, so six fit in one round of a browser's connections.
 * Confidence re-ranks within each batch.
 */
export const SHOWN_RESULTS = 6;
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

const MAX_QUERY = 200;
const MAX_VALUES = 20;

/** Reads `?q=…&category=…&category=…` leniently: unknown keys ignored, sizes capped. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ].slice(0, MAX_VALUES);
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

/** The inverse of `readSearchState`; empty parts are left out so shared links stay short. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** A filter value a link asked for that no page in this library carries. */
export interface UnknownFilter {
  key: FilterKey;
  value: string;
}

/**
 * Keeps only the filter values some page carries (`known`, the library's totals). An old bookmark
 * (`?category=a-category-since-renamed`) would otherwise apply a filter the page never shows: every
 * search finds nothing and nothing on screen can clear it.
 */
export function keepKnownFilters(state: SearchState, known: FacetCounts): { state: SearchState; dropped: UnknownFilter[] } {
  const filters: SearchState['filters'] = {};
  const dropped: UnknownFilter[] = [];
  for (const key of FILTER_KEYS) {
    const values = state.filters[key] ?? [];
    const kept = values.filter((value) => (known[key]?.[value] ?? 0) > 0);
    dropped.push(...values.filter((value) => !kept.includes(value)).map((value) => ({ key, value })));
    if (kept.length) filters[key] = kept;
  }
  return { state: { ...state, filters }, dropped };
}

const NOTICE_VALUE_LENGTH = 60;

/** What the search page says about filters it left out: each one named, so the agent knows why. */
export function unknownFiltersNotice(dropped: readonly UnknownFilter[]): string | undefined {
  if (!dropped.length) return undefined;
  const named = dropped.map(({ key, value }) => {
    const shown = value.length > NOTICE_VALUE_LENGTH ? `${value.slice(0, NOTICE_VALUE_LENGTH)}…` : value;
    return `${FILTER_LABELS[key]} “${shown}”`;
  });
  const them = dropped.length === 1 ? 'it' : 'them';
  return `No playbook has ${named.join(', ')} any more, so the search leaves ${them} out. Choose from the filters below.`;
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = Object.fromEntries(Object.entries({ ...state.filters, [key]: next }).filter(([, values]) => values.length > 0));
  return { ...state, filters };
}

/** Pagefind's filter argument: values of one key are alternatives (any), keys combine (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values?.length) filters[key] = { any: values };
  }
  return filters;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

/**
 * The section to deep-link to: the best sub-result that is not the page top (Pagefind lists the
 * page itself as a sub-result whose URL has no `#`).
 */
export function bestSection(subResults: SubResult[]): SubResult | undefined {
  return subResults.find((sub) => sub.url.includes('#'));
}

const STOP_WORDS = new Set(
  'a an and another are am as at be been but by can could did do does for from had has have i if in into is it its just me my no not of on or our so than that the their them then there they this to too was we were what when which who why will with would you your'.split(
    ' ',
  ),
);

/** The words of a query that carry meaning, lowercase, without stop words or repeats. */
export function contentWords(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}']+/u)
        .filter((word) => word.length > 1 && !STOP_WORDS.has(word)),
    ),
  ];
}

/** Shortest last word searched while the agent is still typing it; shorter ones match too much. */
export const MIN_PARTIAL_WORD = 3;

/**
 * What the engine is asked for a typed query. Pagefind requires every word and reads each one as
 * a prefix, so "my n" asks for every page with "my" and any word starting with "n": thousands of
 * matches on a large library, for nothing the agent meant. Stop words are left out when meaningful
 * words remain, and a last word still being typed (no space after it) waits until it has
 * `MIN_PARTIAL_WORD` letters, unless it is the only word.
 */
export function engineQuery(typed: string): string {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  const meaningful = words.filter((word) => contentWords(word).length > 0);
  const kept = meaningful.length > 0 ? meaningful : words;
  const last = kept.at(-1);
  const stillTyping = !/\s$/.test(typed);
  if (stillTyping && kept.length > 1 && last !== undefined && last.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_PARTIAL_WORD)
    return kept.slice(0, -1).join(' ');
  return kept.join(' ');
}

/**
 * A result's link with `words` as the words to highlight on the page it opens, in place of those
 * the engine put there (every word it was asked, stop words and words on most pages included).
 * The link's path and `#section` are kept; no words, no highlight.
 */
export function withHighlight(url: string, words: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  params.delete(HIGHLIGHT_PARAM);
  for (const word of words) params.append(HIGHLIGHT_PARAM, word);
  return `${path}${params.size ? `?${params}` : ''}${hash}`;
}
