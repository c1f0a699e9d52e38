// The index's own vocabulary, written beside Pagefind's index at build time (src/search/build-index.ts):
// every word the indexed pages contain, with the number of pages it is on. The browser reads it to
// correct a misspelt word (src/search/typos.ts), to offer near words when nothing is found, and to
// leave words on most pages out of the highlighting. A small head file names the shards, one per
// first letter, so a correction loads only the words that start like the typed one.
import { correctionFor, firstLetterCorrection, isKnown, suggestionsFor, type VocabularyWord } from './typos.ts';

/** The folder in the built site, beside `pagefind/`. */
export const VOCABULARY_DIR = 'search-vocabulary';
/** The head's file name; the shards' names carry their content's hash, so they can be cached for good. */
export const VOCABULARY_HEAD = 'head.json';

/**
 * A word on at least this share of the pages says nothing about any one of them ("customer",
 * "another"): it is not highlighted on the page a result opens. Three quarters, not half: in a
 * small library a page's own subject ("callback" on 11 of 17 pages) passes half.
 */
export const GENERIC_SHARE = 0.75;
/**
 * A word this long or longer whose own shard has no near word is looked for in every shard: with
 * fewer letters, a first-letter change lands on too many other words.
 */
const MIN_FIRST_LETTER_TYPO = 5;
/** Below this many pages every word is on a large share of them: none is called generic. */
const GENERIC_MIN_PAGES = 4;

export interface VocabularyHead {
  /** Pages in the index. */
  pages: number;
  /** Words on at least `GENERIC_SHARE` of the pages, sorted. */
  generic: string[];
  /** The category filter's values and their page counts, to browse when a search finds nothing. */
  categories: [title: string, pages: number][];
  /** Shard file per first letter (`shardOf`). */
  shards: Record<string, string>;
  /** The file of which pages carry which filter value (src/search/page-filters.ts), once the build has written it. */
  filters?: string;
}

/** One shard: its words, sorted, and the pages each is on. */
export interface VocabularyShard {
  words: string[];
  pages: number[];
}

/** What the build reads from each of Pagefind's page fragments. */
export interface IndexedPage {
  /** The index's id for the page: its fragment's file name. */
  id: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Metadata that is a label, not words anyone searches for. */
const UNSEARCHED_META = new Set(['confidence', 'type', 'image', 'image_alt']);
const MIN_WORD = 3;
const MAX_WORD = 24;

/** The words of a text as the vocabulary keeps them: lowercase letters only, 3 to 24 of them. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= MIN_WORD && word.length <= MAX_WORD);
}

/** The shard a word is in: its first letter, or `u` and the code point for a letter outside a–z. */
export function shardOf(word: string): string {
  const first = word.codePointAt(0) ?? 0;
  const letter = String.fromCodePoint(first);
  return /^[a-z]$/.test(letter) ? letter : `u${first.toString(16)}`;
}

/** Builds the head and the shards; `fileName(shard, json)` names a shard's file. */
export function buildVocabulary(
  pages: readonly IndexedPage[],
  fileName: (shard: string, json: string) => string,
): { head: VocabularyHead; files: Map<string, string> } {
  const counts = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const page of pages) {
    const text = [
      page.content,
      ...Object.entries(page.meta)
        .filter(([key]) => !UNSEARCHED_META.has(key))
        .map(([, value]) => value),
    ].join(' ');
    for (const word of new Set(wordsOf(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const category of page.filters['category'] ?? []) categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  const sorted = [...counts.keys()].sort();
  const byShard = new Map<string, VocabularyShard>();
  for (const word of sorted) {
    const key = shardOf(word);
    const shard = byShard.get(key) ?? { words: [], pages: [] };
    shard.words.push(word);
    shard.pages.push(counts.get(word) ?? 0);
    byShard.set(key, shard);
  }
  const files = new Map<string, string>();
  const shards: Record<string, string> = {};
  for (const [key, shard] of byShard) {
    const json = JSON.stringify(shard);
    const name = fileName(key, json);
    files.set(name, json);
    shards[key] = name;
  }
  const generic = pages.length < GENERIC_MIN_PAGES ? [] : sorted.filter((word) => (counts.get(word) ?? 0) >= GENERIC_SHARE * pages.length);
  const head: VocabularyHead = {
    pages: pages.length,
    generic,
    categories: [...categories.entries()].sort(([a], [b]) => a.localeCompare(b)),
    shards,
  };
  return { head, files };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file the head may name: a plain name and its content's hash, nothing that leaves the folder. */
const HASHED_FILE = /^[a-z0-9]+\.[a-z0-9]+\.json$/;

/** Reads a head file leniently: anything malformed reads as an empty vocabulary, never a failure. */
export function parseHead(value: unknown): VocabularyHead {
  const empty: VocabularyHead = { pages: 0, generic: [], categories: [], shards: {} };
  if (!isRecord(value)) return empty;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
  const categories = Array.isArray(value['categories'])
    ? value['categories'].filter(
        (entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && Number.isInteger(entry[1]),
      )
    : [];
  const shards = isRecord(value['shards'])
    ? Object.fromEntries(
        Object.entries(value['shards']).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && HASHED_FILE.test(entry[1]),
        ),
      )
    : {};
  const filters = value['filters'];
  return {
    pages: Number.isInteger(value['pages']) ? (value['pages'] as number) : 0,
    generic: strings(value['generic']),
    categories,
    shards,
    ...(typeof filters === 'string' && HASHED_FILE.test(filters) ? { filters } : {}),
  };
}

/** Reads a shard leniently into words and page counts; a malformed one reads as no words. */
export function parseShard(value: unknown): VocabularyWord[] {
  if (!isRecord(value) || !Array.isArray(value['words']) || !Array.isArray(value['pages'])) return [];
  const pages = value['pages'];
  return value['words'].flatMap((word, index) => {
    const count: unknown = pages[index];
    return typeof word === 'string' && typeof count === 'number' ? [{ word, pages: count }] : [];
  });
}

/**
 * The vocabulary as search uses it, reading its files through `read` (a fetch in the browser, the
 * file system in tests): the head once, each shard when a word starting with its letter needs it.
 */
export class Vocabulary {
  readonly head: VocabularyHead;
  readonly #read: (file: string) => Promise<unknown>;
  readonly #shards = new Map<string, Promise<VocabularyWord[]>>();
  readonly #generic: ReadonlySet<string>;

  constructor(head: VocabularyHead, read: (file: string) => Promise<unknown>) {
    this.head = head;
    this.#read = read;
    this.#generic = new Set(head.generic);
  }

  static async load(read: (file: string) => Promise<unknown>): Promise<Vocabulary> {
    return new Vocabulary(parseHead(await read(VOCABULARY_HEAD)), read);
  }

  /** Whether a word is on so many pages that it says nothing about one (`GENERIC_SHARE`). */
  isGeneric(word: string): boolean {
    return this.#generic.has(word.toLowerCase());
  }

  /** The words that start with the same letter as `word`; none when the library has none (or the shard fails to load). */
  wordsLike(word: string): Promise<VocabularyWord[]> {
    return this.#shard(shardOf(word.toLowerCase()));
  }

  /** One shard's words, read once; none when the library has no such shard or it fails to load. */
  async #shard(key: string): Promise<VocabularyWord[]> {
    const file = this.head.shards[key];
    if (file === undefined) return [];
    let shard = this.#shards.get(key);
    if (!shard) {
      shard = this.#read(file).then(parseShard, () => {
        this.#shards.delete(key); // a dropped connection is retried on the next search
        return [];
      });
      this.#shards.set(key, shard);
    }
    return shard;
  }

  /**
   * A correction for each word the library does not use (no word of it starts so) that has one
   * near enough. Asked of the vocabulary, not of the engine: Pagefind shortens a word it does not
   * know until something matches ("refnud" finds pages with "ref…"), so its answers cannot tell.
   */
  async corrections(words: readonly string[]): Promise<Map<string, string>> {
    const found = await Promise.all(words.map(async (word) => [word, await this.#correction(word)] as const));
    return new Map(found.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
  }

  /**
   * The nearest word in the typed word's own shard; failing that, a word one slip at the start away
   * in any shard ("efund", "tefund", "erfund" → "refund"), which its own shard cannot hold. Only
   * that slip, not any near word: gibberish stays uncorrected. Every shard is read
   * only then, once: a few KB even at 5,000 playbooks (docs/benchmarks.md).
   */
  async #correction(word: string): Promise<string | undefined> {
    const like = await this.wordsLike(word);
    if (isKnown(word, like)) return undefined;
    const near = like.length ? correctionFor(word, like) : undefined;
    if (near !== undefined || word.length < MIN_FIRST_LETTER_TYPO) return near;
    return firstLetterCorrection(word, (await Promise.all(Object.keys(this.head.shards).map((key) => this.#shard(key)))).flat());
  }

  /** Words to offer when nothing is found: the nearest to each typed word, at most `limit` in all. */
  async suggestions(words: readonly string[], limit: number): Promise<string[]> {
    const near = await Promise.all(words.map(async (word) => suggestionsFor(word, await this.wordsLike(word), limit)));
    return [...new Set(near.flat())].slice(0, limit);
  }
}
