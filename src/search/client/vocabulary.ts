// Loads the index's vocabulary (src/search/vocabulary.ts) from the site: the small head with the
// engine, each shard only when a word needs correcting.
import type { PageFilters } from '../facets.ts';
import { parsePageFilters } from '../page-filters.ts';
import { parseHead, Vocabulary, VOCABULARY_DIR } from '../vocabulary.ts';

let vocabulary: Promise<Vocabulary> | undefined;

/** After a deploy the head names the new build's files; the old ones are gone (see `forgetEngines`). */
export function forgetVocabulary(): void {
  vocabulary = undefined;
}

async function readFile(base: string, file: string): Promise<unknown> {
  const response = await fetch(`${base}${VOCABULARY_DIR}/${file}`);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.json();
}

/**
 * The vocabulary, loaded once. When its head cannot be read (a dropped connection, a site built
 * before it existed) search goes on without corrections, and the next search tries again.
 */
export function loadVocabulary(base: string): Promise<Vocabulary> {
  const read = (file: string) => readFile(base, file);
  vocabulary ??= Vocabulary.load(read).catch(() => {
    vocabulary = undefined;
    return new Vocabulary(parseHead(undefined), read);
  });
  return vocabulary;
}

/**
 * Which pages carry which filter value, from the file the head names (src/search/page-filters.ts);
 * undefined when the head names none or the file is not one, so the engine is asked instead. A
 * failed fetch throws, and the next call tries again.
 */
export async function readPageFilters(base: string): Promise<PageFilters | undefined> {
  const file = (await loadVocabulary(base)).head.filters;
  return file === undefined ? undefined : parsePageFilters(await readFile(base, file));
}
