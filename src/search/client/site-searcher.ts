// The site's searcher: an `EngineSearcher` on the site's own Pagefind index, filter index and
// vocabulary. The search worker creates one per search box; the page creates one itself only when
// the worker cannot start or fails (search.ts imports this file then, so pages do not ship the
// engine's code before interaction).
import { EngineSearcher, type Searcher } from './searcher.ts';
import { loadFilterIndex, loadPagefind } from './pagefind.ts';
import { loadVocabulary } from './vocabulary.ts';

export function siteSearcher(base: string): Searcher {
  return new EngineSearcher({
    words: () => loadPagefind(base),
    filterIndex: () => loadFilterIndex(base),
    vocabulary: () => loadVocabulary(base),
  });
}
