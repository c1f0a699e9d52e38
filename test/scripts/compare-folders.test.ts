import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFolders } from '../../scripts/lib/compare-folders.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-compare-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('compareFolders', () => {
  it('finds nothing between two folders with the same paths and bytes', () => {
    expect(compareFolders(folder({ 'a/index.html': 'a', 'sw.js': 'x' }), folder({ 'sw.js': 'x', 'a/index.html': 'a' }))).toEqual([]);
  });

  it('names each path that is in one folder only or holds other bytes, sorted', () => {
    const a = folder({ 'a/index.html': 'a', 'only-in-a.txt': '', 'sw.js': 'x' });
    const b = folder({ 'a/index.html': 'A', 'b/only-in-b.txt': '', 'sw.js': 'x' });
    expect(compareFolders(a, b)).toEqual(['a/index.html', 'b/only-in-b.txt', 'only-in-a.txt']);
  });
});
