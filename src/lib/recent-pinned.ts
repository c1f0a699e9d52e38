// The agent's recent and pinned playbooks, kept in the browser (localStorage). Storage is written
// by this site's pages but readable and writable by anything on the origin, so what comes back is
// treated as hostile: parsed, checked against an allow-list (an id shaped like a file name, a
// title of plain text) and capped, before any of it reaches the page — and then only as text and
// as the path `playbooks/<id>/`.
import { ID_PATTERN } from '../schemas/ids.ts';

export interface RememberedPlaybook {
  id: string;
  title: string;
}

export const RECENT_STORAGE_KEY = 'frontline:desk:v1:recent';
export const PINNED_STORAGE_KEY = 'frontline:desk:v1:pinned';
export const MAX_RECENT = 5;
export const MAX_PINNED = 8;
const MAX_ID = 80;
const MAX_TITLE = 80;
/** Control, format and separator characters (bidirectional overrides among them) never reach the page. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** One stored entry, or undefined when it is not a playbook this site could have written. */
function rememberedFrom(value: unknown): RememberedPlaybook | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, title } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length > MAX_ID || !ID_PATTERN.test(id)) return undefined;
  if (typeof title !== 'string') return undefined;
  const text = title.replace(UNSAFE_CHARACTERS, '').trim().slice(0, MAX_TITLE);
  return text ? { id, title: text } : undefined;
}

/** A stored list, read leniently: invalid entries and repeats dropped, at most `max` kept; anything unreadable is an empty list. */
export function parseRemembered(raw: string | null | undefined, max: number): RememberedPlaybook[] {
  if (!raw || raw.length > 20_000) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const list: RememberedPlaybook[] = [];
  for (const item of value.slice(0, max * 4)) {
    const entry = rememberedFrom(item);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    list.push(entry);
    if (list.length === max) break;
  }
  return list;
}

/** The list with this playbook first (moved up if it was already there), at most `max` long. */
export function withOpened(list: readonly RememberedPlaybook[], opened: RememberedPlaybook, max = MAX_RECENT): RememberedPlaybook[] {
  const entry = rememberedFrom(opened);
  if (!entry) return [...list];
  return [entry, ...list.filter((item) => item.id !== entry.id)].slice(0, max);
}

/** Pins the playbook (last in the list) or, when pinned, unpins it. A full list keeps its pins and refuses the new one. */
export function togglePinned(
  list: readonly RememberedPlaybook[],
  playbook: RememberedPlaybook,
  max = MAX_PINNED,
): { list: RememberedPlaybook[]; pinned: boolean; full: boolean } {
  if (list.some((item) => item.id === playbook.id))
    return { list: list.filter((item) => item.id !== playbook.id), pinned: false, full: false };
  const entry = rememberedFrom(playbook);
  if (!entry || list.length >= max) return { list: [...list], pinned: false, full: list.length >= max };
  return { list: [...list, entry], pinned: true, full: false };
}

/** What to show under an empty search box: the pins, then recent playbooks that are not pinned. */
export function shownUnderSearch(
  recent: readonly RememberedPlaybook[],
  pinned: readonly RememberedPlaybook[],
): { pinned: RememberedPlaybook[]; recent: RememberedPlaybook[] } {
  const pinnedIds = new Set(pinned.map((item) => item.id));
  return { pinned: [...pinned], recent: recent.filter((item) => !pinnedIds.has(item.id)) };
}

/** The page of a remembered playbook under the site's base. Ids are checked on read, so this is a plain path. */
export function rememberedHref(base: string, entry: RememberedPlaybook): string {
  return `${base}playbooks/${entry.id}/`;
}
