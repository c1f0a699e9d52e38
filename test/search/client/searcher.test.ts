import { describe, expect, it } from 'vitest';
import { EngineSearcher } from '../../../src/search/client/searcher.ts';
import { Vocabulary } from '../../../src/search/vocabulary.ts';
import { fakeEngine, gate } from './fake-engine.ts';

const pages = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const vocabulary = new Vocabulary({ pages: 20, generic: [], categories: [], shards: {} }, async () => ({}));
const request = (typed: string) => ({ typed, filters: {}, counts: false });

describe('EngineSearcher', () => {
  it('asks the engine before the vocabulary has arrived', async () => {
    const words = fakeEngine({ port: pages('p', 3) });
    const head = gate();
    const searcher = new EngineSearcher({
      words: async () => words,
      filterIndex: async () => ({ pages: new Map(), all: async () => [] }),
      vocabulary: async () => head.opened.then(() => vocabulary),
    });
    const answer = searcher.search(1, request('port'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(words.asked.map((asked) => asked.query)).toEqual(['port']);
    head.open();
    expect((await answer)?.kind).toBe('results');
  });

  it('drops the work of a search a newer ticket has superseded, answering it with nothing', async () => {
    const words = fakeEngine({ port: pages('p', 14), rejected: ['r1'] });
    const slow = gate();
    words.held = slow.opened;
    const searcher = new EngineSearcher({
      words: async () => words,
      filterIndex: async () => ({ pages: new Map(), all: async () => [] }),
      vocabulary: async () => vocabulary,
    });
    const older = searcher.search(1, request('port'));
    const newer = searcher.search(2, request('rejected'));
    slow.open();
    expect(await older).toBeUndefined();
    expect(await newer).toEqual(expect.objectContaining({ kind: 'results', listing: { total: 1, others: 0, correctedTo: undefined } }));
  });
});
