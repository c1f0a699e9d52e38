import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/check/read-content.ts';
import { collectionList } from '../../src/schemas/collections.ts';

describe('readContentFiles', () => {
  it('reads the files of every collection in src/schemas/collections.ts, each with its own extension', () => {
    const files = readContentFiles(process.cwd(), 'content');
    expect(Object.keys(files).sort()).toEqual([...collectionList().map((collection) => collection.name), 'listing'].sort());
    for (const collection of collectionList()) {
      const paths = [files[collection.name] ?? []].flat().map((file) => file.path);
      if ('file' in collection) {
        expect(paths).toEqual([`content/${collection.file}`]);
      } else {
        expect(paths.length, collection.name).toBeGreaterThan(0);
        expect(
          paths.filter((path) => !path.startsWith(`content/${collection.folder}/`) || !path.endsWith(`.${collection.extension}`)),
        ).toEqual([]);
      }
    }
  });

  it('gives an empty list for a folder that does not exist and leaves out a list file that does not exist', () => {
    expect(readContentFiles(process.cwd(), 'test/fixtures/no-such-folder')).toEqual({
      listing: [],
      playbooks: [],
      teams: [],
      categories: [],
      modules: [],
      paths: [],
      regions: [],
    });
  });
});

describe('readContentFiles on a folder with links and files of other kinds', () => {
  it('lists every entry without following links, and reads only the files of the collections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-read-'));
    try {
      mkdirSync(join(dir, 'playbooks', 'billing'), { recursive: true });
      writeFileSync(join(dir, 'playbooks', 'billing', 'a.mdx'), 'A');
      writeFileSync(join(dir, 'playbooks', 'b.mdx'), 'B');
      writeFileSync(join(dir, 'playbooks', 'diagram.mjs'), 'code');
      writeFileSync(join(dir, 'playbooks', 'flow.png'), 'not a png');
      writeFileSync(join(dir, 'synonyms.yaml'), '[]');
      symlinkSync('.', join(dir, 'playbooks', 'loop'));
      symlinkSync('/etc/hostname', join(dir, 'playbooks', 'c.mdx'));
      const files = readContentFiles(dir, '.');
      expect(files.playbooks.map((file) => [file.path, file.source])).toEqual([
        ['playbooks/b.mdx', 'B'],
        ['playbooks/billing/a.mdx', 'A'],
      ]);
      expect(files.synonyms).toEqual({ path: 'synonyms.yaml', source: '[]' });
      // The files of a folder, then its sub-folders.
      expect(files.listing?.map((entry) => `${entry.inFolder} ${entry.kind}${entry.target ? ` → ${entry.target}` : ''}`)).toEqual([
        'synonyms.yaml file',
        'playbooks/b.mdx file',
        'playbooks/c.mdx symlink → /etc/hostname',
        'playbooks/diagram.mjs file',
        'playbooks/flow.png file',
        'playbooks/loop symlink → .',
        'playbooks/billing/a.mdx file',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
