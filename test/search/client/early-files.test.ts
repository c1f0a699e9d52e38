import { describe, expect, it, vi } from 'vitest';
import { EarlyFiles, filesNamedBy } from '../../../src/search/client/early-files.ts';

const PAGE = 'https://example.org/frontline/';
const FOLDER = '/frontline/pagefind/';
const ENTRY = { languages: { en: { hash: 'en_5e6f', wasm: 'en', page_count: 46 } } };

/** A fake `fetch` that records each path asked for and answers the entry file with `entry`. */
function fakeFetch(entry: unknown = ENTRY) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), PAGE);
    asked.push(`${url.pathname}${url.search.startsWith('?ts=') ? '?ts' : url.search}`);
    return url.pathname.endsWith('pagefind-entry.json') ? Response.json(entry) : new Response(url.pathname);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, asked };
}

describe('filesNamedBy', () => {
  it('names the page metadata and the wasm of an index of one language', () => {
    expect(filesNamedBy(ENTRY, FOLDER)).toEqual(['/frontline/pagefind/pagefind.en_5e6f.pf_meta', '/frontline/pagefind/wasm.en.pagefind']);
  });

  it('names nothing when the index has several languages, since the page decides which one Pagefind reads', () => {
    const two = { languages: { ...ENTRY.languages, fr: { hash: 'fr_1a2b', wasm: 'fr', page_count: 3 } } };
    expect(filesNamedBy(two, FOLDER)).toEqual([]);
  });
});

describe('EarlyFiles', () => {
  it('asks for the entry file, then for the metadata and wasm it names, before Pagefind asks for any', async () => {
    const { fetch, asked } = fakeFetch();
    const early = new EarlyFiles(fetch, PAGE);
    early.start(FOLDER);
    await early.fetch('/frontline/search-vocabulary/head.json');
    await vi.waitFor(() => expect(asked).toHaveLength(4));
    expect(asked).toEqual([
      '/frontline/pagefind/pagefind-entry.json?ts',
      '/frontline/search-vocabulary/head.json',
      '/frontline/pagefind/pagefind.en_5e6f.pf_meta',
      '/frontline/pagefind/wasm.en.pagefind',
    ]);
  });

  it('answers Pagefind’s requests for those files with the early responses, so none is fetched twice', async () => {
    const { fetch, asked } = fakeFetch();
    const early = new EarlyFiles(fetch, PAGE);
    early.start(FOLDER);
    const entry = (await (await early.fetch(`${FOLDER}pagefind-entry.json?ts=123`)).json()) as unknown;
    const meta = await (await early.fetch(`${FOLDER}pagefind.en_5e6f.pf_meta`)).text();
    const wasm = await (await early.fetch(`https://example.org${FOLDER}wasm.en.pagefind`)).text();
    expect({ entry, meta, wasm }).toEqual({ entry: ENTRY, meta: `${FOLDER}pagefind.en_5e6f.pf_meta`, wasm: `${FOLDER}wasm.en.pagefind` });
    expect(asked).toHaveLength(3);
  });

  it('hands each early response out once: a second request for the same file is fetched again', async () => {
    const { fetch, asked } = fakeFetch();
    const early = new EarlyFiles(fetch, PAGE);
    early.start(FOLDER);
    await early.fetch(`${FOLDER}pagefind.en_5e6f.pf_meta`);
    await early.fetch(`${FOLDER}pagefind.en_5e6f.pf_meta`);
    expect(asked.filter((path) => path.endsWith('.pf_meta'))).toHaveLength(2);
  });

  it('fetches nothing more when the entry file cannot be read, and Pagefind’s requests still go out', async () => {
    const { fetch, asked } = fakeFetch('not an entry');
    const early = new EarlyFiles(fetch, PAGE);
    early.start(FOLDER);
    const response = await early.fetch(`${FOLDER}index/en_1a2b.pf_index`);
    expect(await response.text()).toBe(`${FOLDER}index/en_1a2b.pf_index`);
    expect(asked).toEqual(['/frontline/pagefind/pagefind-entry.json?ts', '/frontline/pagefind/index/en_1a2b.pf_index']);
  });

  it('passes every request straight through when never started', async () => {
    const { fetch, asked } = fakeFetch();
    const early = new EarlyFiles(fetch, PAGE);
    await early.fetch(`${FOLDER}pagefind.en_5e6f.pf_meta`);
    expect(asked).toEqual(['/frontline/pagefind/pagefind.en_5e6f.pf_meta']);
  });
});
