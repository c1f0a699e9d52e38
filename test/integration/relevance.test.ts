import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { engineQuery, SHOWN_RESULTS } from '../../src/search/shaping.ts';
import { FALLBACK_BELOW, mainCount, PAGEFIND_OPTIONS, rerank, searchWithCorrections } from '../../src/search/ranking.ts';
import { Vocabulary, VOCABULARY_DIR } from '../../src/search/vocabulary.ts';
import { loadSiteSearch } from '../helpers/pagefind-node.ts';

interface Case {
  query: string;
  expect: string;
}
const cases = parse(readFileSync('test/fixtures/relevance-queries.yaml', 'utf8')) as Case[];
const workDir = mkdtempSync(join(tmpdir(), 'frontline-relevance-'));
const out = join(workDir, 'site');
const ranks = new Map<string, number>();
/** Queries whose playbook is in the main list, not only under "Other matches". */
const inMain = new Set<string>();
let search: Awaited<ReturnType<typeof loadSiteSearch>>;
let vocabulary: Vocabulary;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: 'content' },
  });
  if (build.status !== 0) throw new Error(build.stderr);
  search = await loadSiteSearch(out, PAGEFIND_OPTIONS);
  vocabulary = await Vocabulary.load(async (file) => JSON.parse(await readFile(join(out, VOCABULARY_DIR, file), 'utf8')) as unknown);
}, 120_000);

afterAll(() => {
  const hitAt = (n: number) => cases.filter((c) => (ranks.get(c.query) ?? 99) <= n).length;
  console.log(
    `relevance: ${cases.length} queries, hit@1 ${hitAt(1)}/${cases.length}, hit@3 ${hitAt(3)}/${cases.length}, in the main list (not under "Other matches") ${inMain.size}/${cases.length}`,
  );
  const missed = cases.filter((c) => ranks.get(c.query) !== 1).map((c) => `"${c.query}" (${ranks.get(c.query) ?? 99})`);
  if (missed.length) console.log(`not first: ${missed.join(', ')}`);
  rmSync(workDir, { recursive: true, force: true });
});

const idOf = (hit: { path: string }) => hit.path.split('/').filter(Boolean).pop() ?? '';

/**
 * The same order the search island shows: full matches, word fallback, typo corrections, the
 * "Other matches" cut-off, confidence factors within the first batch.
 */
async function ranked(query: string): Promise<{ ids: string[]; main: string[] }> {
  const { results } = await searchWithCorrections(
    (words) => search.search(words, {}, 100),
    engineQuery(query),
    FALLBACK_BELOW,
    (words) => vocabulary.corrections(words),
  );
  const ids = [...rerank(results.slice(0, SHOWN_RESULTS)), ...results.slice(SHOWN_RESULTS)].map(idOf);
  return { ids, main: results.slice(0, mainCount(results)).map(idOf) };
}

describe('search relevance on the real playbooks', () => {
  it('has at least 30 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('finds $expect in the top 3 for "$query"', async ({ query, expect: expected }) => {
    const { ids, main } = await ranked(query);
    const rank = ids.indexOf(expected) + 1;
    ranks.set(query, rank || 99);
    if (main.includes(expected)) inMain.add(query);
    expect(ids.slice(0, 3)).toContain(expected);
  });
});
