import { describe, expect, it } from 'vitest';
import { detailed, findResults } from '../../../src/search/client/results.ts';
import { fakeEngine } from './fake-engine.ts';

describe('findResults', () => {
  it('asks for the words and the filters, and keeps the counts of the full query', async () => {
    const engine = fakeEngine({ 'port rejected': ['porting'] }, { category: { Porting: 1 } });
    const filters = { category: { any: ['Porting'] } };
    const found = await findResults(engine, 'port rejected', filters);
    expect(found.results.map((result) => result.id)).toEqual(['porting']);
    expect(found.filterCounts).toEqual({ category: { Porting: 1 } });
    expect(engine.asked[0]).toEqual({ query: 'port rejected', filters });
  });

  it('falls back to the single words when the full query finds too few', async () => {
    const engine = fakeEngine({ 'port rejected': ['porting'], port: ['porting', 'billing'], rejected: ['fees'] });
    const found = await findResults(engine, 'port rejected', {});
    expect(engine.asked.map((asked) => asked.query)).toEqual(['port rejected', 'port', 'rejected']);
    expect(found.results.map((result) => [result.id, result.tier])).toEqual([
      ['porting', 3],
      ['billing', 1],
      ['fees', 1],
    ]);
  });

  it('asks for every page when only filters are chosen', async () => {
    const engine = fakeEngine({ '': ['porting'] });
    await findResults(engine, '', { audience: { any: ['agent'] } });
    expect(engine.asked).toEqual([{ query: null, filters: { audience: { any: ['agent'] } } }]);
  });
});

describe('detailed', () => {
  it('orders a batch by confidence and shows each result with its metadata', async () => {
    // Engine scores 3, 2, 1: the work-in-progress page keeps half of its 3.
    const { results } = await findResults(fakeEngine({ fee: ['draft:wip', 'proven:validated', 'other:validated'] }), 'fee', {});
    const shown = await detailed(results);
    expect(shown).toEqual([
      { url: '/playbooks/proven/', meta: { title: 'proven', confidence: 'validated' }, section: undefined },
      { url: '/playbooks/draft/', meta: { title: 'draft', confidence: 'wip' }, section: undefined },
      { url: '/playbooks/other/', meta: { title: 'other', confidence: 'validated' }, section: undefined },
    ]);
  });

  it('links to the best matching section of a page', async () => {
    const result = {
      id: 'porting',
      score: 1,
      tier: 0,
      data: async () => ({
        url: '/playbooks/porting/',
        meta: { title: 'Porting' },
        excerpt: '',
        sub_results: [
          { title: 'Porting', url: '/playbooks/porting/', excerpt: '' },
          { title: 'Check the PIN', url: '/playbooks/porting/#step-pin', excerpt: '' },
        ],
      }),
    };
    expect((await detailed([result]))[0]?.section).toEqual({ title: 'Check the PIN', url: '/playbooks/porting/#step-pin', excerpt: '' });
  });
});
