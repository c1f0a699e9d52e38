import { describe, expect, it } from 'vitest';
import {
  mainCount,
  OTHER_MATCHES_BELOW,
  rerank,
  searchWithCorrections,
  searchWithFallback,
  type RankedCandidate,
  type Scored,
} from '../../src/search/ranking.ts';

describe('rerank', () => {
  const candidate = (id: string, score: number, meta: Record<string, string>): RankedCandidate & { id: string } => ({ id, score, meta });

  it('ranks a validated page above a wip page with a slightly higher score', () => {
    const ranked = rerank([candidate('wip', 10, { confidence: 'wip' }), candidate('validated', 6, { confidence: 'validated' })]);
    expect(ranked.map((c) => c.id)).toEqual(['validated', 'wip']);
  });

  it('keeps a far better not-validated match on top', () => {
    const ranked = rerank([candidate('new', 20, { confidence: 'not-validated' }), candidate('old', 6, { confidence: 'validated' })]);
    expect(ranked.map((c) => c.id)).toEqual(['new', 'old']);
  });

  it('ranks playbooks above training modules for the same score', () => {
    const ranked = rerank([candidate('module', 5, { type: 'module' }), candidate('playbook', 5, { type: 'playbook' })]);
    expect(ranked.map((c) => c.id)).toEqual(['playbook', 'module']);
  });

  it('keeps the engine order for equal scores', () => {
    const ranked = rerank([candidate('a', 3, {}), candidate('b', 3, {}), candidate('c', 3, {})]);
    expect(ranked.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('searchWithFallback', () => {
  const engine = (index: Record<string, Scored[]>) => async (query: string) => index[query] ?? [];

  it('returns the full-query matches alone when there are enough, each found by every word', async () => {
    const search = engine({
      'port rejected': [
        { id: 'a', score: 2 },
        { id: 'b', score: 1 },
      ],
    });
    expect(await searchWithFallback(search, 'port rejected', 2)).toEqual({
      results: [
        { id: 'a', score: 2, words: ['port', 'rejected'] },
        { id: 'b', score: 1, words: ['port', 'rejected'] },
      ],
      unmatched: [],
    });
  });

  it('ranks a page matching one telling word strongly above pages merely matching more of the words', async () => {
    // "callback never came": the callback playbook has "callback" in its title; another page only
    // happens to contain all three words.
    const search = engine({
      'callback never came': [],
      callback: [
        { id: 'callback-commitments', score: 9 },
        { id: 'hostile-caller', score: 1 },
      ],
      never: [{ id: 'hostile-caller', score: 1 }],
      came: [{ id: 'hostile-caller', score: 1 }],
    });
    const { results } = await searchWithFallback(search, 'callback never came', 3);
    expect(results.map((r) => r.id)).toEqual(['callback-commitments', 'hostile-caller']);
    // 9 × √(1/3) against 3 × √(3/3).
    expect(results.map((r) => Number(r.score.toFixed(2)))).toEqual([5.2, 3]);
  });

  it('lets a page that matches every word win over one equally strong on fewer words', async () => {
    const search = engine({
      'switch carrier': [],
      switch: [
        { id: 'both', score: 2 },
        { id: 'one', score: 4 },
      ],
      carrier: [{ id: 'both', score: 2 }],
    });
    const { results } = await searchWithFallback(search, 'switch carrier', 3);
    expect(results.map((r) => [r.id, r.words])).toEqual([
      ['both', ['switch', 'carrier']],
      ['one', ['switch']],
    ]);
  });

  it('names the words that found no page on their own', async () => {
    const search = engine({ 'refnud fee': [], fee: [{ id: 'fees', score: 1 }] });
    expect((await searchWithFallback(search, 'refnud fee', 3)).unmatched).toEqual(['refnud']);
    expect((await searchWithFallback(search, 'refnud', 3)).unmatched).toEqual(['refnud']);
  });

  it('does not fall back for a single meaningful word', async () => {
    let calls = 0;
    const search = async () => {
      calls += 1;
      return [];
    };
    await searchWithFallback(search, 'the idiot', 3);
    expect(calls).toBe(1);
  });
});

describe('searchWithCorrections', () => {
  const engine = (index: Record<string, Scored[]>) => {
    const asked: string[] = [];
    return { asked, search: async (query: string) => (asked.push(query), index[query] ?? []) };
  };

  it('searches again with the corrected words, and says what it corrected', async () => {
    // Pagefind answers "refnud" with pages that have "ref…" words: the vocabulary, not the engine, tells a typo.
    const { asked, search } = engine({ 'refnud fee': [{ id: 'reference', score: 1 }], 'refund fee': [{ id: 'fee-waiver', score: 3 }] });
    const found = await searchWithCorrections(search, 'refnud fee', 1, async () => new Map([['refnud', 'refund']]));
    expect(asked).toEqual(['refnud fee', 'refund fee']);
    expect(found.results.map((r) => r.id)).toEqual(['fee-waiver']);
    expect([...found.corrections]).toEqual([['refnud', 'refund']]);
  });

  it('asks the vocabulary about the meaningful words only', async () => {
    const { search } = engine({});
    const asked: string[][] = [];
    await searchWithCorrections(search, 'the refnud of a fee', 3, async (words) => (asked.push(words), new Map()));
    expect(asked).toEqual([['refnud', 'fee']]);
  });

  it('keeps the first answer when no word has a correction', async () => {
    const { asked, search } = engine({});
    const found = await searchWithCorrections(search, 'xqzv', 3, async () => new Map());
    expect(asked).toEqual(['xqzv']);
    expect(found).toEqual({ results: [], unmatched: ['xqzv'], corrections: new Map() });
  });
});

describe('mainCount', () => {
  const scored = (...scores: number[]) => scores.map((score) => ({ score }));

  it('keeps in the main list every result within a third of the best match', () => {
    expect(OTHER_MATCHES_BELOW).toBeCloseTo(1 / 3);
    expect(mainCount(scored(30, 12, 10, 9.9, 2))).toBe(3);
  });

  it('keeps a broad query’s evenly matched results together however many there are', () => {
    expect(mainCount(scored(...Array.from({ length: 5000 }, (_, i) => 10 - i / 1000)))).toBe(5000);
  });

  it('always keeps the best match, and nothing of an empty list', () => {
    expect(mainCount(scored(1))).toBe(1);
    expect(mainCount([])).toBe(0);
  });
});
