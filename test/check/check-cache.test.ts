import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedFacts, checkCodeDigest, factsKey, loadFactsCache, saveFactsCache, sharedDigest } from '../../src/check/check-cache.ts';
import type { PlaybookFacts } from '../../src/check/check-playbook.ts';
import { checkContentInParallel } from '../../src/check/parallel.ts';
import { readContentFiles } from '../../src/check/read-content.ts';
import type { SourceFile } from '../../src/check/source.ts';
import { TODAY } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'frontline-check-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (path: string, source: string): SourceFile => ({ path, source });
const facts = (path: string): PlaybookFacts => ({
  file: path,
  id: path,
  diagnostics: [],
  data: undefined,
  locations: {},
  anchors: [],
  links: [],
  verifyAt: undefined,
});

describe('factsKey and sharedDigest', () => {
  it('give a new key when the playbook’s text or path, a shared YAML file or the check’s code changes', () => {
    const teams = [file('content/teams/a.yaml', 'name: A\n')];
    const shared = sharedDigest({ teams, regions: [] }, 'code-1');
    const key = factsKey(file('content/playbooks/a.mdx', 'Hello.'), shared);
    expect(factsKey(file('content/playbooks/a.mdx', 'Hello.'), shared)).toBe(key);
    expect(factsKey(file('content/playbooks/a.mdx', 'Hello!'), shared)).not.toBe(key);
    expect(factsKey(file('content/playbooks/b.mdx', 'Hello.'), shared)).not.toBe(key);
    expect(sharedDigest({ teams: [file('content/teams/a.yaml', 'name: B\n')], regions: [] }, 'code-1')).not.toBe(shared);
    expect(sharedDigest({ teams, regions: [] }, 'code-2')).not.toBe(shared);
    expect(sharedDigest({ teams, regions: [], values: file('content/values.yaml', '[]') }, 'code-1')).not.toBe(shared);
  });

  it('digests the check’s own code, and the same code the same way', () => {
    expect(checkCodeDigest()).toMatch(/^[0-9a-f]{64}$/);
    expect(checkCodeDigest()).toBe(checkCodeDigest());
  });

  it('gives a new code digest when a rule’s file or an installed dependency changes', () => {
    const code = join(work, 'code');
    mkdirSync(join(code, 'rules'), { recursive: true });
    writeFileSync(join(code, 'rules', 'a.ts'), 'export const a = 1;');
    const lockfile = join(work, 'package-lock.json');
    writeFileSync(lockfile, '{"remark-mdx": "3.1.1"}');
    const digest = () => checkCodeDigest([pathToFileURL(`${code}/`)], pathToFileURL(lockfile));
    const before = digest();
    writeFileSync(join(code, 'rules', 'a.ts'), 'export const a = 2;');
    const afterRule = digest();
    writeFileSync(lockfile, '{"remark-mdx": "3.2.0"}');
    expect(new Set([before, afterRule, digest()]).size).toBe(3);
  });
});

describe('cachedFacts', () => {
  it('checks only the playbooks whose key is not cached, keeps their order, and keeps exactly the current playbooks', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => file(`content/playbooks/${name}.mdx`, name));
    if (!a || !b || !c) throw new Error('three files');
    const gone = factsKey(file('content/playbooks/gone.mdx', 'x'), 's');
    const cache = new Map([
      [factsKey(a, 's'), facts(a.path)],
      [factsKey(c, 's'), facts(c.path)],
      [gone, facts('gone')],
    ]);
    const asked: string[][] = [];
    const result = await cachedFacts([a, b, c], 's', cache, (missing) => {
      asked.push(missing.map((m) => m.path));
      return Promise.resolve(missing.map((m) => facts(m.path)));
    });
    expect(asked).toEqual([['content/playbooks/b.mdx']]);
    expect(result.checked).toBe(1);
    expect(result.facts.map((f) => f.file)).toEqual([a.path, b.path, c.path]);
    expect([...result.cache.keys()]).toEqual([a, b, c].map((f) => factsKey(f, 's')));
  });
});

describe('the check with its cache', () => {
  const root = join(work, 'project');
  cpSync('test/fixtures/site-content', join(root, 'content'), { recursive: true });
  const cacheFile = join(work, 'cache.v8');
  const read = () => readContentFiles(root, 'content');
  const run = (cache: boolean) => checkContentInParallel(read(), { today: TODAY, cacheFile: cache ? cacheFile : undefined });
  const playbook = join(root, 'content/playbooks/waiving-a-change-fee.mdx');

  it('re-checks only the edited playbook, and reports exactly what a cold check reports, cross-file findings included', async () => {
    const first = await run(true);
    expect(first.checkedPlaybooks).toBe(read().playbooks.length);
    expect((await run(true)).checkedPlaybooks).toBe(0);
    // An expression (mdx/expression, found by the file's own check) and a link to a playbook that
    // does not exist (found across files).
    writeFileSync(playbook, `${readFileSync(playbook, 'utf8')}\nSee {1 + 1} and [the other one](/playbooks/no-such-playbook/).\n`);
    const warm = await run(true);
    const cold = await run(false);
    expect(warm.checkedPlaybooks).toBe(1);
    expect(cold.checkedPlaybooks).toBe(read().playbooks.length);
    expect(warm.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['mdx/expression']));
    expect(warm.diagnostics.length).toBeGreaterThan(first.diagnostics.length + 1);
    expect(warm).toEqual({ ...cold, checkedPlaybooks: 1 });
  });

  it('re-checks every playbook when a team file they refer to changes', async () => {
    await run(true);
    const team = join(root, 'content/teams/duty-supervisors.yaml');
    writeFileSync(team, `${readFileSync(team, 'utf8')}\n`);
    expect((await run(true)).checkedPlaybooks).toBe(read().playbooks.length);
  });

  it('starts cold from a cache file it cannot read', () => {
    writeFileSync(cacheFile, 'not a cache');
    expect(loadFactsCache(cacheFile).size).toBe(0);
    saveFactsCache(cacheFile, new Map([['k', facts('a')]]));
    expect(loadFactsCache(cacheFile).get('k')?.file).toBe('a');
  });
});
