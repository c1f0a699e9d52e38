// The search worker: Pagefind, the ranking, the word fallback and corrections, and the shaping of
// the first results all run here, off the page's thread, so typing never waits for a search. The
// page (search.ts) posts each search box's calls (worker-protocol.ts) and gets one plain reply per
// call. Each box has its own searcher; they share one engine, as boxes on a page did.
import { forgetEngines } from './pagefind.ts';
import type { Searcher } from './searcher.ts';
import { siteSearcher } from './site-searcher.ts';
import { isCallMessage, replyTo } from './worker-protocol.ts';

const searchers = new Map<number, Searcher>();
function searcherFor(box: number): Searcher {
  let searcher = searchers.get(box);
  if (!searcher) {
    searcher = siteSearcher(import.meta.env.BASE_URL);
    searchers.set(box, searcher);
  }
  return searcher;
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isCallMessage(event.data)) void replyTo(event.data, { searcherFor, deployed: forgetEngines }).then((reply) => postMessage(reply));
});
