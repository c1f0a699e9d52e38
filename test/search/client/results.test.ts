import { describe, expect, it } from 'vitest';
import { detailed, filtered, findResults } from '../../../src/search/client/results.ts';
import { fakeEngine } from './fake-engine.ts';

const pages = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const keepAll = () => true;

const noCorrections = async () => new Map<string, string>();

describe('findResults', () => {
  it('asks for the words alone, without filters: the filters cut the answer in the browser', async () => {
    const engine = fakeEngine({ 'port rejected': ['porting', 'rescue', 'calling'] });
    const found = await findResults(engine, 'port rejected', noCorrections);
    expect(found.main.map((result) => result.id)).toEqual(['porting', 'rescue', 'calling']);
    expect(engine.asked).toEqual([{ query: 'port rejected', filters: undefined }]);
  });

  it('puts the matches far below the best one apart, as other matches', async () => {
    // Scores 9 … 1: a third of the best is 3.
    const engine = fakeEngine({ customer: pages('p', 9) });
    const found = await findResults(engine, 'customer', noCorrections);
    expect([found.main.length, found.others.length]).toEqual([7, 2]);
  });

  it('searches again with a correction for a word that found nothing, and says so', async () => {
    const engine = fakeEngine({ refund: ['fee-waiver'] });
    const found = await findResults(engine, 'refnud', async () => new Map([['refnud', 'refund']]));
    expect(found.main.map((result) => result.id)).toEqual(['fee-waiver']);
    expect([...found.corrections]).toEqual([['refnud', 'refund']]);
  });
});

describe('filtered', () => {
  it('keeps the results that pass the selected filters, in order', () => {
    const pages = new Map([
      ['a', { category: ['Porting'] }],
      ['b', { category: ['Billing'] }],
    ]);
    expect(filtered([{ id: 'b' }, { id: 'a' }, { id: 'c' }], pages, { category: ['Porting'] })).toEqual([{ id: 'a' }]);
    expect(filtered([{ id: 'b' }, { id: 'a' }], pages, {})).toEqual([{ id: 'b' }, { id: 'a' }]);
  });
});

describe('detailed', () => {
  it('orders a batch by confidence and shows each result with its metadata', async () => {
    // Engine scores 3, 2, 1: the work-in-progress page keeps half of its 3.
    const { main } = await findResults(fakeEngine({ fee: ['draft:wip', 'proven:validated', 'other:validated'] }), 'fee', noCorrections);
    const shown = await detailed(main, keepAll);
    expect(shown).toEqual([
      { url: '/playbooks/proven/?highlight=fee', meta: { title: 'proven', confidence: 'validated' }, section: undefined },
      { url: '/playbooks/draft/?highlight=fee', meta: { title: 'draft', confidence: 'wip' }, section: undefined },
      { url: '/playbooks/other/?highlight=fee', meta: { title: 'other', confidence: 'validated' }, section: undefined },
    ]);
  });

  it('links to the best matching section of a page', async () => {
    const result = {
      id: 'porting',
      score: 1,
      words: ['pin'],
      data: async () => ({
        url: '/playbooks/porting/',
        meta: { title: 'Porting' },
        excerpt: '',
        sub_results: [
          { title: 'Porting', url: '/playbooks/porting/', excerpt: '' },
          { title: 'Check the PIN', url: '/playbooks/porting/?highlight=pin#step-pin', excerpt: '' },
        ],
      }),
    };
    expect((await detailed([result], keepAll))[0]?.section).toEqual({
      title: 'Check the PIN',
      url: '/playbooks/porting/?highlight=pin#step-pin',
    });
  });

  it('highlights on the opened page only the words that found it and are not on most pages', async () => {
    const result = {
      id: 'porting',
      score: 1,
      words: ['customer', 'switch', 'carrier'],
      data: async () => ({ url: '/playbooks/porting/?highlight=customer', meta: { title: 'Porting' }, excerpt: '', sub_results: [] }),
    };
    const shown = await detailed([result], (word) => word !== 'customer');
    expect(shown[0]?.url).toBe('/playbooks/porting/?highlight=switch&highlight=carrier');
  });
});
