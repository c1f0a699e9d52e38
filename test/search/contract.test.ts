import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, isFilterKey, META_KEYS, moduleSearchData, playbookSearchData } from '../../src/search/contract.ts';
import { META_WEIGHTS } from '../../src/search/ranking.ts';

const playbook = {
  title: 'Porting troubleshooting',
  summary: 'Get a stuck number transfer moving.',
  firstWords: 'Let me check where your number is.',
  confidence: 'validated' as const,
  customerSays: ['my number did not move', 'port rejected'],
  tags: ['port', 'transfer pin'],
  audience: ['agent', 'new-hire'],
};

describe('playbookSearchData', () => {
  it('gives a result everything it shows, and the words it is weighted by', () => {
    expect(playbookSearchData(playbook, 'Porting and number transfers', ['pin', 'transfer']).meta).toEqual({
      title: 'Porting troubleshooting',
      summary: 'Get a stuck number transfer moving.',
      firstWords: 'Let me check where your number is.',
      category: 'Porting and number transfers',
      confidence: 'validated',
      phrases: 'my number did not move · port rejected',
      synonyms: 'pin · transfer',
      tags: 'port · transfer pin',
    });
  });

  it('carries the chat and email first words when the playbook gives them, and only then', () => {
    const written = { ...playbook, firstWordsChat: 'Thanks for your message.', firstWordsEmail: 'Thank you for writing.' };
    expect(playbookSearchData(written, undefined, []).meta).toMatchObject({
      firstWordsChat: 'Thanks for your message.',
      firstWordsEmail: 'Thank you for writing.',
    });
    expect(Object.keys(playbookSearchData(playbook, undefined, []).meta)).not.toContain('firstWordsChat');
  });

  it('files the playbook under its category title, audiences, confidence and type', () => {
    expect(playbookSearchData(playbook, 'Porting and number transfers', []).filters).toEqual({
      category: ['Porting and number transfers'],
      audience: ['agent', 'new-hire'],
      confidence: ['validated'],
      type: ['playbook'],
    });
  });

  it('leaves out a category it cannot name rather than writing an empty one', () => {
    const data = playbookSearchData(playbook, undefined, []);
    expect(data.meta).not.toHaveProperty('category');
    expect(data.filters).not.toHaveProperty('category');
  });
});

describe('moduleSearchData', () => {
  it('marks a training module by its type, in metadata and filters', () => {
    expect(moduleSearchData({ title: 'Fair fee decisions', summary: 'When to waive.', audience: ['new-hire'] })).toEqual({
      meta: { title: 'Fair fee decisions', summary: 'When to waive.', type: 'module' },
      filters: { audience: ['new-hire'], type: ['module'] },
    });
  });
});

describe('the contract keys', () => {
  it('offers the filters in display order', () => {
    expect(FILTER_KEYS).toEqual(['category', 'audience', 'confidence', 'type']);
  });

  it('tells a filter key from any other name a checkbox could carry', () => {
    expect(isFilterKey('audience')).toBe(true);
    expect(isFilterKey('colour')).toBe(false);
    expect(isFilterKey(undefined)).toBe(false);
  });

  it('weighs only metadata that pages write', () => {
    for (const key of Object.keys(META_WEIGHTS)) expect(META_KEYS, key).toContain(key);
  });
});
