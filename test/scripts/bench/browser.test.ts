import { describe, expect, it } from 'vitest';
import { isSearchFile } from '../../../scripts/bench/browser.ts';

describe('first-query bytes', () => {
  it('count the engine, the index, the vocabulary and the search worker, and nothing else the page loads', () => {
    const fetched = [
      '/pagefind/pagefind.js',
      '/pagefind/index/en_1.pf_index',
      '/search-vocabulary/head.json',
      '/search-vocabulary/n.0886e87b80.json',
      '/_astro/search-worker-CLW1-nW0.js',
      '/_astro/SearchBox.astro_astro_type_script_index_0_lang.D6eTuOg8.js',
      '/_astro/site-searcher.HmqG9fBx.js',
      '/',
    ];
    expect(fetched.filter(isSearchFile)).toEqual(fetched.slice(0, 5));
  });
});
