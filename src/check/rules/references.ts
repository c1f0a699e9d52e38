import type { PlaybookData } from '../../schemas/playbook.ts';

/** A reference from one entry's frontmatter field to another entry that does not exist. */
export interface BrokenReference {
  /** Entry that holds the reference. */
  from: string;
  /** Path of the field, e.g. ['related', 1]. */
  path: (string | number)[];
  /** Collection the id should be in. */
  collection: 'teams' | 'categories' | 'playbooks';
  id: string;
  /** The reason in words, when it is not just "does not exist". */
  problem: 'missing' | 'self' | 'archived';
}

export interface KnownIds {
  teams: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /** Playbook ids mapped to their KCS state, so links to archived pages can be flagged. */
  playbooks: ReadonlyMap<string, PlaybookData['confidence']>;
}

/** Every frontmatter reference of one playbook that points at nothing (or at itself, or at an archived page). */
export function playbookReferenceProblems(id: string, data: PlaybookData, known: KnownIds): BrokenReference[] {
  const problems: BrokenReference[] = [];
  if (!known.categories.has(data.category))
    problems.push({ from: id, path: ['category'], collection: 'categories', id: data.category, problem: 'missing' });
  if (!known.teams.has(data.owner)) problems.push({ from: id, path: ['owner'], collection: 'teams', id: data.owner, problem: 'missing' });
  if (data.escalateTo !== undefined && !known.teams.has(data.escalateTo)) {
    problems.push({ from: id, path: ['escalateTo'], collection: 'teams', id: data.escalateTo, problem: 'missing' });
  }
  data.related.forEach((relatedId, index) => {
    const path = ['related', index];
    if (relatedId === id) problems.push({ from: id, path, collection: 'playbooks', id: relatedId, problem: 'self' });
    else if (!known.playbooks.has(relatedId)) problems.push({ from: id, path, collection: 'playbooks', id: relatedId, problem: 'missing' });
    else if (known.playbooks.get(relatedId) === 'archived' && data.confidence !== 'archived') {
      problems.push({ from: id, path, collection: 'playbooks', id: relatedId, problem: 'archived' });
    }
  });
  return problems;
}

/** The closest known id by edit distance, to suggest a fix for a typo; undefined when nothing is close. */
export function closestId(id: string, candidates: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 3)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
