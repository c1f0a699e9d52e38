// When the search island's work runs: one search at a time, and the slower catch-ups (URL, filter
// counts) once typing pauses. Free of the DOM, so it is unit-tested with fake timers.

/**
 * Pause in typing, in milliseconds, after which the URL and the filter counts catch up with the
 * query. Counting is the slowest part of a search on a large library, and a history entry per
 * keystroke makes the browser fetch the page's icon again and again; results never wait for either.
 */
export const SETTLE_AFTER_MS = 300;

/**
 * Runs `task` one at a time: calls that arrive while it runs are answered together by one more run
 * when it ends, so fast typing never queues up work that would delay the next keystroke. The task
 * starts at once (synchronously up to its first `await`) and handles its own errors.
 */
export function oneAtATime(task: () => Promise<void>): () => Promise<void> {
  let running = false;
  let pending = false;
  return async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await task();
      } while (pending);
    } finally {
      running = false;
    }
  };
}

/** A call made once `ms` have passed without a newer `restart`; `cancel` drops the waiting call. */
export class PauseTimer {
  readonly #ms: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(ms: number) {
    this.#ms = ms;
  }

  restart(call: () => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(call, this.#ms);
  }

  cancel(): void {
    clearTimeout(this.#timer);
  }
}
