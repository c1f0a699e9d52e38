// Keys for Astro's incremental build (experimental.incrementalBuild; docs/decisions.md, decision 22).
// Astro copies a page from the previous build instead of rendering it when the page's `cacheKey`,
// its code (the module graph of the page and its components) and the content entries it rendered
// are unchanged. Astro sees code and rendered MDX itself; it does not see the data a page reads
// from other entries (a team's limits, a related playbook's title, the review date against
// today), so each key below holds all of that. A key that misses something serves a stale page;
// one that holds too much only re-renders a page, so when in doubt a key takes more.
import { createHash } from 'node:crypto';
import { isReviewOverdue, type Reviewable } from './staleness.ts';

/** A content entry as `getCollection` returns it; only what a key reads. */
export interface KeyedEntry {
  id: string;
  collection: string;
  data: unknown;
  body?: string | undefined;
  filePath?: string | undefined;
}

const isEntry = (value: unknown): value is KeyedEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { collection?: unknown }).collection === 'string' &&
  'data' in value;

// An entry is hashed once per build however many keys hold it (a category page holds each of its
// playbooks, a module page its paths): keys are computed for every page of every build.
const fingerprints = new WeakMap<object, string>();

/** A digest of everything an entry holds: collection, id, file, parsed data and body. */
export function entryFingerprint(entry: KeyedEntry): string {
  const known = fingerprints.get(entry);
  if (known !== undefined) return known;
  // The parsed data, not the loader's digest of the file: a schema default or transform changes
  // what a page shows without changing the file (and YAML list entries have no digest at all).
  const fingerprint = sha256(
    serialize({ collection: entry.collection, id: entry.id, filePath: entry.filePath, data: entry.data, body: entry.body }),
  );
  fingerprints.set(entry, fingerprint);
  return fingerprint;
}

/** JSON that also spells out Maps and Sets and stands a content entry for its fingerprint. */
function serialize(value: unknown): string {
  return JSON.stringify(value, function replacer(this: unknown, key: string, item: unknown) {
    // The entry itself is being fingerprinted: walk its fields instead of recursing into it.
    if (key !== '' && isEntry(item)) return { entry: entryFingerprint(item) };
    if (item instanceof Map) return { map: [...item] };
    if (item instanceof Set) return { set: [...item] };
    if (typeof item === 'function' || typeof item === 'symbol')
      throw new TypeError(`a cache key cannot hold a ${typeof item} (at "${key}")`);
    if (typeof item === 'bigint') return `${item}n`;
    return item;
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The key of a page: a digest of every part of what it renders, named so two pages' parts never collide. */
export function pageKey(parts: Record<string, unknown>): string {
  return sha256(serialize(parts));
}

/** One digest of many entries (every entry of the small shared collections), computed once for all the pages that show them. */
export function entriesDigest(entries: readonly KeyedEntry[]): string {
  return sha256(entries.map(entryFingerprint).join('\n'));
}

/** Every string anywhere in `value` that is one of `ids`, once each, in order of first appearance. */
export function idsNamedIn(value: unknown, ids: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      if (ids.has(item)) found.add(item);
    } else if (Array.isArray(item)) item.forEach(visit);
    else if (item instanceof Map) [...item].forEach(visit);
    else if (item instanceof Set) [...item].forEach(visit);
    else if (typeof item === 'object' && item !== null) Object.values(item).forEach(visit);
  };
  visit(value);
  return [...found];
}

/** A playbook as its page's key reads it. */
export interface KeyedPlaybook extends KeyedEntry {
  data: Reviewable & { related: readonly string[] };
}

/**
 * Keys of the playbook pages. A playbook page shows its own entry; the title, summary and listing
 * of the playbooks it names as related; its review verdict for today; and, through its header and
 * the content components in its text, its category, teams (limits, hours, SLAs, reach), regions,
 * values, verification checks, safety routes and synonyms. Those small collections are `shared`,
 * every entry of every collection but playbooks, whole: which of them a text's components read is
 * decided while rendering, and a key must be known before. So an edit to a team re-renders every
 * playbook page; an edit to a playbook re-renders it and the pages that name it as related.
 */
export function playbookPageKeys(
  playbooks: readonly KeyedPlaybook[],
  shared: readonly KeyedEntry[],
  today: Date,
  site: unknown,
): (playbook: KeyedPlaybook) => string {
  const byId = new Map(playbooks.map((playbook) => [playbook.id, playbook]));
  const sharedDigest = entriesDigest(shared);
  return (playbook) =>
    pageKey({
      page: 'playbook',
      playbook,
      related: playbook.data.related.map((id) => byId.get(id) ?? { missing: id }),
      overdue: isReviewOverdue(playbook.data, today),
      shared: sharedDigest,
      site,
    });
}

/** Key of a category page: the category and the playbooks it lists (each card shows a playbook's title, summary and confidence). */
export function categoryPageKey(category: KeyedEntry, listed: readonly KeyedEntry[], site: unknown): string {
  return pageKey({ page: 'category', category, listed, site });
}

/**
 * Key of a training module page: the module, its prerequisites and paths, and the playbooks it
 * names anywhere (its reading steps and role-plays show their titles).
 */
export function modulePageKey(
  module: KeyedEntry,
  related: { prerequisites: readonly KeyedEntry[]; paths: readonly KeyedEntry[] },
  playbooks: ReadonlyMap<string, KeyedEntry>,
  site: unknown,
): string {
  const named = idsNamedIn(module.data, new Set(playbooks.keys())).map((id) => playbooks.get(id));
  return pageKey({ page: 'module', module, ...related, named, site });
}

/** Key of a learning path page: the path and the modules it may list. */
export function pathPageKey(path: KeyedEntry, modules: readonly KeyedEntry[], site: unknown): string {
  return pageKey({ page: 'path', path, modules, site });
}

/** Key of a contact-reason page (/go/<reason>/): the link it redirects to, which is everything it shows. */
export function contactReasonPageKey(link: unknown, site: unknown): string {
  return pageKey({ page: 'contact-reason', link, site });
}
