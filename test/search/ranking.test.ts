import { describe, expect, it } from 'vitest';
import { rerank, searchWithFallback, type RankedCandidate, type Scored } from '../../src/search/ranking.ts';

describe('rerank', () => {
  const candidate = (id: string, score: number, meta: Record<string, string>, tier = 0): RankedCandidate & { id: string } => ({
    id,
    score,
    meta,
    tier,
  });

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

  it('never lets a lower match tier overtake a higher one', () => {
    const ranked = rerank([candidate('one-word', 50, {}, 1), candidate('all-words', 1, { confidence: 'wip' }, 3)]);
    expect(ranked.map((c) => c.id)).toEqual(['all-words', 'one-word']);
  });

  it('keeps the engine order for equal scores', () => {
    const ranked = rerank([candidate('a', 3, {}), candidate('b', 3, {}), candidate('c', 3, {})]);
    expect(ranked.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('searchWithFallback', () => {
  const engine = (index: Record<string, Scored[]>) => async (query: string) => index[query] ?? [];

  it('returns the full-query matches alone when there are enough', async () => {
    const search = engine({
      'port rejected': [
        { id: 'a', score: 2 },
        { id: 'b', score: 1 },
      ],
    });
    const results = await searchWithFallback(search, 'port rejected', 2);
    expect(results).toEqual([
      { id: 'a', score: 2, tier: 0 },
      { id: 'b', score: 1, tier: 0 },
    ]);
  });

  it('adds pages matching single words below the full matches, ranked by words matched', async () => {
    const search = engine({
      'explained five times': [{ id: 'full', score: 1 }],
      explained: [
        { id: 'two-words', score: 1 },
        { id: 'one-word', score: 9 },
      ],
      five: [{ id: 'two-words', score: 1 }],
      times: [{ id: 'full', score: 5 }],
    });
    const results = await searchWithFallback(search, 'explained five times', 3);
    expect(results.map((r) => [r.id, r.tier])).toEqual([
      ['full', 4],
      ['two-words', 2],
      ['one-word', 1],
    ]);
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
