import type { Category } from '../schemas/category.ts';
import type { Confidence } from '../schemas/playbook.ts';

interface Entry<Data> {
  id: string;
  data: Data;
}
interface Listable {
  title: string;
  category: string;
  confidence: Confidence;
}

/** Archived playbooks stay published (links keep working) but are left out of lists and search. */
export function isListed(data: { confidence: Confidence }): boolean {
  return data.confidence !== 'archived';
}

export function byTitle<Data extends { title: string }>(a: Entry<Data>, b: Entry<Data>): number {
  return a.data.title.localeCompare(b.data.title, 'en');
}

export function byCategoryOrder(a: Entry<Category>, b: Entry<Category>): number {
  return a.data.order - b.data.order || byTitle(a, b);
}

/** Categories in display order, each with its listed playbooks sorted by title; empty ones dropped. */
export function groupByCategory<Playbook extends Entry<Listable>>(
  categories: Entry<Category>[],
  playbooks: Playbook[],
): { category: Entry<Category>; playbooks: Playbook[] }[] {
  return [...categories]
    .sort(byCategoryOrder)
    .map((category) => ({
      category,
      playbooks: playbooks.filter((p) => p.data.category === category.id && isListed(p.data)).sort(byTitle),
    }))
    .filter((group) => group.playbooks.length > 0);
}
