import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetEngines } from '../../../src/search/client/pagefind.ts';
import { loadVocabulary, readPageFilters } from '../../../src/search/client/vocabulary.ts';
import { pageFiltersJson } from '../../../src/search/page-filters.ts';

/** A site whose build can be swapped: each build names its own filters file in its head. */
function site() {
  const asked: string[] = [];
  let build = 'one';
  const files = (name: string): Record<string, string> => ({
    'head.json': JSON.stringify({ pages: 1, generic: [], categories: [], shards: {}, filters: `filters.${name}.json` }),
    [`filters.${name}.json`]: pageFiltersJson([{ id: `en_${name}`, filters: { type: ['playbook'] } }]),
  });
  vi.stubGlobal('fetch', async (url: string) => {
    const file = url.slice(url.lastIndexOf('/') + 1);
    asked.push(file);
    const text = files(build)[file];
    return text === undefined ? new Response('gone', { status: 404 }) : new Response(text);
  });
  return { asked, deploy: (name: string) => (build = name) };
}

afterEach(() => {
  forgetEngines();
  vi.unstubAllGlobals();
});

describe('the vocabulary and page filters in the browser', () => {
  it('reads the head once, and the page filters from the file it names', async () => {
    const { asked } = site();
    await loadVocabulary('/');
    const filters = await readPageFilters('/');
    expect([...(filters?.keys() ?? [])]).toEqual(['en_one']);
    expect(asked).toEqual(['head.json', 'filters.one.json']);
  });

  it('after a deploy reads the new build’s head, so it never asks for a file the old build named', async () => {
    const { asked, deploy } = site();
    await loadVocabulary('/');
    deploy('two');
    forgetEngines();
    const filters = await readPageFilters('/');
    expect([...(filters?.keys() ?? [])]).toEqual(['en_two']);
    expect(asked).not.toContain('filters.one.json');
  });
});
