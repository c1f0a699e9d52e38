import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'test/fixtures/site-content';

function stale(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/stale.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: FIXTURE },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('npm run stale', () => {
  it('prints overdue playbooks grouped by owner team name, most overdue first, and exits 0', () => {
    const result = stale('--today', '2027-06-01');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "3 playbooks overdue for review on 2027-06-01, owned by 2 teams:

      Customer Care (customer-care) — 1 playbook
        113 days overdue  test/fixtures/site-content/playbooks/waiving-a-change-fee.mdx  Waiving a change fee (due 2027-02-08)

      Number Porting Desk (porting-desk) — 2 playbooks
        122 days overdue  test/fixtures/site-content/playbooks/restoring-a-cancelled-line.mdx  Restoring a cancelled line (due 2027-01-30)
        113 days overdue  test/fixtures/site-content/playbooks/an-archived-playbook.mdx  Old porting form [archived] (due 2027-02-08)

      Check each page against current policy, then set lastReviewed to the day you did.
      "
    `);
  });

  it('gives the same report as JSON with --json', () => {
    const result = stale('--today', '2027-02-01', '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      today: string;
      overdue: number;
      owners: { owner: string; playbooks: { id: string; daysOverdue: number }[] }[];
    };
    expect(report.today).toBe('2027-02-01');
    expect(report.overdue).toBe(1);
    expect(report.owners.map((group) => [group.owner, group.playbooks.map((item) => [item.id, item.daysOverdue])])).toEqual([
      ['porting-desk', [['restoring-a-cancelled-line', 2]]],
    ]);
  });

  it('says nothing is overdue, still exiting 0, when every review is current', () => {
    const result = stale('--today', '2026-12-01');
    expect([result.status, result.stdout.trim()]).toEqual([0, '✓ no playbook review is overdue on 2026-12-01']);
  });

  it('refuses a --today that is not a real day, with exit 1', () => {
    const result = stale('--today', '2027-02-30');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(
      `"✗ npm run stale: --today "2027-02-30" is not a day — write it as YYYY-MM-DD, for example 2026-11-25"`,
    );
  });
});
