import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { fingerprint, writeServiceWorker } from '../../scripts/lib/service-worker.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-sw-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  copyFileSync('public/sw.js', join(dir, 'sw.js'));
  return dir;
}

function precacheOf(dir: string): string[] {
  const match = /const PRECACHE = (\[.*?\]) \?\?/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'));
  return (JSON.parse(match?.[1] ?? 'null') as string[]).sort();
}

function filesOf(dir: string): Record<string, string> {
  const match = /const FILES = (\{.*?\}) \?\?/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'));
  return JSON.parse(match?.[1] ?? 'null') as Record<string, string>;
}
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

const SMALL = {
  'index.html': 'home',
  'playbooks/a/index.html': 'a',
  '_astro/site.css': 'css',
  'pagefind/pagefind.js': 'engine',
  'pagefind/pagefind-ui.js': 'unused ui',
  'pagefind/fragment/en_1.pf_fragment': 'fragment',
};

describe('writeServiceWorker', () => {
  it('precaches every page and search file of a small site, but not Pagefind’s unused UI', () => {
    const dir = site(SMALL);
    writeServiceWorker(dir, '/base/');
    expect(precacheOf(dir)).toEqual(
      [
        '/base/',
        '/base/_astro/site.css',
        '/base/pagefind/fragment/en_1.pf_fragment',
        '/base/pagefind/pagefind.js',
        '/base/playbooks/a/',
      ].sort(),
    );
  });

  it('precaches only what pages use offline: never text, headers, sitemaps or other files copied from public/', () => {
    const dir = site({
      ...SMALL,
      'robots-extra.txt': 'root:x:0:0',
      'robots.txt': 'User-agent: *',
      _headers: '/*',
      'sitemap-0.xml': '<urlset/>',
    });
    writeServiceWorker(dir, '/');
    expect(precacheOf(dir).filter((url) => !url.startsWith('/pagefind/') && !url.startsWith('/_astro/'))).toEqual(['/', '/playbooks/a/']);
  });

  it('precaches only the shell and the search index of a large site, with the vocabulary that corrects typos offline', () => {
    const dir = site({
      ...SMALL,
      'playbooks/big/index.html': 'x'.repeat(9 * 2 ** 20),
      'pagefind/index/en_1.pf_index': 'index',
      'search-vocabulary/head.json': '{}',
      'search-vocabulary/r.0123456789.json': '{}',
    });
    writeServiceWorker(dir, '/');
    expect(precacheOf(dir)).toEqual(
      [
        '/',
        '/_astro/site.css',
        '/pagefind/index/en_1.pf_index',
        '/pagefind/pagefind.js',
        '/search-vocabulary/head.json',
        '/search-vocabulary/r.0123456789.json',
      ].sort(),
    );
  });

  it('fingerprints every file a page may fetch, and nothing else, so the worker caches and serves only those', () => {
    const dir = site({ ...SMALL, 'robots.txt': 'User-agent: *', 'sitemap-0.xml': '<urlset/>' });
    writeServiceWorker(dir, '/');
    const files = filesOf(dir);
    expect(Object.keys(files).sort()).toEqual(
      ['/', '/_astro/site.css', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/pagefind.js', '/playbooks/a/'].sort(),
    );
    expect(files['/playbooks/a/']).toBe(sha256('a'));
    expect(files['/']).toMatch(/^[\w-]{22}$/);
  });

  it('fingerprints a Pagefind file by its inflated content, whether or not the host labels it gzip', () => {
    const inflated = 'pagefind_dcd fragment text';
    expect(fingerprint('pagefind/fragment/en_1.pf_fragment', gzipSync(inflated))).toBe(sha256(inflated));
    expect(fingerprint('pagefind/fragment/en_1.pf_fragment', Buffer.from(inflated))).toBe(sha256(inflated));
    expect(fingerprint('_astro/site.css', Buffer.from('css'))).toBe(sha256('css'));
  });

  it('gives a new version when any file changes, and the same version when none does', () => {
    const first = writeServiceWorker(site(SMALL), '/').version;
    const same = writeServiceWorker(site(SMALL), '/').version;
    const changed = writeServiceWorker(site({ ...SMALL, 'playbooks/a/index.html': 'a, edited' }), '/').version;
    expect(same).toBe(first);
    expect(changed).not.toBe(first);
  });
});
