// Search signals: with the site owner's consent at build time (FRONTLINE_SEARCH_SIGNALS_URL, off
// by default), each search's words, its number of results and the result opened are sent to the
// owner's collector, so contributors learn what agents look for and do not find
// (`npm run search-report`, src/search/report.ts). No identifier, no cookie, no time of day is
// sent, and words that look like personal data (numbers, addresses) are left out.

/** One search, as sent and as the report reads it. */
export interface SearchSignal {
  /** The words searched, lowercase, personal-looking words left out. */
  q: string;
  /** Results in the main list (0: nothing found). */
  results: number;
  /** The path of the result opened, or null when none was. */
  opened: string | null;
}

/** Longest words sent; a query longer than any agent types is cut. */
const MAX_SIGNAL = 100;

/**
 * The words of a search as a signal carries them: lowercase, single-spaced, without any word that
 * holds three or more digits (phone, account, card and order numbers, postcodes with them) or an
 * `@` (an email address). Names cannot be told from words; docs/deployment.md says so.
 */
export function signalWords(typed: string): string {
  return typed
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word && !word.includes('@') && (word.match(/\d/g)?.length ?? 0) < 3)
    .join(' ')
    .slice(0, MAX_SIGNAL)
    .trim();
}

/**
 * Turns what the agent does into one signal per search: a search is sent when a result is opened
 * from it, when a different search replaces it, or when the page is left. A search the agent is
 * still typing (the next one starts with it, or it starts with the next) is replaced, not sent,
 * so "ref", "refu", "refund" make one signal.
 */
export class SignalRecorder {
  readonly #send: (signal: SearchSignal) => void;
  #pending: { q: string; results: number } | undefined;

  constructor(send: (signal: SearchSignal) => void) {
    this.#send = send;
  }

  /** A search was answered with `results` results. */
  searched(typed: string, results: number): void {
    const q = signalWords(typed);
    const pending = this.#pending;
    if (pending && pending.q !== q && !q.startsWith(pending.q) && !pending.q.startsWith(q)) this.leave();
    this.#pending = q ? { q, results } : undefined;
  }

  /** A result of the latest search was opened. */
  opened(path: string): void {
    if (!this.#pending) return;
    this.#send({ ...this.#pending, opened: path });
    this.#pending = undefined;
  }

  /** The search was left without opening anything (a new search, or the page closed). */
  leave(): void {
    if (!this.#pending) return;
    this.#send({ ...this.#pending, opened: null });
    this.#pending = undefined;
  }
}

/** Where a configured collector may be: https, or http on this machine (for tests and local collectors). */
export function signalsOrigin(url: string | undefined): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      `FRONTLINE_SEARCH_SIGNALS_URL is not a URL: "${url}". Set it to the collector's full address, e.g. https://signals.example.org/frontline, or leave it unset.`,
    );
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local))
    throw new Error(`FRONTLINE_SEARCH_SIGNALS_URL must be an https address (http only on localhost): "${url}".`);
  if (parsed.username || parsed.password)
    throw new Error(`FRONTLINE_SEARCH_SIGNALS_URL must not carry a user name or password: every reader's browser would see them.`);
  return parsed.origin;
}
