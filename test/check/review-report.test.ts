import { describe, expect, it } from 'vitest';
import {
  attentionByOwner,
  formatOverdueReport,
  lateness,
  overdueByOwner,
  overdueReportJson,
  type ReviewEntry,
} from '../../src/check/review-report.ts';
import type { Confidence } from '../../src/schemas/playbook.ts';

const TODAY = new Date('2027-03-01T00:00:00Z');
const TEAMS = new Map([
  ['porting-desk', 'Number Porting Desk'],
  ['customer-care', 'Customer Care'],
]);

function entry(id: string, owner: string, lastReviewed: string, confidence: Confidence = 'validated', reviewEvery = 90): ReviewEntry {
  return {
    id,
    file: `content/playbooks/${id}.mdx`,
    title: id.replace(/-/g, ' '),
    owner,
    confidence,
    lastReviewed: new Date(`${lastReviewed}T00:00:00Z`),
    reviewEvery,
  };
}

// Due 90 days after review: 2026-11-01 → 2027-01-30 (30 days overdue on TODAY);
// 2026-10-01 → 2026-12-30 (61 days); 2026-12-15 → 2027-03-15 (not yet).
const LIBRARY = [
  entry('porting-troubleshooting', 'porting-desk', '2026-11-01'),
  entry('calling-another-provider', 'porting-desk', '2026-10-01'),
  entry('fee-waiver-judgment', 'customer-care', '2026-12-15'),
  entry('hostile-caller', 'customer-care', '2026-11-01', 'not-validated'),
  entry('new-draft', 'customer-care', '2026-12-15', 'wip'),
];

describe('overdueByOwner', () => {
  it('lists only playbooks past lastReviewed + reviewEvery', () => {
    const ids = overdueByOwner(LIBRARY, TEAMS, TODAY).flatMap((group) => group.playbooks.map((item) => item.id));
    expect(ids.sort()).toEqual(['calling-another-provider', 'hostile-caller', 'porting-troubleshooting']);
  });

  it('groups playbooks under their owner team name, teams in alphabetical order', () => {
    const groups = overdueByOwner(LIBRARY, TEAMS, TODAY);
    expect(groups.map((group) => [group.owner, group.ownerName])).toEqual([
      ['customer-care', 'Customer Care'],
      ['porting-desk', 'Number Porting Desk'],
    ]);
  });

  it('puts the most overdue playbook first within a team and counts whole days past the due day', () => {
    const porting = overdueByOwner(LIBRARY, TEAMS, TODAY).find((group) => group.owner === 'porting-desk');
    expect(porting?.playbooks.map((item) => [item.id, item.daysOverdue, item.dueOn])).toEqual([
      ['calling-another-provider', 61, '2026-12-30'],
      ['porting-troubleshooting', 30, '2027-01-30'],
    ]);
  });

  it('names a team by its id when its team file is missing', () => {
    const [group] = overdueByOwner([entry('orphan', 'gone-team', '2026-01-01')], TEAMS, TODAY);
    expect(group?.ownerName).toBe('gone-team');
  });

  it('includes a review that falls due today, as the check does', () => {
    const dueToday = entry('due-today', 'porting-desk', '2026-12-01');
    const [group] = overdueByOwner([dueToday], TEAMS, new Date('2027-03-01T10:00:00Z'));
    expect(group?.playbooks[0]?.daysOverdue).toBe(0);
  });

  it('returns no groups when every review is current', () => {
    expect(overdueByOwner(LIBRARY, TEAMS, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
  });
});

describe('attentionByOwner', () => {
  it('adds drafts and not-validated pages to overdue reviews, with every reason a page has', () => {
    const care = attentionByOwner(LIBRARY, TEAMS, TODAY).find((group) => group.owner === 'customer-care');
    expect(care?.playbooks.map((item) => [item.id, item.reasons])).toEqual([
      ['hostile-caller', ['overdue', 'not-validated']],
      ['new-draft', ['wip']],
    ]);
  });

  it('leaves out validated pages whose review is current', () => {
    const ids = attentionByOwner(LIBRARY, TEAMS, TODAY).flatMap((group) => group.playbooks.map((item) => item.id));
    expect(ids).not.toContain('fee-waiver-judgment');
  });

  it('leaves out an archived page unless its review is overdue', () => {
    const archived = [
      entry('old-current', 'porting-desk', '2027-02-01', 'archived'),
      entry('old-overdue', 'porting-desk', '2026-01-01', 'archived'),
    ];
    const ids = attentionByOwner(archived, TEAMS, TODAY).flatMap((group) => group.playbooks.map((item) => item.id));
    expect(ids).toEqual(['old-overdue']);
  });

  it('lists work in progress before not-validated pages when neither is overdue', () => {
    const pages = [
      entry('b-unproven', 'porting-desk', '2027-02-01', 'not-validated'),
      entry('a-draft', 'porting-desk', '2027-02-01', 'wip'),
    ];
    const [group] = attentionByOwner(pages, TEAMS, TODAY);
    expect(group?.playbooks.map((item) => item.id)).toEqual(['a-draft', 'b-unproven']);
  });
});

describe('lateness', () => {
  it('says "due today" on the due day and counts days after it', () => {
    expect([0, 1, 12].map((daysOverdue) => lateness({ daysOverdue }))).toEqual(['due today', '1 day overdue', '12 days overdue']);
  });
});

describe('formatOverdueReport', () => {
  it('prints a heading, one block per team and one line per playbook with days overdue and file path', () => {
    expect(formatOverdueReport(overdueByOwner(LIBRARY, TEAMS, TODAY), TODAY)).toMatchInlineSnapshot(`
      [
        "3 playbooks overdue for review on 2027-03-01, owned by 2 teams:",
        "",
        "Customer Care (customer-care) — 1 playbook",
        "  30 days overdue  content/playbooks/hostile-caller.mdx  hostile caller [not-validated] (due 2027-01-30)",
        "",
        "Number Porting Desk (porting-desk) — 2 playbooks",
        "  61 days overdue  content/playbooks/calling-another-provider.mdx  calling another provider (due 2026-12-30)",
        "  30 days overdue  content/playbooks/porting-troubleshooting.mdx  porting troubleshooting (due 2027-01-30)",
        "",
        "Check each page against current policy, then set lastReviewed to the day you did.",
      ]
    `);
  });

  it('says so in one line when nothing is overdue', () => {
    expect(formatOverdueReport([], TODAY)).toEqual(['✓ no playbook review is overdue on 2027-03-01']);
  });
});

describe('overdueReportJson', () => {
  it('gives dates as YYYY-MM-DD and the total count', () => {
    const json = overdueReportJson(overdueByOwner(LIBRARY, TEAMS, TODAY), TODAY);
    expect(json.today).toBe('2027-03-01');
    expect(json.overdue).toBe(3);
    expect(json.owners[1]?.playbooks[0]).toEqual({
      id: 'calling-another-provider',
      title: 'calling another provider',
      file: 'content/playbooks/calling-another-provider.mdx',
      confidence: 'validated',
      lastReviewed: '2026-10-01',
      reviewEvery: 90,
      dueOn: '2026-12-30',
      daysOverdue: 61,
    });
  });
});
