// The search contract: what a page tells Pagefind, and what the search reads back. Pages write it
// with src/components/search/SearchData.astro, the build counts the filters from it
// (src/search/facets.ts), and the browser reads results and filters by these keys, so a new field
// is added here and nowhere else. How much each field weighs is in src/search/ranking.ts.
import type { Confidence } from '../schemas/playbook.ts';

/** The query parameter a result's link carries its search words in, for the page to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The kinds of page search finds, as the `type` filter and metadata name them. */
export type PageType = 'playbook' | 'module';

/** Metadata Pagefind returns with each result (`data-pagefind-meta`), and the type of each value. */
interface MetaValues {
  title: string;
  summary: string;
  /** A playbook's first words to the customer, shown as "Say: …". */
  firstWords: string;
  /** The first words as written in a chat or an email, when the playbook gives them; shown in that channel. */
  firstWordsChat: string;
  firstWordsEmail: string;
  /** The category's title, not its id: what the result shows. */
  category: string;
  confidence: Confidence;
  /** Written on training modules only; a result without it is a playbook. */
  type: PageType;
  /** The phrases customers use, joined; searched and weighted, never shown. */
  phrases: string;
  /** The words a playbook is also found by, joined; searched and weighted, never shown. */
  synonyms: string;
  /** The words agents search a playbook by (its `tags`), joined; searched and weighted, never shown. */
  tags: string;
}
export const META_KEYS = [
  'title',
  'summary',
  'firstWords',
  'firstWordsChat',
  'firstWordsEmail',
  'category',
  'confidence',
  'type',
  'phrases',
  'synonyms',
  'tags',
] as const satisfies readonly (keyof MetaValues)[];
export type MetaKey = (typeof META_KEYS)[number];
/** The metadata a page writes. */
export type SearchMeta = { [Key in MetaKey]?: MetaValues[Key] };
/** The metadata a result comes back with: text from the index, checked before it is trusted. */
export type ResultMeta = Partial<Record<MetaKey, string>>;

/** Filters the search page offers (`data-pagefind-filter`), and the type of their values. */
interface FilterValues {
  /** The category's title, as agents read it. */
  category: string;
  audience: string;
  confidence: Confidence;
  type: PageType;
}
/** The filters in the order the search page shows them. */
export const FILTER_KEYS = ['category', 'audience', 'confidence', 'type'] as const satisfies readonly (keyof FilterValues)[];
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Each filter's name as the search page shows it. */
export const FILTER_LABELS: Record<FilterKey, string> = { category: 'Category', audience: 'For', confidence: 'Confidence', type: 'Type' };
export function isFilterKey(key: string | undefined): key is FilterKey {
  return (FILTER_KEYS as readonly (string | undefined)[]).includes(key);
}
/** The values a page is found under, per filter. */
export type SearchFilters = { [Key in FilterKey]?: readonly FilterValues[Key][] };

/** Everything one page tells search (a type, not an interface, so it passes as component props). */
export type PageSearchData = {
  meta: SearchMeta;
  filters: SearchFilters;
};

interface PlaybookFields {
  title: string;
  summary: string;
  firstWords: string;
  firstWordsChat?: string | undefined;
  firstWordsEmail?: string | undefined;
  confidence: Confidence;
  customerSays: readonly string[];
  tags: readonly string[];
  audience: readonly string[];
}

interface ModuleFields {
  title: string;
  summary: string;
  audience: readonly string[];
}

/** A playbook's filter values; the category is left out when it has no title. */
export function playbookFilters(
  playbook: Pick<PlaybookFields, 'confidence' | 'audience'>,
  categoryTitle: string | undefined,
): SearchFilters {
  return {
    ...(categoryTitle === undefined ? {} : { category: [categoryTitle] }),
    audience: playbook.audience,
    confidence: [playbook.confidence],
    type: ['playbook'],
  };
}

/** What a playbook page tells search; `alsoSearchedAs` are its synonyms (src/search/synonyms.ts). */
export function playbookSearchData(
  playbook: PlaybookFields,
  categoryTitle: string | undefined,
  alsoSearchedAs: readonly string[],
): PageSearchData {
  return {
    meta: {
      title: playbook.title,
      summary: playbook.summary,
      firstWords: playbook.firstWords,
      ...(playbook.firstWordsChat === undefined ? {} : { firstWordsChat: playbook.firstWordsChat }),
      ...(playbook.firstWordsEmail === undefined ? {} : { firstWordsEmail: playbook.firstWordsEmail }),
      ...(categoryTitle === undefined ? {} : { category: categoryTitle }),
      confidence: playbook.confidence,
      phrases: playbook.customerSays.join(' · '),
      synonyms: alsoSearchedAs.join(' · '),
      tags: playbook.tags.join(' · '),
    },
    filters: playbookFilters(playbook, categoryTitle),
  };
}

/** A training module's filter values. */
export function moduleFilters(module: Pick<ModuleFields, 'audience'>): SearchFilters {
  return { audience: module.audience, type: ['module'] };
}

/** What a training module page tells search. */
export function moduleSearchData(module: ModuleFields): PageSearchData {
  return { meta: { title: module.title, summary: module.summary, type: 'module' }, filters: moduleFilters(module) };
}
