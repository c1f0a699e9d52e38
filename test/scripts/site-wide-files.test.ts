import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPagesFromAnEarlierBuild, pagesFromAnEarlierBuild } from '../../scripts/lib/site-wide-files.ts';

const html = (stylesheet: string, policy = "script-src 'self' 'sha256-a'") =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/_astro/${stylesheet}"></head><body><script type="module" src="/_astro/page.B1.js"></script></body>`;
const files = new Set(['_astro/style.NEW.css', '_astro/page.B1.js', 'index.html', 'a/index.html']);

describe('pagesFromAnEarlierBuild', () => {
  it('finds nothing when every page links files this build wrote and carries the same policy', () => {
    expect(
      pagesFromAnEarlierBuild(
        [
          { path: 'index.html', html: html('style.NEW.css') },
          { path: 'a/index.html', html: html('style.NEW.css') },
        ],
        files,
      ),
    ).toEqual([]);
  });

  it('names a restored page that links the stylesheet of an earlier build', () => {
    expect(
      pagesFromAnEarlierBuild(
        [
          { path: 'index.html', html: html('style.NEW.css') },
          { path: 'a/index.html', html: html('style.OLD.css') },
        ],
        files,
      ),
    ).toEqual(['a/index.html links _astro/style.OLD.css, which this build did not write']);
  });

  it('names a page whose policy lists other hashes than the first page’s', () => {
    const pages = [
      { path: 'index.html', html: html('style.NEW.css') },
      { path: 'a/index.html', html: html('style.NEW.css', "script-src 'self' 'sha256-old'") },
    ];
    expect(pagesFromAnEarlierBuild(pages, files)).toEqual(["a/index.html has a Content-Security-Policy other than index.html's"]);
  });

  it('reads links under a base path too', () => {
    const page = { path: 'index.html', html: '<link rel="stylesheet" href="/frontline/_astro/style.OLD.css">' };
    expect(pagesFromAnEarlierBuild([page], files)).toEqual(['index.html links _astro/style.OLD.css, which this build did not write']);
  });

  it('stops at the limit', () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ path: `p${i}.html`, html: html('style.OLD.css') }));
    expect(pagesFromAnEarlierBuild(pages, files, 3)).toHaveLength(3);
  });
});

describe('findPagesFromAnEarlierBuild', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('reads a built folder, its pages and the files it holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-site-wide-'));
    made.push(dir);
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('_astro/style.NEW.css', 'body{}');
    write('_astro/page.B1.js', '');
    write('index.html', html('style.NEW.css'));
    expect(findPagesFromAnEarlierBuild(dir)).toEqual([]);
    write('playbooks/a/index.html', html('style.OLD.css'));
    expect(findPagesFromAnEarlierBuild(dir)).toEqual(['playbooks/a/index.html links _astro/style.OLD.css, which this build did not write']);
  });
});
