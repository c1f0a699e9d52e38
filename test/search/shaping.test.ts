import { describe, expect, it } from 'vitest';
import {
  keepKnownFilters,
  unknownFiltersNotice,
  bestSection,
  contentWords,
  engineQuery,
  pagefindFilters,
  readSearchState,
  toggleFilter,
  withHighlight,
  writeSearchState,
} from '../../src/search/shaping.ts';

describe('readSearchState and writeSearchState', () => {
  it('reads the query and repeated filter values from a shared link', () => {
    const state = readSearchState(new URLSearchParams('q=port+rejected&category=porting&category=billing-and-fees&audience=agent'));
    expect(state).toEqual({ query: 'port rejected', filters: { category: ['porting', 'billing-and-fees'], audience: ['agent'] } });
  });

  it('ignores unknown keys, blank values and repeats', () => {
    const state = readSearchState(new URLSearchParams('q=&colour=red&category=%20&category=porting&category=porting'));
    expect(state).toEqual({ query: '', filters: { category: ['porting'] } });
  });

  it('caps an oversized query and the number of values per filter', () => {
    const params = new URLSearchParams({ q: 'x'.repeat(500) });
    for (let i = 0; i < 50; i++) params.append('category', `c${i}`);
    const state = readSearchState(params);
    expect(state.query).toHaveLength(200);
    expect(state.filters.category).toHaveLength(20);
  });

  it('writes back the same state, leaving empty parts out', () => {
    const state = { query: '  switch carrier ', filters: { confidence: ['validated'] } };
    expect(writeSearchState(state).toString()).toBe('q=switch+carrier&confidence=validated');
    expect(writeSearchState({ query: ' ', filters: {} }).size).toBe(0);
    expect(readSearchState(writeSearchState(state))).toEqual({ query: 'switch carrier', filters: { confidence: ['validated'] } });
  });
});

describe('toggleFilter and pagefindFilters', () => {
  it('adds a value, then removes it and drops the emptied key', () => {
    const on = toggleFilter({ query: 'fee', filters: {} }, 'category', 'policies');
    expect(on.filters).toEqual({ category: ['policies'] });
    expect(toggleFilter(on, 'category', 'policies').filters).toEqual({});
  });

  it('combines values of one key as alternatives and keys as requirements', () => {
    const state = { query: '', filters: { category: ['porting', 'policies'], audience: ['agent'] } };
    expect(pagefindFilters(state)).toEqual({ category: { any: ['porting', 'policies'] }, audience: { any: ['agent'] } });
  });
});

describe('bestSection', () => {
  it('links to the first sub-result that is a section, not the page top', () => {
    const section = bestSection([
      { title: 'Porting', url: '/playbooks/porting/', excerpt: '' },
      { title: 'Check the old line', url: '/playbooks/porting/#step-check', excerpt: '' },
    ]);
    expect(section?.url).toBe('/playbooks/porting/#step-check');
  });

  it('gives no section when only the page itself matched', () => {
    expect(bestSection([{ title: 'Porting', url: '/playbooks/porting/', excerpt: '' }])).toBeUndefined();
  });
});

describe('contentWords', () => {
  it('keeps the meaningful words of a caller sentence, lowercase and once each', () => {
    expect(contentWords('I have explained this FIVE times, five!')).toEqual(['explained', 'five', 'times']);
  });

  it('leaves out "another", which says nothing about any playbook', () => {
    expect(contentWords('switch to another carrier')).toEqual(['switch', 'carrier']);
  });

  it('keeps apostrophes inside words', () => {
    expect(contentWords("can't port")).toEqual(["can't", 'port']);
  });
});

describe('engineQuery', () => {
  it('leaves out stop words when meaningful words remain', () => {
    expect(engineQuery('my number stopped working after I switched')).toBe('number stopped working after switched');
  });

  it('keeps a query made only of stop words as it is', () => {
    expect(engineQuery('what is this')).toBe('what is this');
  });

  it('waits for a last word still being typed until it has three letters', () => {
    expect(engineQuery('number s')).toBe('number');
    expect(engineQuery('number st')).toBe('number');
    expect(engineQuery('number sto')).toBe('number sto');
  });

  it('searches a short last word once the agent has typed a space after it', () => {
    expect(engineQuery('sim id ')).toBe('sim id');
  });

  it('searches a short word when it is the only word', () => {
    expect(engineQuery('tv')).toBe('tv');
    expect(engineQuery('my n')).toBe('my');
  });

  it('trims and collapses whitespace', () => {
    expect(engineQuery('  port    rejected  ')).toBe('port rejected');
    expect(engineQuery('   ')).toBe('');
  });
});

describe('keepKnownFilters and unknownFiltersNotice', () => {
  const known = { category: { 'Porting and number transfers': 2 }, audience: { agent: 3 }, confidence: { validated: 0 } };

  it('keeps filter values some page carries and drops the rest, one by one', () => {
    const asked = { query: 'port', filters: { category: ['old-category-id', 'Porting and number transfers'], audience: ['agent'] } };
    expect(keepKnownFilters(asked, known)).toEqual({
      state: { query: 'port', filters: { category: ['Porting and number transfers'], audience: ['agent'] } },
      dropped: [{ key: 'category', value: 'old-category-id' }],
    });
  });

  it('drops a value that no page carries any more (a count of zero) and a key the library has no values for', () => {
    const { state, dropped } = keepKnownFilters({ query: '', filters: { confidence: ['validated'], type: ['module'] } }, known);
    expect(state.filters).toEqual({});
    expect(dropped).toEqual([
      { key: 'confidence', value: 'validated' },
      { key: 'type', value: 'module' },
    ]);
  });

  it('names each dropped filter by its label, and says nothing when none was dropped', () => {
    expect(unknownFiltersNotice([{ key: 'category', value: 'old-category-id' }])).toBe(
      'No playbook has Category “old-category-id” any more, so the search leaves it out. Choose from the filters below.',
    );
    expect(unknownFiltersNotice([])).toBeUndefined();
  });

  it('shortens a long value in the notice', () => {
    const notice = unknownFiltersNotice([{ key: 'audience', value: 'x'.repeat(500) }]) ?? '';
    expect(notice).toContain(`For “${'x'.repeat(60)}…”`);
    expect(notice.length).toBeLessThan(200);
  });
});

describe('withHighlight', () => {
  it('puts only the given words in the link, in place of every word the engine was asked', () => {
    expect(withHighlight('/playbooks/porting/?highlight=customer&highlight=wants#step-pin', ['switch', 'carrier'])).toBe(
      '/playbooks/porting/?highlight=switch&highlight=carrier#step-pin',
    );
  });

  it('leaves no highlight at all when no word matched meaningfully, and keeps other parameters', () => {
    expect(withHighlight('/playbooks/porting/?highlight=customer', [])).toBe('/playbooks/porting/');
    expect(withHighlight('/playbooks/porting/?embed=1&highlight=the', ['pin'])).toBe('/playbooks/porting/?embed=1&highlight=pin');
  });

  it('escapes words as parameters, never as part of the path', () => {
    expect(withHighlight('/playbooks/porting/', ['a&b=c', '#x'])).toBe('/playbooks/porting/?highlight=a%26b%3Dc&highlight=%23x');
  });
});
