import { describe, expect, it } from 'vitest';
import { byCategoryOrder, byTitle, groupByCategory, isListed } from '../../src/lib/catalog.ts';
import type { Category } from '../../src/schemas/category.ts';
import type { Confidence } from '../../src/schemas/playbook.ts';

function category(id: string, title: string, order: number) {
  return { id, data: { title, description: `Everything about ${title}.`, order } satisfies Category };
}
function page(id: string, title: string, categoryId: string, confidence: Confidence = 'validated') {
  return { id, data: { title, category: categoryId, confidence } };
}

describe('isListed', () => {
  it('lists every state except archived', () => {
    const states: Confidence[] = ['wip', 'not-validated', 'validated', 'archived'];
    expect(states.map((confidence) => isListed({ confidence }))).toEqual([true, true, true, false]);
  });
});

describe('byTitle', () => {
  it('sorts entries alphabetically by title, ignoring case', () => {
    const sorted = [page('b', 'billing dispute', 'x'), page('c', 'Cancelled line', 'x'), page('a', 'Address change', 'x')].sort(byTitle);
    expect(sorted.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('byCategoryOrder', () => {
  it('sorts categories by order, smallest first', () => {
    const sorted = [category('billing', 'Billing', 2), category('porting', 'Porting', 1)].sort(byCategoryOrder);
    expect(sorted.map((c) => c.id)).toEqual(['porting', 'billing']);
  });

  it('breaks an order tie by title', () => {
    const sorted = [category('roaming', 'Roaming', 1), category('billing', 'Billing', 1)].sort(byCategoryOrder);
    expect(sorted.map((c) => c.id)).toEqual(['billing', 'roaming']);
  });
});

describe('groupByCategory', () => {
  const categories = [category('billing', 'Billing', 2), category('porting', 'Porting', 1), category('roaming', 'Roaming', 3)];

  it('groups listed playbooks under their categories in display order, each sorted by title', () => {
    const groups = groupByCategory(categories, [
      page('refund', 'Refunding a charge', 'billing'),
      page('restore', 'Restoring a cancelled line', 'porting'),
      page('dispute', 'Disputed bill', 'billing'),
      page('rejected', 'Port rejected', 'porting', 'wip'),
    ]);
    expect(groups.map((g) => [g.category.id, g.playbooks.map((p) => p.id)])).toEqual([
      ['porting', ['rejected', 'restore']],
      ['billing', ['dispute', 'refund']],
    ]);
  });

  it('leaves archived playbooks out of the lists', () => {
    const groups = groupByCategory(categories, [
      page('old', 'Old porting form', 'porting', 'archived'),
      page('new', 'New porting form', 'porting'),
    ]);
    expect(groups.map((g) => g.playbooks.map((p) => p.id))).toEqual([['new']]);
  });

  it('drops a category whose only playbooks are archived', () => {
    const groups = groupByCategory(categories, [
      page('old', 'Old roaming rates', 'roaming', 'archived'),
      page('refund', 'Refunding a charge', 'billing'),
    ]);
    expect(groups.map((g) => g.category.id)).toEqual(['billing']);
  });

  it('does not reorder the categories it was given', () => {
    groupByCategory(categories, [page('refund', 'Refunding a charge', 'billing')]);
    expect(categories.map((c) => c.id)).toEqual(['billing', 'porting', 'roaming']);
  });
});
