import { describe, expect, it } from 'vitest';
import { pageFiltersFrom } from '../../src/search/facets.ts';
import { pageFiltersJson, parsePageFilters } from '../../src/search/page-filters.ts';

const pages = [
  { id: 'en_b2', filters: { category: ['Billing and fees'], audience: ['agent', 'new-hire'], type: ['playbook'] } },
  { id: 'en_a1', filters: { category: ['Porting'], audience: ['agent'], confidence: ['validated'], type: ['playbook'] } },
  { id: 'en_c3', filters: { audience: ['new-hire'], type: ['module'] } },
];

describe('page filters file', () => {
  it("reads back the filter values of every page, as the engine's filter-only searches would list them", () => {
    const read = parsePageFilters(JSON.parse(pageFiltersJson(pages)));
    const fromEngine = pageFiltersFrom(
      pages.flatMap(({ id, filters }) =>
        Object.entries(filters).flatMap(([key, values]) => values.map((value) => ({ key: key as 'category', value, ids: [id] }))),
      ),
    );
    expect(read).toEqual(fromEngine);
  });

  it('keeps a page without filters, and leaves out filter keys search does not offer', () => {
    const read = parsePageFilters(JSON.parse(pageFiltersJson([{ id: 'en_d4', filters: { colour: ['red'] } }, ...pages])));
    expect(read?.get('en_d4')).toEqual({});
    expect(JSON.stringify([...(read?.values() ?? [])])).not.toContain('red');
  });

  it('writes the same bytes whatever order the pages were read in', () => {
    expect(pageFiltersJson([...pages].reverse())).toBe(pageFiltersJson(pages));
  });

  it("names each value once, so a large library's file grows by a few numbers a page", () => {
    const many = Array.from({ length: 1000 }, (_, at) => ({
      id: `en_${at}`,
      filters: { category: ['Billing and fees'], type: ['playbook'] },
    }));
    const json = pageFiltersJson(many);
    expect(json.match(/Billing and fees/g)).toHaveLength(1);
    expect(json.length).toBeLessThan(1000 * 20);
  });

  it('refuses a file that is not one, or whose positions point at no value, instead of guessing', () => {
    const good = JSON.parse(pageFiltersJson(pages)) as { values: unknown[]; pages: Record<string, unknown> };
    expect(parsePageFilters(null)).toBeUndefined();
    expect(parsePageFilters({ values: good.values, pages: [] })).toBeUndefined();
    expect(parsePageFilters({ ...good, values: [['colour', 'red']] })).toBeUndefined();
    expect(parsePageFilters({ ...good, pages: { en_a1: [99] } })).toBeUndefined();
    expect(parsePageFilters({ ...good, pages: { en_a1: ['0'] } })).toBeUndefined();
  });
});
