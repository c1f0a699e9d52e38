// Pagefind writes one fragment per page: its URL, metadata, filters, section anchors and the whole
// text of the page. The text is there for Pagefind's excerpts, which Frontline never shows (a
// result shows the page's own summary and "say" line, from its metadata), yet it is two thirds of
// every fragment a search fetches. The build reads each fragment once, for the vocabulary, and
// writes it back without the text.
import { gunzipSync, gzipSync } from 'node:zlib';

/** Pagefind's mark at the start of each of its files once inflated. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** What Frontline reads of a fragment; Pagefind's other fields pass through untouched. */
export interface Fragment {
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  [field: string]: unknown;
}

/** A fragment file's fields, from its gzip-compressed bytes. */
export function readFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  const fragment = JSON.parse(text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text) as Partial<Fragment>;
  return { ...fragment, content: fragment.content ?? '', meta: fragment.meta ?? {}, filters: fragment.filters ?? {} };
}

/**
 * The fragment file without the page's text. `content` stays, empty: Pagefind reads it as a string
 * to build an excerpt, and an empty one gives an empty excerpt. Section anchors keep their own
 * text and word positions, so a result still links to its best section.
 */
export function fragmentWithoutText(fragment: Fragment): Buffer {
  return gzipSync(`${PAGEFIND_SIGNATURE}${JSON.stringify({ ...fragment, content: '' })}`);
}
