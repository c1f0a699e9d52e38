import type { SynonymGroup } from '../schemas/synonyms.ts';

function mentions(haystack: string, term: string): boolean {
  const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words only, in any script: "ve" is not found inside "résumé", nor "port" in "portal".
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * The extra words a playbook should be found by: every group (agent word + customer words) that
 * the playbook already mentions in `texts` contributes its other words. Done at build time, so
 * search needs no query rewriting in the browser.
 */
export function synonymsFor(texts: string[], groups: SynonymGroup[]): string[] {
  const haystack = texts.join(' \n ').toLowerCase();
  const extra = new Set<string>();
  for (const group of groups) {
    const words = [group.id, ...group.terms];
    if (words.some((word) => mentions(haystack, word))) for (const word of words) if (!mentions(haystack, word)) extra.add(word);
  }
  return [...extra].sort();
}
