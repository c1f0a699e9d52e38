import type { Confidence } from '../schemas/playbook.ts';
import { daysOverdue, isReviewOverdue, reviewDueOn } from '../lib/staleness.ts';

/** What the review reports need to know about one playbook. */
export interface ReviewEntry {
  id: string;
  /** Project-relative path of the source file. */
  file: string;
  title: string;
  /** Team id. */
  owner: string;
  confidence: Confidence;
  lastReviewed: Date;
  reviewEvery: number;
}

/** Why a playbook needs its owner's attention. */
export type AttentionReason = 'overdue' | 'wip' | 'not-validated';

export interface ReportItem extends ReviewEntry {
  /** First overdue day, YYYY-MM-DD. */
  dueOn: string;
  /** Whole days past the due day; 0 on the due day itself and when not overdue. */
  daysOverdue: number;
  overdue: boolean;
  reasons: AttentionReason[];
}

export interface OwnerGroup {
  /** Team id. */
  owner: string;
  /** The team's name, or its id when the team file is missing. */
  ownerName: string;
  playbooks: ReportItem[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function toItem(entry: ReviewEntry, today: Date): ReportItem {
  const overdue = isReviewOverdue(entry, today);
  const reasons: AttentionReason[] = [];
  if (overdue) reasons.push('overdue');
  if (entry.confidence === 'wip' || entry.confidence === 'not-validated') reasons.push(entry.confidence);
  return { ...entry, dueOn: day(reviewDueOn(entry)), daysOverdue: daysOverdue(entry, today), overdue, reasons };
}

/** Most overdue first; then work in progress before not-validated; then by title. */
function byUrgency(a: ReportItem, b: ReportItem): number {
  const rank = (item: ReportItem) => (item.reasons.includes('wip') ? 0 : item.reasons.includes('not-validated') ? 1 : 2);
  return (
    Number(b.overdue) - Number(a.overdue) ||
    b.daysOverdue - a.daysOverdue ||
    rank(a) - rank(b) ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

/** Groups items by owner, teams sorted by name, each team's playbooks most urgent first. */
function groupByOwner(items: ReportItem[], teamNames: ReadonlyMap<string, string>): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const item of items) {
    const group = groups.get(item.owner) ?? { owner: item.owner, ownerName: teamNames.get(item.owner) ?? item.owner, playbooks: [] };
    group.playbooks.push(item);
    groups.set(item.owner, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, playbooks: group.playbooks.sort(byUrgency) }))
    .sort((a, b) => a.ownerName.localeCompare(b.ownerName, 'en') || a.owner.localeCompare(b.owner));
}

/**
 * Playbooks whose review is overdue (`lastReviewed + reviewEvery` has passed, the same test as the
 * check's review/overdue warning), grouped by owner team, most overdue first. Pass `today` so the
 * report is repeatable.
 */
export function overdueByOwner(entries: readonly ReviewEntry[], teamNames: ReadonlyMap<string, string>, today: Date): OwnerGroup[] {
  return groupByOwner(
    entries.map((entry) => toItem(entry, today)).filter((item) => item.overdue),
    teamNames,
  );
}

/**
 * Everything an owner should look at: overdue reviews, drafts (`wip`) and pages not yet proven on
 * calls (`not-validated`), grouped by owner. Archived pages count only when their review is overdue,
 * as they do in the check.
 */
export function attentionByOwner(entries: readonly ReviewEntry[], teamNames: ReadonlyMap<string, string>, today: Date): OwnerGroup[] {
  return groupByOwner(
    entries.map((entry) => toItem(entry, today)).filter((item) => item.reasons.length > 0),
    teamNames,
  );
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How late a review is, in words: "due today" on the due day itself. */
export function lateness(item: Pick<ReportItem, 'daysOverdue'>): string {
  return item.daysOverdue === 0 ? 'due today' : `${plural(item.daysOverdue, 'day')} overdue`;
}

/** The plain-text report `npm run stale` prints. */
export function formatOverdueReport(groups: readonly OwnerGroup[], today: Date): string[] {
  const total = groups.reduce((sum, group) => sum + group.playbooks.length, 0);
  if (total === 0) return [`✓ no playbook review is overdue on ${day(today)}`];
  const lines = [`${plural(total, 'playbook')} overdue for review on ${day(today)}, owned by ${plural(groups.length, 'team')}:`];
  for (const group of groups) {
    lines.push('', `${group.ownerName} (${group.owner}) — ${plural(group.playbooks.length, 'playbook')}`);
    const width = Math.max(...group.playbooks.map((item) => lateness(item).length));
    for (const item of group.playbooks) {
      const state = item.confidence === 'validated' ? '' : ` [${item.confidence}]`;
      lines.push(`  ${lateness(item).padEnd(width)}  ${item.file}  ${item.title}${state} (due ${item.dueOn})`);
    }
  }
  lines.push('', 'Check each page against current policy, then set lastReviewed to the day you did.');
  return lines;
}

/** The `--json` form: stable field names, dates as YYYY-MM-DD. */
export function overdueReportJson(groups: readonly OwnerGroup[], today: Date) {
  return {
    today: day(today),
    overdue: groups.reduce((sum, group) => sum + group.playbooks.length, 0),
    owners: groups.map((group) => ({
      owner: group.owner,
      name: group.ownerName,
      playbooks: group.playbooks.map((item) => ({
        id: item.id,
        title: item.title,
        file: item.file,
        confidence: item.confidence,
        lastReviewed: day(item.lastReviewed),
        reviewEvery: item.reviewEvery,
        dueOn: item.dueOn,
        daysOverdue: item.daysOverdue,
      })),
    })),
  };
}
