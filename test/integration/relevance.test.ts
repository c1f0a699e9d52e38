import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineQuery, SHOWN_RESULTS } from '../../src/search/shaping.ts';
import { FALLBACK_BELOW, PAGEFIND_OPTIONS, rerank, searchWithFallback } from '../../src/search/ranking.ts';
import { loadSiteSearch } from '../helpers/pagefind-node.ts';

interface Case {
  query: string;
  expect: string;
}
const cases = parse(readFileSync('test/fixtures/relevance-queries.yaml', 'utf8')) as Case[];
const workDir = mkdtempSync(join(tmpdir(), 'frontline-relevance-'));
const out = join(workDir, 'site');
const ranks = new Map<string, number>();
let search: Awaited<ReturnType<typeof loadSiteSearch>>;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: 'content' },
  });
  if (build.status !== 0) throw new Error(build.stderr);
  search = await loadSiteSearch(out, PAGEFIND_OPTIONS);
}, 120_000);

afterAll(() => {
  const hitAt = (n: number) => cases.filter((c) => (ranks.get(c.query) ?? 99) <= n).length;
  console.log(`relevance: ${cases.length} queries, hit@1 ${hitAt(1)}/${cases.length}, hit@3 ${hitAt(3)}/${cases.length}`);
  rmSync(workDir, { recursive: true, force: true });
});

/** The same order the search island shows: full matches, word fallback, confidence factors. */
async function rankedIds(query: string): Promise<string[]> {
  const hits = await searchWithFallback((words) => search.search(words, {}, 30), engineQuery(query), FALLBACK_BELOW);
  return rerank(hits.slice(0, SHOWN_RESULTS)).map((hit) => hit.path.split('/').filter(Boolean).pop() ?? '');
}

describe('search relevance on the real playbooks', () => {
  it('has at least 30 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('finds $expect in the top 3 for "$query"', async ({ query, expect: expected }) => {
    const ids = await rankedIds(query);
    const rank = ids.indexOf(expected) + 1;
    ranks.set(query, rank || 99);
    expect(ids.slice(0, 3)).toContain(expected);
  });
});
