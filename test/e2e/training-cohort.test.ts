import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reportToCsv, reportToJson } from '../../src/training/progress.ts';
import { exportedProgress } from '../helpers/progress-exports.ts';
import { itHasNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();
const { newPage } = site;

/** An export as the assignment page writes it today, due on `due` (overdue by default). */
const exported = (trainee: string, answers: Record<string, string>, due = '2026-01-05') =>
  exportedProgress(trainee, answers, { due, assignment: 'Week 1', at: new Date() });

const file = (name: string, text: string | Buffer, mimeType = 'application/octet-stream') => ({
  name,
  mimeType,
  buffer: typeof text === 'string' ? Buffer.from(text) : text,
});

const GOOD = [
  file(
    'sam.json',
    reportToJson(
      exported(
        'Sam Lee',
        { 'Why did the port fail?': 'Line cancelled', 'What may you promise?': 'A refund', 'Who may waive a fee?': 'A supervisor' },
        '2099-01-01',
      ),
    ),
  ),
  file('alex.csv', reportToCsv(exported('Alex Kim', { 'Why did the port fail?': 'Wrong PIN', 'What may you promise?': 'A refund' }))),
];

const HOSTILE = [
  file('script.json', reportToJson(exported('<img src=x onerror="window.hacked=1">', {}))),
  file('formula.csv', reportToCsv(exported('=HYPERLINK("http://evil.example","Click")', {}))),
  file('proto.json', reportToJson(exported('Pat', {})).replace('"trainee": "Pat"', '"trainee": "Pat", "__proto__": { "hacked": 1 }')),
  file('broken.json', '{"trainee": "Kim", "modules": ['),
  file('broken.csv', 'trainee,due,module,kind,item,answer,result\r\n"Kim,,x,check,q,,correct\r\n'),
  file('future.json', reportToJson(exported('Jo', {})).replace('"version": 1', '"version": 3')),
  file('notes.txt', 'hello'),
  file('huge.csv', Buffer.alloc(1_500_000, 'a')),
];

async function open(page: Page): Promise<void> {
  await page.goto(`${site.site().url}/training/cohort/`);
}

async function choose(page: Page, files: ReturnType<typeof file>[]): Promise<void> {
  await page.setInputFiles('#cohort-files', files);
  await page.locator('[data-cohort-status]', { hasText: /shown/ }).waitFor();
}

describe('the cohort view', () => {
  it('shows trainees by module, who is behind and the questions most missed, from files chosen at once', async () => {
    const page = await newPage();
    await open(page);
    await choose(page, GOOD);
    expect(await page.locator('[data-cohort-status]').textContent()).toBe('2 trainees shown.');
    expect(await page.locator('thead th').allTextContents()).toEqual([
      'Trainee',
      'Due',
      'Rescuing a failed number transfer',
      'Fair fee decisions',
      'Modules passed',
    ]);
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows[0]?.[0]).toBe('Alex Kim');
    expect(rows[0]?.[1]).toMatch(/^2026-01-05 \(overdue by \d+ days\) — behind$/);
    expect(rows[0]?.slice(2)).toEqual(['Not passed · 0%', '0 of 1 answered', '0 of 2']);
    expect(rows[1]?.slice(0, 1)).toEqual(['Sam Lee']);
    expect(rows[1]?.slice(2)).toEqual(['Passed · 50%', 'Passed · 100%', '2 of 2']);
    expect(await page.locator('[data-cohort-missed] li').allTextContents()).toEqual([
      'What may you promise? — Rescuing a failed number transfer: missed by 2 of 2 who answered',
      'Why did the port fail? — Rescuing a failed number transfer: missed by 1 of 2 who answered',
    ]);
  });

  it('reads files dropped on the box, and adds them to those already shown', async () => {
    const page = await newPage();
    await open(page);
    await choose(page, [GOOD[0] as ReturnType<typeof file>]);
    const alex = GOOD[1] as ReturnType<typeof file>;
    const transfer = await page.evaluateHandle(
      ({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'text/csv' }));
        return data;
      },
      { name: alex.name, text: alex.buffer.toString('utf8') },
    );
    await page.dispatchEvent('[data-cohort-drop]', 'drop', { dataTransfer: transfer });
    await page.locator('[data-cohort-status]', { hasText: '2 trainees shown.' }).waitFor();
    expect(await page.locator('tbody th').allTextContents()).toEqual(['Alex Kim', 'Sam Lee']);
  });

  it('refuses corrupt, foreign and hostile files one by one, keeps the good ones, and lets nothing become markup', async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page);
    await choose(page, [...GOOD, ...HOSTILE]);
    expect(await page.locator('[data-cohort-refused-list] li').allTextContents()).toEqual([
      expect.stringMatching(/^broken\.json: is not valid JSON \(.+\)\. Ask the trainee to export it again\.$/),
      expect.stringMatching(/^broken\.csv: is not a well-formed CSV \(row \d+: .+\)\.$/),
      'future.json: is a progress export of version 3; this page reads version 1. Export it again from the current site.',
      'notes.txt: not a progress export. Choose the .csv or .json file a trainee exported from their assignment page.',
      'huge.csv: 1500 KB is far larger than a progress export (under 1 MB), so it was not read.',
    ]);
    expect(await page.locator('[data-cohort-status]').textContent()).toBe('5 trainees shown; 5 files not read, listed below.');
    expect(await page.locator('tbody th').allTextContents()).toEqual([
      '=HYPERLINK("http://evil.example","Click")',
      'Alex Kim',
      'img src=x onerror="window.hacked=1"',
      'Pat',
      'Sam Lee',
    ]);
    expect(await page.locator('[data-cohort] img').count()).toBe(0);
    expect(
      await page.evaluate(() => ({ hacked: (window as unknown as { hacked?: number }).hacked, proto: ({} as { hacked?: number }).hacked })),
    ).toEqual({
      hacked: undefined,
      proto: undefined,
    });
    expect(errors).toEqual([]);
  });

  it('downloads a summary CSV with formula-leading cells neutralised', async () => {
    const page = await newPage({ acceptDownloads: true });
    await open(page);
    await choose(page, [HOSTILE[1] as ReturnType<typeof file>, ...GOOD]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the summary (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^frontline-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path()) ?? '', 'utf8').split('\r\n');
    expect(lines[0]).toBe('trainee,due,overdue,module,done,answered,correct,questions,score,pass mark,passed');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")",2026-01-05,yes,Rescuing a failed number transfer,no,0,0,2,0%,50%,no`,
    );
    expect(lines).toHaveLength(8);
  });

  it('clears the cohort', async () => {
    const page = await newPage();
    await open(page);
    await choose(page, GOOD);
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await page.locator('[data-cohort-results]').isHidden()).toBe(true);
    expect(await page.locator('[data-cohort-status]').textContent()).toBe('Cleared.');
  });
});

describe('the cohort view’s accessibility', () => {
  itHasNoAxeViolations(
    [
      {
        name: 'cohort',
        path: '/training/cohort/',
        prepare: async (page) => {
          await choose(page, [...GOOD, HOSTILE[3] as ReturnType<typeof file>]);
        },
      },
    ],
    site,
  );
});
