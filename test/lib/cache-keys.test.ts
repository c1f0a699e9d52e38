import { describe, expect, it } from 'vitest';
import {
  categoryPageKey,
  contactReasonPageKey,
  entryFingerprint,
  idsNamedIn,
  modulePageKey,
  pageKey,
  pathPageKey,
  playbookPageKeys,
  type KeyedEntry,
  type KeyedPlaybook,
} from '../../src/lib/cache-keys.ts';

const site = { visibility: 'internal', repository: 'https://example.org/repo', branch: 'main', commit: 'unknown' };
const today = new Date('2026-12-01T00:00:00Z');

type PlaybookData = KeyedPlaybook['data'] & { title: string; summary: string };

function playbook(id: string, changes: Partial<PlaybookData> = {}, body = 'Steps.'): KeyedPlaybook {
  const data: PlaybookData = {
    title: `Title of ${id}`,
    summary: `Summary of ${id}`,
    lastReviewed: new Date('2026-11-01'),
    reviewEvery: 90,
    related: [],
    ...changes,
  };
  return {
    id,
    collection: 'playbooks',
    filePath: `content/playbooks/${id}.mdx`,
    body,
    data,
  };
}
const team = (id: string, limit: number): KeyedEntry => ({
  id,
  collection: 'teams',
  filePath: `content/teams/${id}.yaml`,
  data: { name: id, limit },
});
const shared = [team('billing', 50), team('porting', 20), { id: 'uk', collection: 'regions', data: { name: 'United Kingdom' } }];

describe('playbook page keys', () => {
  const library = [playbook('refunds', { related: ['fees'] }), playbook('fees'), playbook('porting')];
  const keys = (playbooks = library, data = shared, day = today) => {
    const keyOf = playbookPageKeys(playbooks, data, day, site);
    return Object.fromEntries(playbooks.map((entry) => [entry.id, keyOf(entry)]));
  };
  const before = keys();

  it('are the same for the same library, so an unchanged page is restored', () => {
    expect(keys([...library], [...shared])).toEqual(before);
  });

  it('change only for the edited playbook and the playbooks that name it as related', () => {
    const edited = [library[0] as KeyedPlaybook, playbook('fees', { title: 'Waiving fees' }), library[2] as KeyedPlaybook];
    const after = keys(edited);
    expect(after['fees']).not.toBe(before['fees']);
    expect(after['refunds']).not.toBe(before['refunds']);
    expect(after['porting']).toBe(before['porting']);
  });

  it('change when only the text of a playbook changes', () => {
    const after = keys([
      playbook('refunds', { related: ['fees'] }, 'Other steps.'),
      library[1] as KeyedPlaybook,
      library[2] as KeyedPlaybook,
    ]);
    expect(after['refunds']).not.toBe(before['refunds']);
  });

  it("change for every playbook when a team's limit changes, since any text may show it", () => {
    const after = keys(library, [team('billing', 75), ...shared.slice(1)]);
    for (const entry of library) expect(after[entry.id], entry.id).not.toBe(before[entry.id]);
  });

  it('change when a related playbook appears or disappears', () => {
    const without = keys([library[0] as KeyedPlaybook, library[2] as KeyedPlaybook]);
    expect(without['refunds']).not.toBe(before['refunds']);
  });

  it('change on the day a review becomes overdue, and not on the days before it', () => {
    const due = new Date('2026-11-01T00:00:00Z').getTime() + 90 * 86_400_000;
    expect(keys(library, shared, new Date(due - 86_400_000))).toEqual(keys(library, shared, new Date(due - 2 * 86_400_000)));
    expect(keys(library, shared, new Date(due + 1))['porting']).not.toBe(keys(library, shared, new Date(due - 1))['porting']);
  });

  it('change when the site settings change (visibility, repository, commit)', () => {
    const keyOf = playbookPageKeys(library, shared, today, { ...site, visibility: 'public' });
    expect(keyOf(library[2] as KeyedPlaybook)).not.toBe(before['porting']);
  });
});

describe('other page keys', () => {
  const category: KeyedEntry = { id: 'billing', collection: 'categories', data: { title: 'Billing' } };
  const listed = [playbook('fees'), playbook('refunds')];

  it('a category page key changes when a playbook it lists changes its summary, or one joins or leaves', () => {
    const before = categoryPageKey(category, listed, site);
    expect(categoryPageKey(category, [...listed], site)).toBe(before);
    expect(categoryPageKey(category, [playbook('fees', { summary: 'New' }), listed[1] as KeyedEntry], site)).not.toBe(before);
    expect(categoryPageKey(category, listed.slice(1), site)).not.toBe(before);
  });

  it('a module page key changes with the title of a playbook the module names anywhere, and not with others', () => {
    const module: KeyedEntry = {
      id: 'm',
      collection: 'modules',
      data: { steps: [{ playbook: 'fees' }], roleplays: [{ playbook: 'refunds' }] },
    };
    const byId = (entries: KeyedEntry[]) => new Map(entries.map((entry) => [entry.id, entry]));
    const related = { prerequisites: [], paths: [] };
    const before = modulePageKey(module, related, byId([...listed, playbook('porting')]), site);
    expect(modulePageKey(module, related, byId([...listed, playbook('porting', { title: 'Changed' })]), site)).toBe(before);
    expect(modulePageKey(module, related, byId([playbook('fees'), playbook('refunds', { title: 'Changed' })]), site)).not.toBe(before);
  });

  it('a path page key changes with any module it may list', () => {
    const path: KeyedEntry = { id: 'week-1', collection: 'paths', data: { modules: ['m'] } };
    const module = (minutes: number): KeyedEntry => ({ id: 'm', collection: 'modules', data: { estimatedMinutes: minutes } });
    expect(pathPageKey(path, [module(10)], site)).not.toBe(pathPageKey(path, [module(15)], site));
  });

  it('a contact-reason page key changes with the title it links to', () => {
    const link = { reason: 'R1', playbook: 'fees', title: 'Fees', path: 'playbooks/fees/' };
    expect(contactReasonPageKey(link, site)).not.toBe(contactReasonPageKey({ ...link, title: 'Fee waivers' }, site));
  });
});

describe('the digest under every key', () => {
  it('tells apart the same data in two collections, files or ids', () => {
    const entry = team('billing', 50);
    const fingerprints = new Set([
      entryFingerprint(entry),
      entryFingerprint({ ...entry, collection: 'regions' }),
      entryFingerprint({ ...entry, id: 'billing-2' }),
      entryFingerprint({ ...entry, filePath: 'content/teams/other.yaml' }),
    ]);
    expect(fingerprints.size).toBe(4);
  });

  it('spells out dates, Maps and Sets, so a change inside them changes the key', () => {
    expect(pageKey({ day: new Date('2026-01-01') })).not.toBe(pageKey({ day: new Date('2026-01-02') }));
    expect(pageKey({ titles: new Map([['a', 'A']]) })).not.toBe(pageKey({ titles: new Map([['a', 'B']]) }));
    expect(pageKey({ tags: new Set(['a']) })).not.toBe(pageKey({ tags: new Set(['b']) }));
  });

  it('refuses a function rather than leaving it out of the key', () => {
    expect(() => pageKey({ render: () => 'html' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: a cache key cannot hold a function (at "render")]`,
    );
  });

  it('finds the ids named anywhere in nested data, once each', () => {
    expect(
      idsNamedIn({ steps: [{ playbook: 'a' }, { playbook: 'b' }], note: 'a', other: new Map([['k', 'c']]) }, new Set(['a', 'c', 'z'])),
    ).toEqual(['a', 'c']);
  });
});
