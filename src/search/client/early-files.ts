// Pagefind's start is a chain: its script is fetched and run, then it asks for its entry file, and
// only once that has arrived for the page metadata and the wasm the entry names. Each link waits
// for the one before, and the first query waits for the whole chain. `EarlyFiles` asks for the
// entry file the moment the engine is wanted, beside the script, and for the metadata and wasm as
// soon as the entry names them; Pagefind's own requests for those files are answered with the
// responses already on their way, so nothing is fetched twice.

type Fetch = typeof fetch;

/** What Pagefind's entry file says about each language's index. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/**
 * The files Pagefind's start reads after its entry file: the page metadata and the wasm of the
 * index. Only for an index of one language (Frontline's: the build forces English); with several,
 * which one Pagefind picks depends on the page, and nothing is fetched early.
 */
export function filesNamedBy(entry: PagefindEntry, pagefindFolder: string): string[] {
  const languages = Object.values(entry.languages);
  const language = languages[0];
  if (languages.length !== 1 || !language) return [];
  return [`${pagefindFolder}pagefind.${language.hash}.pf_meta`, `${pagefindFolder}wasm.${language.wasm ?? 'unknown'}.pagefind`];
}

/** Requests started early, by path: each is handed to the first request for its path, once. */
export class EarlyFiles {
  readonly #fetch: Fetch;
  readonly #page: string;
  readonly #started = new Map<string, Promise<Response>>();
  /** The path of Pagefind's folder, once started: only requests in it wait for the entry file. */
  #folder: string | undefined;
  /** Settles once the entry file has named the files to fetch early (or could not be read). */
  #named: Promise<void> = Promise.resolve();

  constructor(original: Fetch, page: string) {
    this.#fetch = original;
    this.#page = page;
  }

  /** Asks for Pagefind's entry file in `pagefindFolder`, then for the files it names. */
  start(pagefindFolder: string): void {
    this.#folder = this.#path(pagefindFolder);
    // A fresh entry file, as Pagefind asks for it: after a deploy it names the new index.
    const entry = this.#fetch(`${pagefindFolder}pagefind-entry.json?ts=${Date.now()}`);
    this.#started.set(this.#path(`${pagefindFolder}pagefind-entry.json`), entry);
    this.#named = entry
      .then(async (response) => (response.ok ? ((await response.clone().json()) as PagefindEntry) : undefined))
      .then((named) => {
        for (const url of named ? filesNamedBy(named, pagefindFolder) : []) this.#started.set(this.#path(url), this.#fetch(url));
      })
      .catch(() => undefined);
  }

  /**
   * A `fetch` that answers a request for a file asked for early with that response, the first
   * time, and passes everything else to the original `fetch`. A request in Pagefind's folder waits
   * for the entry file to be read first, so a file it names is never asked for twice.
   */
  readonly fetch: Fetch = async (input, init) => {
    const path = this.#path(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (this.#folder && path.startsWith(this.#folder)) await this.#named;
    const early = this.#started.get(path);
    if (!early) return this.#fetch(input, init);
    this.#started.delete(path);
    return early;
  };

  #path(url: string): string {
    return new URL(url, this.#page).pathname;
  }
}
