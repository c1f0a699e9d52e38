import { describe, expect, it } from 'vitest';
import { EngineSearcher, type Searcher } from '../../../src/search/client/searcher.ts';
import {
  isCallMessage,
  replyTo,
  WorkerHost,
  type CallMessage,
  type ReplyMessage,
  type WorkerLike,
} from '../../../src/search/client/worker-protocol.ts';
import { Vocabulary } from '../../../src/search/vocabulary.ts';
import { fakeEngine } from './fake-engine.ts';

const pages = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const vocabulary = new Vocabulary({ pages: 20, generic: [], categories: [['Porting', 4]], shards: {} }, async () => ({}));

function engineSearcher(words = fakeEngine({ port: pages('p', 14) })): EngineSearcher {
  return new EngineSearcher({
    words: async () => words,
    filterIndex: async () => ({ pages: new Map(), all: async () => [] }),
    vocabulary: async () => vocabulary,
  });
}

/**
 * A worker on the same thread: each message is copied as `postMessage` copies it (structured
 * clone, so anything that is not plain data fails) and answered by `replyTo`, as search-worker.ts does.
 */
function fakeWorker(searcherFor: (box: number) => Searcher) {
  const listeners: Record<string, ((event: { data: ReplyMessage }) => void)[]> = {};
  const received: CallMessage[] = [];
  const worker = {
    received,
    deploys: [] as number[],
    terminated: false,
    postMessage(message: CallMessage) {
      const copy = structuredClone(message);
      received.push(copy);
      void replyTo(copy, { searcherFor, deployed: () => worker.deploys.push(copy.id) }).then((reply) => {
        if (!worker.terminated) for (const listener of listeners['message'] ?? []) listener({ data: structuredClone(reply) });
      });
    },
    addEventListener(type: string, listener: (event: { data: ReplyMessage }) => void) {
      (listeners[type] ??= []).push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    /** The worker fails, as when its script cannot load. */
    fail() {
      for (const listener of listeners['error'] ?? []) listener({ data: { id: 0, error: '' } });
    },
  };
  return worker satisfies WorkerLike;
}

const request = (typed: string) => ({ typed, filters: {}, counts: false });

describe('the search worker protocol', () => {
  it('answers a search with one plain message: the first six results shaped, and what the list says', async () => {
    const host = new WorkerHost(
      () => fakeWorker(() => engineSearcher()),
      async () => engineSearcher(),
    );
    const answer = await host.searcher(0).search(1, request('port'));
    expect(answer).toEqual({
      kind: 'results',
      results: pages('p', 6).map((id) => ({ url: `/playbooks/${id}/?highlight=port`, meta: { title: id }, section: undefined })),
      listing: { total: 10, others: 4, correctedTo: undefined },
      counts: undefined,
    });
  });

  it('gives a batch only for the current ticket: "Show more" of an older search adds nothing', async () => {
    const inWorker = engineSearcher();
    const host = new WorkerHost(
      () => fakeWorker(() => inWorker),
      async () => engineSearcher(),
    );
    const searcher = host.searcher(0);
    await searcher.search(1, request('port'));
    expect(await searcher.more(1)).toEqual(expect.objectContaining({ total: 10, shown: 10 }));
    await searcher.search(2, request('port'));
    expect(await searcher.more(1)).toBeUndefined();
    expect(await searcher.others(1)).toBeUndefined();
  });

  it('keeps one searcher per search box in the worker', async () => {
    const boxes = new Map<number, Searcher>();
    const searcherFor = (box: number) => {
      const searcher = boxes.get(box) ?? engineSearcher();
      boxes.set(box, searcher);
      return searcher;
    };
    const host = new WorkerHost(
      () => fakeWorker(searcherFor),
      async () => engineSearcher(),
    );
    await host.searcher(0).search(1, request('port'));
    await host.searcher(1).search(1, request('port'));
    expect([...boxes.keys()]).toEqual([0, 1]);
  });

  it('replies with the reason when a call fails, and the page rejects that call', async () => {
    const failing = engineSearcher();
    failing.search = async () => {
      throw new Error('pagefind/index/en_1.pf_index: 404');
    };
    const scope = { searcherFor: () => failing, deployed: () => {} };
    expect(await replyTo({ id: 7, box: 0, call: { method: 'search', ticket: 1, request: request('port') } }, scope)).toEqual({
      id: 7,
      error: 'pagefind/index/en_1.pf_index: 404',
    });
    const host = new WorkerHost(
      () => fakeWorker(() => failing),
      async () => engineSearcher(),
    );
    await expect(host.searcher(0).search(1, request('port'))).rejects.toThrow('pagefind/index/en_1.pf_index: 404');
  });

  it('ignores messages that are not calls', () => {
    expect(isCallMessage({ id: 1, box: 0, call: { method: 'search', ticket: 1, request: request('port') } })).toBe(true);
    expect(isCallMessage({ id: 1, box: 0, call: { method: 'eval' } })).toBe(false);
    expect(isCallMessage({ box: 0, call: { method: 'ready' } })).toBe(false);
    expect(isCallMessage('ready')).toBe(false);
  });

  it('searches on the page thread when the worker cannot start', async () => {
    const fallbacks: number[] = [];
    const host = new WorkerHost(
      () => {
        throw new TypeError('Module scripts are not supported in workers');
      },
      async (box) => {
        fallbacks.push(box);
        return engineSearcher();
      },
    );
    expect((await host.searcher(0).search(1, request('port')))?.kind).toBe('results');
    expect(fallbacks).toEqual([0]);
    expect(host.onPageThread).toBe(true);
  });

  it('asks the page thread again for the calls a failing worker left unanswered, and sends it every later call', async () => {
    const silent = fakeWorker(() => {
      throw new Error('never asked');
    });
    silent.postMessage = (message) => void silent.received.push(message); // never answers
    const host = new WorkerHost(
      () => silent,
      async () => engineSearcher(),
    );
    const waiting = host.searcher(0).search(1, request('port'));
    silent.fail();
    expect((await waiting)?.kind).toBe('results');
    expect(await host.searcher(0).more(1)).toEqual(expect.objectContaining({ shown: 10 }));
    expect(silent.received).toHaveLength(1);
    expect(silent.terminated).toBe(true);
  });

  it("tells the worker of a deploy, which keeps its script and loads the new build's engine", async () => {
    const started: ReturnType<typeof fakeWorker>[] = [];
    const inWorker = engineSearcher();
    const host = new WorkerHost(
      () => {
        const worker = fakeWorker(() => inWorker);
        started.push(worker);
        return worker;
      },
      async () => engineSearcher(),
    );
    await host.searcher(0).search(1, request('port'));
    host.deployed();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toHaveLength(1);
    expect(started[0]?.deploys).toHaveLength(1);
    expect((await host.searcher(0).search(2, request('port')))?.kind).toBe('results');
  });

  it('asks the worker whether the engine is ready once, not before every search', async () => {
    const inWorker = engineSearcher();
    const worker = fakeWorker(() => inWorker);
    const searcher = new WorkerHost(
      () => worker,
      async () => engineSearcher(),
    ).searcher(0);
    await searcher.ready();
    await searcher.ready();
    await searcher.search(1, request('port'));
    expect(worker.received.map((message) => message.call.method)).toEqual(['ready', 'search']);
  });
});
