import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFolders, describeDifference, listFiles, sameFiles } from '../../scripts/lib/compare-folders.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-compare-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('compareFolders', () => {
  it('finds two folders with the same files and bytes the same', () => {
    const site = { 'index.html': '<p>home</p>', 'playbooks/a/index.html': '<p>a</p>' };
    const difference = compareFolders(folder(site), folder(site));
    expect(sameFiles(difference)).toBe(true);
    expect(describeDifference(difference, ['incremental', 'cold'])).toBe('');
  });

  it('names every file missing on either side and every file whose bytes differ, in one answer', () => {
    const difference = compareFolders(
      folder({ 'index.html': 'home', 'a/index.html': 'a', 'only-here.txt': '1' }),
      folder({ 'index.html': 'home', 'a/index.html': 'A', 'b/only-there.txt': '2' }),
    );
    expect(sameFiles(difference)).toBe(false);
    expect(describeDifference(difference, ['incremental', 'cold'])).toMatchInlineSnapshot(`
      "only in incremental (1):
        only-here.txt
      only in cold (1):
        b/only-there.txt
      different bytes (1):
        a/index.html"
    `);
  });

  it('tells apart files that differ in one byte of the same length', () => {
    expect(compareFolders(folder({ 'sw.js': 'version-a' }), folder({ 'sw.js': 'version-b' })).differing).toEqual(['sw.js']);
  });

  it('shortens a long list and says how many it left out', () => {
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}.html`, 'x']));
    const text = describeDifference(compareFolders(folder(many), folder({})), ['first', 'second'], 2);
    expect(text).toMatchInlineSnapshot(`
      "only in first (5):
        p0.html
        p1.html
        … and 3 more"
    `);
  });

  it('lists a symbolic link as a file without following it', () => {
    const dir = folder({ 'real/page.html': 'x' });
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(listFiles(dir)).toEqual(['link', 'real/page.html']);
  });
});
