// Loads the index's vocabulary (src/search/vocabulary.ts) from the site: the small head with the
// engine, each shard only when a word needs correcting.
import { parseHead, Vocabulary, VOCABULARY_DIR } from '../vocabulary.ts';

let vocabulary: Promise<Vocabulary> | undefined;

/**
 * The vocabulary, loaded once. When its head cannot be read (a dropped connection, a site built
 * before it existed) search goes on without corrections, and the next search tries again.
 */
export function loadVocabulary(base: string): Promise<Vocabulary> {
  const read = async (file: string): Promise<unknown> => {
    const response = await fetch(`${base}${VOCABULARY_DIR}/${file}`);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return response.json();
  };
  vocabulary ??= Vocabulary.load(read).catch(() => {
    vocabulary = undefined;
    return new Vocabulary(parseHead(undefined), read);
  });
  return vocabulary;
}
