import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/compare-folders.ts';
import {
  contentDigest,
  currentSource,
  joinShards,
  MANIFEST,
  MergeRefused,
  readShardFolder,
  shardSetProblems,
  writeManifest,
  type ShardFolder,
  type ShardSource,
} from '../../scripts/lib/shards.ts';

const SOURCE: ShardSource = { commit: 'c0ffee', content: 'a'.repeat(64), settings: { FRONTLINE_BASE: '/kb/' } };
const shard = (folder: string, index: number, count: number, source: ShardSource = SOURCE): ShardFolder => ({
  folder,
  manifest: { shard: index, of: count, source },
});

describe('shardSetProblems', () => {
  it('accepts every shard of one build once, in any order', () => {
    expect(shardSetProblems([shard('s3', 3, 3), shard('s1', 1, 3), shard('s2', 2, 3)])).toEqual([]);
  });

  it('names each missing shard', () => {
    expect(shardSetProblems([shard('s2', 2, 4)])).toMatchSnapshot();
  });

  it('refuses a shard passed twice', () => {
    expect(shardSetProblems([shard('s1', 1, 2), shard('s2', 2, 2), shard('again', 2, 2)])).toMatchSnapshot();
  });

  it('refuses shards cut in different numbers of slices', () => {
    expect(shardSetProblems([shard('s1', 1, 2), shard('s2', 2, 3)])).toMatchSnapshot();
  });

  it('refuses shards built from another commit, other content or other settings, saying which', () => {
    expect(
      shardSetProblems([
        shard('s1', 1, 3),
        shard('s2', 2, 3, { ...SOURCE, commit: 'decade' }),
        shard('s3', 3, 3, { ...SOURCE, content: 'b'.repeat(64), settings: { FRONTLINE_VISIBILITY: 'public' } }),
      ]),
    ).toMatchSnapshot();
  });

  it('refuses folders that are not shards, and says there were no folders at all', () => {
    expect(shardSetProblems([{ folder: 'dist', manifest: `it has no ${MANIFEST}, so it is not a shard` }])).toMatchSnapshot();
    expect(shardSetProblems([])).toMatchSnapshot();
  });
});

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-shards-'));
  folders.push(dir);
  return dir;
}
function write(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
function builtShard(dir: string, name: string, index: number, count: number, files: Record<string, string>): string {
  const folder = write(join(dir, name), files);
  writeManifest(folder, { index, count }, SOURCE);
  return folder;
}
/** Messages name folders under a random temporary folder; the snapshot names them from it. */
const relative = (dir: string, error: unknown) => (error instanceof MergeRefused ? error.message.split(`${dir}/`).join('') : error);

describe('joinShards', () => {
  it('joins every shard into one site without the manifests, each shared file once', () => {
    const dir = workspace();
    const one = builtShard(dir, 'one', 1, 2, { 'index.html': 'home', 'playbooks/a/index.html': 'a', '_astro/site.css': 'css' });
    const two = builtShard(dir, 'two', 2, 2, { 'playbooks/b/index.html': 'b', '_astro/site.css': 'css' });
    expect(joinShards([two, one], join(dir, 'site'), { consume: false })).toEqual({ files: 4 });
    expect(listFiles(join(dir, 'site'))).toEqual(['_astro/site.css', 'index.html', 'playbooks/a/index.html', 'playbooks/b/index.html']);
    // Folders passed by hand are only read.
    expect([listFiles(one).length, listFiles(two).length]).toEqual([4, 3]);
  });

  it("moves the build's own temporary shards instead of copying them", () => {
    const dir = workspace();
    const one = builtShard(dir, 'one', 1, 2, { 'index.html': 'home' });
    const two = builtShard(dir, 'two', 2, 2, { 'playbooks/b/index.html': 'b' });
    joinShards([one, two], join(dir, 'site'), { consume: true });
    expect([
      existsSync(one),
      existsSync(join(two, 'playbooks/b/index.html')),
      readFileSync(join(dir, 'site/playbooks/b/index.html'), 'utf8'),
    ]).toEqual([false, false, 'b']);
  });

  it('refuses two shards that wrote different bytes to one path, naming every such file', () => {
    const dir = workspace();
    const one = builtShard(dir, 'one', 1, 2, { '_astro/site.css': 'a{}', 'sw.js': 'x', 'robots.txt': 'same' });
    const two = builtShard(dir, 'two', 2, 2, { '_astro/site.css': 'b{}', 'sw.js': 'y', 'robots.txt': 'same' });
    let refusal: unknown;
    try {
      joinShards([one, two], join(dir, 'site'), { consume: false });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(MergeRefused);
    expect(relative(dir, refusal)).toMatchSnapshot();
  });

  it('refuses before writing anything when a shard is missing or is not a shard', () => {
    const dir = workspace();
    const one = builtShard(dir, 'one', 1, 3, { 'index.html': 'home' });
    const notAShard = write(join(dir, 'dist'), { 'index.html': 'home' });
    expect(() => joinShards([one, notAShard], join(dir, 'site'), { consume: false })).toThrow(MergeRefused);
    expect(existsSync(join(dir, 'site'))).toBe(false);
    expect(readShardFolder(join(dir, 'nowhere')).manifest).toBe('the folder does not exist');
    writeFileSync(join(notAShard, MANIFEST), '{ not json');
    expect(readShardFolder(notAShard).manifest).toBe(`its ${MANIFEST} is not valid JSON`);
  });
});

describe('what a shard records it was built from', () => {
  it('changes its content digest when a content file changes, is added or is renamed', () => {
    const dir = write(workspace(), { 'playbooks/a.mdx': 'one', 'teams/t.yaml': 'x' });
    const digests = [contentDigest(dir)];
    writeFileSync(join(dir, 'playbooks/a.mdx'), 'two');
    digests.push(contentDigest(dir));
    writeFileSync(join(dir, 'playbooks/b.mdx'), '');
    digests.push(contentDigest(dir));
    rmSync(join(dir, 'playbooks/b.mdx'));
    writeFileSync(join(dir, 'playbooks/c.mdx'), '');
    digests.push(contentDigest(dir));
    expect(new Set(digests).size).toBe(4);
  });

  it('keeps the output settings that are set, and only those', () => {
    const dir = write(workspace(), { 'playbooks/a.mdx': 'one' });
    expect(currentSource(dir, dir, { FRONTLINE_BASE: '/kb/', FRONTLINE_CONTENT: dir, HOME: '/root' }).settings).toEqual({
      FRONTLINE_BASE: '/kb/',
    });
  });
});
