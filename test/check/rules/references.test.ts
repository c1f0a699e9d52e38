import { describe, expect, it } from 'vitest';
import { closestId, playbookReferenceProblems, type KnownIds } from '../../../src/check/rules/references.ts';
import { playbookSchema, type PlaybookData } from '../../../src/schemas/playbook.ts';
import { parse } from 'yaml';
import { VALID_FRONTMATTER } from '../../helpers/content.ts';

const base: PlaybookData = playbookSchema().parse(parse(VALID_FRONTMATTER));

const known: KnownIds = {
  teams: new Set(['porting-desk', 'customer-care']),
  categories: new Set(['porting', 'billing']),
  playbooks: new Map([
    ['restoring-a-cancelled-line', 'validated'],
    ['escalation-guidelines', 'validated'],
    ['old-porting-form', 'archived'],
  ]),
};

describe('playbookReferenceProblems', () => {
  it('finds nothing wrong when every reference exists', () => {
    const data = { ...base, related: ['escalation-guidelines'], escalateTo: 'customer-care' };
    expect(playbookReferenceProblems('restoring-a-cancelled-line', data, known)).toEqual([]);
  });

  it('reports a category, owner and escalation team that do not exist', () => {
    const data = { ...base, category: 'portting', owner: 'porting', escalateTo: 'duty-supervisors' };
    expect(playbookReferenceProblems('restoring-a-cancelled-line', data, known)).toEqual([
      { from: 'restoring-a-cancelled-line', path: ['category'], collection: 'categories', id: 'portting', problem: 'missing' },
      { from: 'restoring-a-cancelled-line', path: ['owner'], collection: 'teams', id: 'porting', problem: 'missing' },
      { from: 'restoring-a-cancelled-line', path: ['escalateTo'], collection: 'teams', id: 'duty-supervisors', problem: 'missing' },
    ]);
  });

  it('reports a related playbook that does not exist at its index in the list', () => {
    const data = { ...base, related: ['escalation-guidelines', 'escalation-guide'] };
    expect(playbookReferenceProblems('restoring-a-cancelled-line', data, known)).toEqual([
      { from: 'restoring-a-cancelled-line', path: ['related', 1], collection: 'playbooks', id: 'escalation-guide', problem: 'missing' },
    ]);
  });

  it('rejects a playbook that lists itself as related', () => {
    const data = { ...base, related: ['restoring-a-cancelled-line'] };
    expect(playbookReferenceProblems('restoring-a-cancelled-line', data, known)).toEqual([
      {
        from: 'restoring-a-cancelled-line',
        path: ['related', 0],
        collection: 'playbooks',
        id: 'restoring-a-cancelled-line',
        problem: 'self',
      },
    ]);
  });

  it('rejects a live playbook that points readers to an archived one', () => {
    const data = { ...base, related: ['old-porting-form'] };
    expect(playbookReferenceProblems('restoring-a-cancelled-line', data, known)).toEqual([
      { from: 'restoring-a-cancelled-line', path: ['related', 0], collection: 'playbooks', id: 'old-porting-form', problem: 'archived' },
    ]);
  });

  it('lets an archived playbook point to another archived one', () => {
    const data = { ...base, confidence: 'archived' as const, related: ['old-porting-form'] };
    expect(playbookReferenceProblems('older-porting-form', data, known)).toEqual([]);
  });
});

describe('closestId', () => {
  it('suggests the id one typo away', () => {
    expect(closestId('poting-desk', ['customer-care', 'porting-desk'])).toBe('porting-desk');
  });

  it('picks the nearest of several candidates', () => {
    expect(closestId('escalation-guide', ['escalation-guidelines', 'escalation-guides'])).toBe('escalation-guides');
  });

  it('allows two edits even for a short id', () => {
    expect(closestId('fe', ['fee', 'faq-desk'])).toBe('fee');
  });

  it('allows a third of the length in edits for a long id', () => {
    // 21 characters: up to 7 edits are still a plausible typo, 8 are not.
    expect(closestId('escalation-guidelines', ['escalation-guide'])).toBe('escalation-guide');
    expect(closestId('escalation-guidelines', ['escalation-gu'])).toBeUndefined();
  });

  it('suggests nothing when every candidate is too far away', () => {
    expect(closestId('billing', ['porting-desk', 'customer-care'])).toBeUndefined();
  });

  it('suggests nothing when there are no candidates', () => {
    expect(closestId('porting', [])).toBeUndefined();
  });
});
