import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { inflated, inflatingFetch, isCompressedByPagefind, isPagefindFile } from '../../../src/search/client/pagefind-inflate.ts';

const PAGE = 'https://example.org/frontline/?q=port';
// Pagefind's files start with this signature once inflated.
const INFLATED = new TextEncoder().encode('pagefind_dcd{"url":"/playbooks/porting/"}');

async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

describe('isPagefindFile', () => {
  it.each([
    '/frontline/pagefind/index/en_1a2b.pf_index',
    '/frontline/pagefind/fragment/en_3c4d.pf_fragment',
    'https://example.org/frontline/pagefind/pagefind.en_5e6f.pf_meta',
    '/frontline/pagefind/filter/en_7a8b.pf_filter',
    '/frontline/pagefind/wasm.en.pagefind',
  ])('recognises the compressed Pagefind file %s', (url) => {
    expect(isPagefindFile(url, '/frontline/', PAGE)).toBe(true);
  });

  it.each([
    '/frontline/pagefind/pagefind.js',
    '/frontline/pagefind/pagefind-entry.json?ts=1',
    '/frontline/playbooks/porting/',
    '/pagefind/fragment/en_3c4d.pf_fragment',
    'https://example.org/frontline/playbooks/wasm.en.pagefind',
  ])('leaves %s alone: not a compressed file in this site’s Pagefind folder', (url) => {
    expect(isPagefindFile(url, '/frontline/', PAGE)).toBe(false);
  });
});

describe('isCompressedByPagefind', () => {
  it('names the file kinds Pagefind writes gzip-compressed, and not its script or entry file', () => {
    const paths = [
      'index/en_1.pf_index',
      'fragment/en_2.pf_fragment',
      'pagefind.en_3.pf_meta',
      'filter/en_4.pf_filter',
      'wasm.en.pagefind',
    ];
    expect(paths.filter(isCompressedByPagefind)).toEqual(paths);
    expect(['pagefind.js', 'pagefind-entry.json', 'pagefind-ui.css'].filter(isCompressedByPagefind)).toEqual([]);
  });
});

describe('inflated', () => {
  it('inflates a gzip body to the bytes Pagefind wrote', async () => {
    expect(await bytesOf(inflated(new Response(gzipSync(INFLATED))))).toEqual(INFLATED);
  });

  it('passes a body the browser already inflated (sent with Content-Encoding) through untouched', () => {
    const decoded = new Response(INFLATED, { headers: { 'content-encoding': 'gzip' } });
    expect(inflated(decoded)).toBe(decoded);
  });

  it('leaves a failed response untouched, so Pagefind sees the error status', () => {
    const missing = new Response('not found', { status: 404 });
    expect(inflated(missing)).toBe(missing);
  });

  it('fails the read of a damaged file instead of handing Pagefind half an index', async () => {
    const damaged = gzipSync(INFLATED).subarray(0, 20);
    await expect(inflated(new Response(damaged)).arrayBuffer()).rejects.toThrow();
  });
});

describe('inflatingFetch', () => {
  it('inflates Pagefind files and returns every other response as the network sent it', async () => {
    const other = new Response('{"version":"1.6.0"}');
    const network = vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('.pf_fragment') ? new Response(gzipSync(INFLATED)) : other,
    );
    const fetchInflating = inflatingFetch(network as typeof fetch, '/frontline/', PAGE);
    expect(await bytesOf(await fetchInflating('/frontline/pagefind/fragment/en_1.pf_fragment'))).toEqual(INFLATED);
    expect(await fetchInflating('/frontline/pagefind/pagefind-entry.json')).toBe(other);
    expect(network).toHaveBeenCalledTimes(2);
  });
});
