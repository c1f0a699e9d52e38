import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'frontline-server-'));
mkdirSync(join(root, 'pagefind', 'index'), { recursive: true });
const chunk = gzipSync(Buffer.from('pagefind_dcd index chunk'));
writeFileSync(join(root, 'pagefind', 'index', 'en_1.pf_index'), chunk);
writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(root, '404.html'), 'not here');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function get(options: Parameters<typeof serveSite>[1], path: string) {
  const site = await serveSite(root, options);
  try {
    const response = await fetch(`${site.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    return {
      status: response.status,
      encoding: response.headers.get('content-encoding'),
      body: Buffer.from(await response.arrayBuffer()),
      sent: site.sent.get(path),
    };
  } finally {
    await site.close();
  }
}

describe('the loopback static server used by the browser tests and the benchmark', () => {
  it('sends Pagefind files as they are by default, as GitHub Pages does', async () => {
    const answer = await get({}, '/pagefind/index/en_1.pf_index');
    expect(answer.encoding).toBeNull();
    expect(answer.body.equals(chunk)).toBe(true);
  });

  it('labels Pagefind files gzip-encoded when asked, so the browser inflates them, with the same bytes on the wire', async () => {
    const answer = await get({ pagefindContentEncoding: true }, '/pagefind/index/en_1.pf_index');
    expect(answer.encoding).toBe('gzip');
    expect(answer.body.toString()).toBe('pagefind_dcd index chunk');
    expect(answer.sent).toBe(chunk.length);
  });

  it('compresses pages, serves folders by their index.html and missing paths with the 404 page', async () => {
    const home = await get({}, '/');
    expect([home.status, home.encoding, home.body.toString()]).toEqual([200, 'gzip', '<!doctype html><title>home</title>']);
    const missing = await get({}, '/nowhere/');
    expect([missing.status, missing.body.toString()]).toEqual([404, 'not here']);
  });
});
