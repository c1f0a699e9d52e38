// Issue 16, item 5: a site built as shards (on as many machines) and merged is the site one build
// writes, every path and every byte. On a copy of the real content (38 playbooks, cut in three
// slices), built public so the sitemap, which lists every shard's pages, is compared too.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsCacheFile } from '../../src/check/check-cache.ts';
import { compareFolders, describeDifference } from '../../scripts/lib/compare-folders.ts';
import { MANIFEST } from '../../scripts/lib/shards.ts';
import { keptSliceFolder } from '../../scripts/lib/kept-slices.ts';

const workDir = mkdtempSync(join(tmpdir(), 'frontline-shards-'));
const content = join(workDir, 'content');
const env = { ...process.env, FRONTLINE_CONTENT: content, FRONTLINE_VISIBILITY: 'public' };
const shardDirs = [1, 2, 3].map((index) => join(workDir, `shard-${index}`));
const builds: Record<string, ReturnType<typeof spawnSync>> = {};
const build = (name: string, args: string[]) =>
  (builds[name] = spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env }));

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  build('single', ['--out', join(workDir, 'single')]);
  shardDirs.forEach((dir, i) => build(`shard ${i + 1}`, ['--shard', `${i + 1}/3`, '--out', dir]));
  build('merge', ['--merge', ...shardDirs, '--out', join(workDir, 'merged')]);
}, 900_000);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  // The caches this temporary content folder made (astro.config.mjs, src/check/check-cache.ts).
  rmSync(resolve(`node_modules/.astro/${content.replace(/[^a-z0-9]+/gi, '-')}`), { recursive: true, force: true });
  rmSync(factsCacheFile(resolve('.'), content), { force: true });
  rmSync(join(keptSliceFolder(resolve('.'), content, { index: 1, count: 3 }), '..'), { recursive: true, force: true });
});

const playbookPages = (dir: string) =>
  existsSync(join(dir, 'playbooks')) ? readdirSync(join(dir, 'playbooks')).filter((name) => name !== 'index.html') : [];

describe('a site built as three shards and merged', () => {
  it('builds each shard and merges them', () => {
    for (const [name, result] of Object.entries(builds)) expect(result.status, `${name}: ${String(result.stderr)}`).toBe(0);
  });

  it('is the site one build writes, every path and every byte', () => {
    expect(describeDifference(compareFolders(join(workDir, 'single'), join(workDir, 'merged')), ['single', 'merged'])).toBe('');
    expect(existsSync(join(workDir, 'merged', 'sitemap-0.xml'))).toBe(true);
  });

  it('cut the playbook pages between the shards, each page in one, and gave the pages that list them to the first', () => {
    const perShard = shardDirs.map(playbookPages);
    // Each slice has playbooks of its own (12, 10 and 16 of the 38 when this was written).
    expect(perShard.map((pages) => pages.length > 0)).toEqual([true, true, true]);
    expect(perShard.flat().sort()).toEqual(playbookPages(join(workDir, 'single')).sort());
    expect(
      shardDirs.map((dir) =>
        ['index.html', 'playbooks/index.html', '404.html', 'sitemap-0.xml'].filter((path) => existsSync(join(dir, path))),
      ),
    ).toEqual([['index.html', 'playbooks/index.html', '404.html', 'sitemap-0.xml'], [], []]);
  });

  it('leaves the index and the service worker to the merge, and records what each shard was built from', () => {
    for (const [i, dir] of shardDirs.entries()) {
      expect(existsSync(join(dir, 'pagefind')), dir).toBe(false);
      expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toContain('self.__FRONTLINE_VERSION__');
      expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toMatchObject({
        shard: i + 1,
        of: 3,
        source: { settings: { FRONTLINE_VISIBILITY: 'public' } },
      });
    }
    expect(existsSync(join(workDir, 'merged', MANIFEST))).toBe(false);
  });
});

describe('a library built in slices on one machine, then one playbook’s text fixed', () => {
  const sliced = join(workDir, 'sliced');
  let first: ReturnType<typeof spawnSync>;
  let again: ReturnType<typeof spawnSync>;
  let beforeFix: string;
  beforeAll(() => {
    first = build('sliced', ['--slices', '3', '--out', sliced]);
    beforeFix = describeDifference(compareFolders(join(workDir, 'merged'), sliced), ['merged shards', 'sliced']);
    const file = join(content, 'playbooks', 'bereavement.mdx');
    const text = readFileSync(file, 'utf8');
    if (!text.includes('Then be practical and gentle;'))
      throw new Error(`${file} no longer holds the sentence this test edits: pick another`);
    writeFileSync(file, text.replace('Then be practical and gentle;', 'Then be practical and kind;'));
    again = build('sliced again', ['--slices', '3', '--out', sliced]);
    build('single after the fix', ['--out', join(workDir, 'single-after'), '--cold']);
  }, 900_000);

  it('writes the site one build writes', () => {
    expect(first.status, String(first.stderr)).toBe(0);
    expect(beforeFix).toBe('');
  });

  it('builds again only the slice that holds the playbook, reuses the other two, and still writes what a cold build writes', () => {
    expect(again.status, String(again.stderr)).toBe(0);
    expect(String(again.stdout)).toMatch(/3 slices, 1 built in [\d.]+ s, 2 unchanged and reused/);
    expect(describeDifference(compareFolders(join(workDir, 'single-after'), sliced), ['cold single build', 'sliced rebuild'])).toBe('');
  });
});
