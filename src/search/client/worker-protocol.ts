// How the page and the search worker (search-worker.ts) talk: the page calls a `Searcher` method,
// the worker runs it on that box's `EngineSearcher` and posts back exactly one reply, plain data
// only (a search's reply is its shaped first batch, never the engine's result objects). The page's
// side, `WorkerHost`, hands each box a `Searcher` that posts calls, and falls back to searching
// on the page's thread when the worker cannot start or fails. Both sides are free of the DOM, so
// they are unit-tested with a fake worker.
import type { SearchState } from '../shaping.ts';
import type { Answer, Batch, Searcher, SearchRequest } from './searcher.ts';
import type { FilterCounts, ShownResult } from './results.ts';

/** One `Searcher` method call, as data. */
export type SearchCall =
  | { method: 'ready' }
  | { method: 'search'; ticket: number; request: SearchRequest }
  | { method: 'more'; ticket: number }
  | { method: 'others'; ticket: number }
  | { method: 'counts'; ticket: number; filters: SearchState['filters'] };

/** Page → worker: a new build has taken over the page, so the engine is loaded afresh. */
export interface DeployedCall {
  method: 'deployed';
}

/** Page → worker: a call for the search box `box`, answered by the reply with the same `id`. */
export interface CallMessage {
  id: number;
  box: number;
  call: SearchCall | DeployedCall;
}

/** What the worker answers calls with: each box's searcher, and forgetting the engine after a deploy. */
export interface WorkerScope {
  searcherFor: (box: number) => Searcher;
  deployed: () => void;
}

/** Worker → page: the value the call resolved to, or why it failed. */
export type ReplyMessage = { id: number; value: unknown } | { id: number; error: string };

/** Runs a call on a searcher. */
export function callSearcher(searcher: Searcher, call: SearchCall): Promise<unknown> {
  switch (call.method) {
    case 'ready':
      return searcher.ready();
    case 'search':
      return searcher.search(call.ticket, call.request);
    case 'more':
      return searcher.more(call.ticket);
    case 'others':
      return searcher.others(call.ticket);
    case 'counts':
      return searcher.counts(call.ticket, call.filters);
  }
}

const METHODS = new Set<string>(['ready', 'search', 'more', 'others', 'counts', 'deployed']);

/** Whether a message received by the worker is a call (anything else is ignored). */
export function isCallMessage(data: unknown): data is CallMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { id, box, call } = data as Partial<CallMessage>;
  return Number.isInteger(id) && Number.isInteger(box) && typeof call === 'object' && call !== null && METHODS.has(call.method);
}

/**
 * The worker's side: the one reply to a call. A failure (a file the engine could not fetch) is
 * replied as its message, so the page's search says it is unavailable and tries again later.
 */
export async function replyTo(message: CallMessage, scope: WorkerScope): Promise<ReplyMessage> {
  const { call } = message;
  try {
    if (call.method === 'deployed') return { id: message.id, value: scope.deployed() };
    return { id: message.id, value: await callSearcher(scope.searcherFor(message.box), call) };
  } catch (error) {
    return { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What the page needs of a `Worker`. */
export interface WorkerLike {
  postMessage(message: CallMessage): void;
  addEventListener(type: 'message', listener: (event: { data: ReplyMessage }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

interface Pending {
  message: CallMessage;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The page's side: one worker for the page's search boxes, started on the first call. If it
 * cannot be started, or fails, every call waiting for it and every later call goes to the
 * page-thread searcher of its box (`fallback`), which searches the same way.
 */
export class WorkerHost {
  readonly #start: () => WorkerLike;
  readonly #fallback: (box: number) => Promise<Searcher>;
  #worker: WorkerLike | undefined;
  #failed = false;
  readonly #pending = new Map<number, Pending>();
  readonly #fallbacks = new Map<number, Promise<Searcher>>();
  #nextId = 0;

  constructor(start: () => WorkerLike, fallback: (box: number) => Promise<Searcher>) {
    this.#start = start;
    this.#fallback = fallback;
  }

  /** Whether calls go to the page's thread, the worker having failed. */
  get onPageThread(): boolean {
    return this.#failed;
  }

  /**
   * The searcher of search box `box` (any number, one per box on the page). Once its engine is
   * ready, `ready` answers at once instead of asking the worker before every search.
   */
  searcher(box: number): Searcher {
    const call = <T>(searchCall: SearchCall) => this.#call(box, searchCall) as Promise<T>;
    let ready: Promise<void> | undefined;
    return {
      ready: () =>
        (ready ??= call<undefined>({ method: 'ready' }).catch((error: unknown) => {
          ready = undefined; // a failed load is tried again by the next search
          throw error;
        })),
      search: (ticket, request) => call<Answer | undefined>({ method: 'search', ticket, request }),
      more: (ticket) => call<Batch | undefined>({ method: 'more', ticket }),
      others: (ticket) => call<ShownResult[] | undefined>({ method: 'others', ticket }),
      counts: (ticket, filters) => call<FilterCounts | undefined>({ method: 'counts', ticket, filters }),
    };
  }

  /**
   * A new build has taken over the page: the worker loads the new build's engine for the next
   * search. The worker's own script stays (the new build may no longer have it); on the page's
   * thread, pagefind.ts hears of the deploy itself.
   */
  deployed(): void {
    if (this.#worker) void this.#call(0, { method: 'deployed' }).catch(() => undefined);
  }

  #call(box: number, call: SearchCall | DeployedCall): Promise<unknown> {
    const message: CallMessage = { id: ++this.#nextId, box, call };
    return new Promise((resolve, reject) => {
      this.#pending.set(message.id, { message, resolve, reject });
      const worker = this.#workerOrUndefined();
      if (worker) worker.postMessage(message);
      else this.#onPageThread(message);
    });
  }

  #workerOrUndefined(): WorkerLike | undefined {
    if (this.#failed) return undefined;
    if (this.#worker) return this.#worker;
    let worker: WorkerLike;
    try {
      worker = this.#start();
    } catch {
      this.#failed = true; // no module workers here, or the policy refused one
      return undefined;
    }
    worker.addEventListener('message', ({ data }) => {
      if (this.#worker !== worker) return; // a worker that has failed
      const pending = this.#pending.get(data.id);
      if (!pending) return;
      this.#pending.delete(data.id);
      if ('error' in data) pending.reject(new Error(data.error));
      else pending.resolve(data.value);
    });
    const fail = () => {
      if (this.#worker !== worker) return;
      this.#failed = true;
      this.#worker = undefined;
      worker.terminate();
      for (const { message } of this.#pending.values()) this.#onPageThread(message);
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    this.#worker = worker;
    return worker;
  }

  /** Runs a call on its box's page-thread searcher and settles it as the worker's reply would. */
  #onPageThread(message: CallMessage): void {
    let searcher = this.#fallbacks.get(message.box);
    if (!searcher) {
      searcher = this.#fallback(message.box).catch((error: unknown) => {
        this.#fallbacks.delete(message.box); // a dropped connection: the next call tries again
        throw error;
      });
      this.#fallbacks.set(message.box, searcher);
    }
    void searcher
      .then((found) => (message.call.method === 'deployed' ? undefined : callSearcher(found, message.call)))
      .then(
        (value) => this.#settle(message.id, (pending) => pending.resolve(value)),
        (error: unknown) =>
          this.#settle(message.id, (pending) => pending.reject(error instanceof Error ? error : new Error(String(error)))),
      );
  }

  #settle(id: number, settle: (pending: Pending) => void): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    settle(pending);
  }
}
