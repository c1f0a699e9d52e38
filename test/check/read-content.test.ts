import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/check/read-content.ts';
import { collectionList } from '../../src/schemas/collections.ts';

describe('readContentFiles', () => {
  it('reads the files of every collection in src/schemas/collections.ts, each with its own extension', () => {
    const files = readContentFiles(process.cwd(), 'content');
    expect(Object.keys(files).sort()).toEqual(
      collectionList()
        .map((collection) => collection.name)
        .sort(),
    );
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
      playbooks: [],
      teams: [],
      categories: [],
      modules: [],
      paths: [],
      regions: [],
    });
  });
});
