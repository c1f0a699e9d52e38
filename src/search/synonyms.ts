import type { SynonymGroup } from '../schemas/synonyms.ts';

function mentions(haystack: string, term: string): boolean {
  const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words only, in any script: "ve" is not found inside "résumé", nor "port" in "portal".
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

const wordsOf = (group: SynonymGroup) => [group.id, ...group.terms];

/**
 * Whether a group's word is also part of another group's longer words: "transfer" is a hand-off
 * word, and it is in "number transfer", a porting word. Such a word alone does not say which the
 * page is about.
 */
function isShared(word: string, group: SynonymGroup, groups: readonly SynonymGroup[]): boolean {
  return groups.some(
    (other) => other !== group && wordsOf(other).some((longer) => longer !== word && mentions(longer.toLowerCase(), word)),
  );
}

/**
 * The extra words a playbook should be found by: every group (agent word + customer words) that
 * the playbook mentions in `texts` contributes its other words. A group counts as mentioned by one
 * of its words that no other group shares (`isShared`), or by two of its words: the porting page's
 * "transfer pin" does not make it a hand-off page. Done at build time, so search needs no query
 * rewriting in the browser, and the page lists these words as "Also found by".
 */
export function synonymsFor(texts: string[], groups: SynonymGroup[]): string[] {
  const haystack = texts.join(' \n ').toLowerCase();
  const extra = new Set<string>();
  for (const group of groups) {
    const words = wordsOf(group);
    const found = words.filter((word) => mentions(haystack, word));
    const belongs = found.length >= 2 || found.some((word) => !isShared(word, group, groups));
    if (belongs) for (const word of words) if (!found.includes(word)) extra.add(word);
  }
  return [...extra].sort();
}
