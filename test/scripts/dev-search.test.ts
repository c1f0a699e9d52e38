import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDevIndex, indexFileFor, pageLinks } from '../../scripts/lib/dev-search.ts';

describe('pageLinks', () => {
  it('follows links to pages under the base, without query or fragment, once each', () => {
    const html = `<a href="/docs/playbooks/">All</a> <a class="x" href="../porting/#step-2">Porting</a>
      <a href="/docs/playbooks/?q=fee&amp;x=1">Again</a> <a href="/docs/sw.html">Page file</a>`;
    expect(pageLinks(html, 'http://localhost:4321/docs/categories/fees/', '/docs/')).toEqual([
      '/docs/playbooks/',
      '/docs/categories/porting/',
      '/docs/sw.html',
    ]);
  });

  it('leaves out other sites, pages outside the base, files, Pagefind and build assets', () => {
    const html = `<a href="https://example.com/docs/x/">Out</a> <a href="/other/">Outside</a>
      <a href="/docs/favicon.svg">File</a> <a href="/docs/pagefind/pagefind.js">Engine</a>
      <a href="/docs/_astro/a.js">Asset</a> <a href="mailto:a@b.c">Mail</a> <a href="http://[bad">Broken</a>`;
    expect(pageLinks(html, 'http://localhost:4321/docs/', '/docs/')).toEqual([]);
  });
});

describe('indexFileFor', () => {
  it('maps a request under <base>pagefind/ to the file in the index folder', () => {
    expect(indexFileFor('/docs/pagefind/pagefind.js', '/docs/', '/tmp/x')).toBe('/tmp/x/pagefind/pagefind.js');
    expect(indexFileFor('/pagefind/fragment/en_1.pf_fragment?v=1', '/', '/tmp/x')).toBe('/tmp/x/pagefind/fragment/en_1.pf_fragment');
    expect(indexFileFor('/search-vocabulary/head.json', '/', '/tmp/x')).toBe('/tmp/x/search-vocabulary/head.json');
  });

  it('refuses anything outside the index folder, however it is spelt', () => {
    expect(indexFileFor('/pagefind/../../etc/passwd', '/', '/tmp/x')).toBeUndefined();
    expect(indexFileFor('/pagefind/%2e%2e/%2e%2e/etc/passwd', '/', '/tmp/x')).toBeUndefined();
    expect(indexFileFor('/pagefind/%E0%A4%A', '/', '/tmp/x')).toBeUndefined();
    expect(indexFileFor('/pagefind/', '/', '/tmp/x')).toBeUndefined();
    expect(indexFileFor('/search-vocabulary/../pagefind/pagefind.js', '/', '/tmp/x')).toBeUndefined();
    expect(indexFileFor('/other/pagefind.js', '/', '/tmp/x')).toBeUndefined();
  });
});

describe('buildDevIndex', () => {
  const pages: Record<string, string> = {
    '/': '<html lang="en"><body><a href="/playbooks/refunds/">Refunds</a> <a href="/missing/">Gone</a></body></html>',
    '/playbooks/refunds/':
      '<html lang="en"><body><main data-pagefind-body><h1>Refunds</h1><p>Refund a double charge.</p></main><a href="/">Home</a></body></html>',
  };
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const page = pages[request.url ?? ''];
      response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page ?? 'not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('indexes every page the dev server links to from the home page, as the build would', async () => {
    const { folder, pages: indexed } = await buildDevIndex(origin, '/');
    try {
      expect(indexed).toBe(2); // the home page and the playbook; the missing page is skipped
      expect(existsSync(join(folder, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(JSON.parse(readFileSync(join(folder, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(1); // only the playbook has a body to index
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
