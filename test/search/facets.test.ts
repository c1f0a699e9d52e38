import { describe, expect, it } from 'vitest';
import { countFilters, facetTotals, pageFiltersFrom, parseFacetCounts, passesFilters } from '../../src/search/facets.ts';

const titles: Record<string, string> = { porting: 'Porting and number transfers', policies: 'Policies' };
const categoryTitle = (id: string) => titles[id];

describe('facetTotals', () => {
  it('counts listed playbooks by category title, audience, confidence and type', () => {
    const totals = facetTotals(
      [
        { category: 'porting', confidence: 'validated', audience: ['agent', 'new-hire'] },
        { category: 'porting', confidence: 'wip', audience: ['agent'] },
        { category: 'policies', confidence: 'validated', audience: ['supervisor'] },
      ],
      [],
      categoryTitle,
    );
    expect(totals).toEqual({
      category: { 'Porting and number transfers': 2, Policies: 1 },
      confidence: { validated: 2, wip: 1 },
      type: { playbook: 3 },
      audience: { agent: 2, 'new-hire': 1, supervisor: 1 },
    });
  });

  it('leaves archived playbooks out, as the index does', () => {
    const totals = facetTotals([{ category: 'porting', confidence: 'archived', audience: ['agent'] }], [], categoryTitle);
    expect(totals).toEqual({});
  });

  it('counts training modules by type and audience only', () => {
    const totals = facetTotals([], [{ audience: ['new-hire'] }, { audience: ['new-hire', 'agent'] }], categoryTitle);
    expect(totals).toEqual({ type: { module: 2 }, audience: { 'new-hire': 2, agent: 1 } });
  });

  it('skips a category it cannot name rather than counting an id', () => {
    const totals = facetTotals([{ category: 'unknown', confidence: 'validated', audience: ['agent'] }], [], categoryTitle);
    expect(totals.category).toBeUndefined();
    expect(totals.type).toEqual({ playbook: 1 });
  });
});

describe('parseFacetCounts', () => {
  it('reads the totals a page embeds', () => {
    expect(parseFacetCounts('{"category":{"Policies":3},"type":{"playbook":3}}')).toEqual({
      category: { Policies: 3 },
      type: { playbook: 3 },
    });
  });

  it('reads malformed or missing totals as none', () => {
    for (const json of [undefined, '', 'not json', '[1,2]', 'null', '"text"']) expect(parseFacetCounts(json), String(json)).toEqual({});
  });

  it('drops unknown filter keys and counts that are not whole numbers', () => {
    expect(parseFacetCounts('{"colour":{"red":1},"audience":{"agent":2,"senior":"3","supervisor":1.5}}')).toEqual({
      audience: { agent: 2 },
    });
  });
});

describe('countFilters and passesFilters', () => {
  const pages = pageFiltersFrom([
    { key: 'category', value: 'Porting', ids: ['port', 'rescue'] },
    { key: 'category', value: 'Billing', ids: ['fee'] },
    { key: 'type', value: 'playbook', ids: ['port', 'fee'] },
    { key: 'type', value: 'module', ids: ['rescue'] },
  ]);

  it('counts the values of exactly the results listed', () => {
    expect(countFilters(['port', 'fee'], pages, {})).toEqual({ category: { Porting: 1, Billing: 1 }, type: { playbook: 2 } });
  });

  it('counts each filter as the list would be with that value ticked, the other filters applied', () => {
    const selected = { category: ['Porting'] };
    // Billing stays countable while Porting is ticked (values of one filter are alternatives);
    // the type counts are those of the Porting results only.
    expect(countFilters(['port', 'fee', 'rescue'], pages, selected)).toEqual({
      category: { Porting: 2, Billing: 1 },
      type: { playbook: 1, module: 1 },
    });
  });

  it('passes a page with any ticked value of each filter', () => {
    expect(passesFilters(pages.get('fee'), { category: ['Porting', 'Billing'], type: ['playbook'] })).toBe(true);
    expect(passesFilters(pages.get('rescue'), { category: ['Porting'], type: ['playbook'] })).toBe(false);
    expect(passesFilters(undefined, {})).toBe(true);
  });
});
