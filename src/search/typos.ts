// Typo tolerance from the index's own vocabulary (src/search/vocabulary.ts writes it at build
// time). Pagefind matches words by prefix and stem but never forgives a misspelling (its issue
// #45), so a word that finds nothing is replaced by the nearest word the library actually uses.

/** One word of the vocabulary and the number of pages it is on. */
export interface VocabularyWord {
  word: string;
  pages: number;
}

/**
 * Edits between two words (insert, delete, substitute, or swap two neighbours: the optimal string
 * alignment distance), or `limit + 1` as soon as it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * How many edits a correction may make: none below 4 letters (too many short words are one edit
 * apart), one up to 7 letters ("refnud", "calback", "supervsor" are all one), two from 8. A word
 * the library does not use at all ("roaming") must not become a different word two edits away.
 */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/** Whether the library uses a word that starts with `word` (Pagefind finds words by their start). */
export function isKnown(word: string, vocabulary: readonly VocabularyWord[]): boolean {
  const typed = word.toLowerCase();
  return vocabulary.some((entry) => entry.word.startsWith(typed));
}

/**
 * The vocabulary's words nearest to `word`, fewest edits first, then the most used, then
 * alphabetically, at most `limit` of them and none more than `maxEdits` away.
 */
export function nearestWords(word: string, vocabulary: readonly VocabularyWord[], maxEdits: number, limit: number): VocabularyWord[] {
  const typed = word.toLowerCase();
  return vocabulary
    .filter((entry) => entry.word !== typed)
    .map((entry) => ({ entry, edits: editDistance(typed, entry.word, maxEdits) }))
    .filter(({ edits }) => edits <= maxEdits)
    .sort((a, b) => a.edits - b.edits || b.entry.pages - a.entry.pages || a.entry.word.localeCompare(b.entry.word))
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** The word to search for in place of a misspelt one, or undefined when none is near enough. */
export function correctionFor(word: string, vocabulary: readonly VocabularyWord[]): string | undefined {
  return nearestWords(word, vocabulary, allowedEdits(word), 1)[0]?.word;
}

/**
 * Whether `typed` is `word` with one slip at its start, where a shard by first letter cannot see
 * it: the first letter changed, left out, doubled by another, or swapped with the second.
 */
export function differsOnlyAtStart(typed: string, word: string): boolean {
  if (typed === word) return false;
  return (
    (typed.length === word.length && typed.slice(1) === word.slice(1)) ||
    typed === word.slice(1) ||
    typed.slice(1) === word ||
    (typed.length > 2 && `${typed[1]}${typed[0]}${typed.slice(2)}` === word)
  );
}

/** The most used word `typed` is one slip at the start away from ("efund" → "refund"), if any. */
export function firstLetterCorrection(typed: string, vocabulary: readonly VocabularyWord[]): string | undefined {
  const word = typed.toLowerCase();
  return vocabulary
    .filter((entry) => differsOnlyAtStart(word, entry.word))
    .sort((a, b) => b.pages - a.pages || a.word.localeCompare(b.word))[0]?.word;
}

/**
 * Words to offer when a search finds nothing: the nearest ones within a wider reach than a
 * correction's (half the word's letters, at least two edits), so there is something to try.
 */
export function suggestionsFor(word: string, vocabulary: readonly VocabularyWord[], limit: number): string[] {
  return nearestWords(word, vocabulary, Math.max(2, Math.ceil(word.length / 2)), limit).map((entry) => entry.word);
}

/** The agent's words with each corrected word replaced, to show as "Showing results for …". */
export function correctedText(typed: string, corrections: ReadonlyMap<string, string>): string {
  return typed
    .trim()
    .split(/\s+/)
    .map((word) => corrections.get(word.toLowerCase()) ?? word)
    .join(' ');
}
