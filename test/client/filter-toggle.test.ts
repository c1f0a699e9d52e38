import { describe, expect, it } from 'vitest';
import { activeFiltersText } from '../../src/client/filter-toggle.ts';

describe('activeFiltersText', () => {
  it('says nothing after "Filters" when none is on', () => {
    expect(activeFiltersText(0)).toBe('');
  });

  it('says how many filters are on while they are folded away', () => {
    expect(activeFiltersText(2)).toBe(' · 2 on');
  });
});
