import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { itHasNoAxeViolations, type PageUnderTest } from './support/axe.ts';
import { useSite } from './support/fixture.ts';
import { answer, check } from './support/training.ts';

const { site, newPage } = useSite();

const HOSTILE_RIGHT = 'Say one short line, then let them talk while you note each point';
const HOSTILE_WRONG = 'As abuse, so you give a warning';

/** A trainer builds a link on /training/ for the given modules and returns it. */
async function buildLink(page: Page, modules: string[], trainee: string, due: string): Promise<string> {
  await page.goto(`${site().url}/training/`);
  await page.getByLabel('Individual modules').check();
  for (const title of modules) await page.getByRole('checkbox', { name: title }).check();
  await page.getByLabel("Trainee's name").fill(trainee);
  await page.getByLabel('Due date').fill(due);
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.locator('[data-assign-result]:not([hidden])').waitFor();
  return page.inputValue('#assign-link');
}

describe('training: from a trainer’s link to a trainee’s exported progress', () => {
  it('builds a link, keeps the trainee’s answers and ticks across a reload, exports them, and the cohort view reads both exports', async () => {
    const trainer = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const link = await buildLink(trainer, ['Fair fee decisions', 'Turning round a hostile caller'], 'Sam Lee', '2026-12-04');
    const url = new URL(link);
    expect(url.pathname).toBe('/training/assignment/');
    expect(url.searchParams.getAll('modules')).toEqual(['fee-fairness', 'hostile-callers']);
    expect(url.searchParams.get('trainee')).toBe('Sam Lee');
    expect(url.searchParams.get('due')).toBe('2026-12-04');
    // fee-fairness needs escalation-and-callbacks, which the trainer left out.
    expect(await trainer.locator('[data-assign-status]').textContent()).toContain(
      'Note: these modules build on Escalating well and keeping callback promises, which is not assigned.',
    );
    await trainer.getByRole('button', { name: 'Copy link' }).click();
    await trainer.locator('[data-assign-status]', { hasText: 'Link copied' }).waitFor();
    expect(await trainer.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const trainee = await newPage({ acceptDownloads: true });
    await trainee.goto(link);
    expect(await trainee.locator('h1').textContent()).toBe('Training for Sam Lee');
    // Prerequisites first: the hostile-caller module comes before the fee module.
    expect(await trainee.locator('.assignment__module:not([hidden]) h2').allTextContents()).toEqual([
      'Turning round a hostile caller',
      'Fair fee decisions',
    ]);
    expect(await trainee.locator('[data-assignment-due]').textContent()).toMatch(/^Friday,? 4 December 2026 \((due|overdue)/);

    await answer(trainee, /support staff always treat them as stupid/, HOSTILE_RIGHT);
    await answer(trainee, /loud and swearing/, HOSTILE_WRONG);
    await trainee.getByLabel('Hostile caller de-escalation').check();
    const first = check(trainee, /support staff always treat them as stupid/);
    expect(await first.locator('[role=status]').textContent()).toBe('Correct.');
    expect(await first.locator('details').isVisible()).toBe(true);
    expect(
      await check(trainee, /loud and swearing/)
        .locator('[role=status]')
        .textContent(),
    ).toMatch(/^Not quite\. The answer is: As frustration/);
    const score = trainee.locator('[data-module-score="hostile-callers"]');
    expect(await score.textContent()).toBe('1 of 4 correct (25%), 2 still to answer');

    await trainee.reload();
    expect(await trainee.getByLabel('Hostile caller de-escalation').isChecked()).toBe(true);
    expect(await first.getByLabel(HOSTILE_RIGHT, { exact: true }).isChecked()).toBe(true);
    expect(await first.getByLabel(HOSTILE_RIGHT, { exact: true }).isDisabled()).toBe(true);
    expect(await first.locator('[role=status]').textContent()).toBe('Correct.');
    expect(await score.textContent()).toBe('1 of 4 correct (25%), 2 still to answer');
    expect(await trainee.locator('[data-assignment-score]').textContent()).toBe('1 of 9 correct (11%), 7 still to answer');

    const [csvDownload] = await Promise.all([
      trainee.waitForEvent('download'),
      trainee.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('frontline-progress-sam-lee.csv');
    const csv = readFileSync(await csvDownload.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('trainee,due,module,kind,item,answer,result');
    expect(csv).toContain('Sam Lee,2026-12-04,Turning round a hostile caller,playbook,Hostile caller de-escalation,,read');
    expect(csv).toContain(
      `Sam Lee,2026-12-04,Turning round a hostile caller,check,A new caller opens by saying support staff always treat them as stupid. What do you do first?,"${HOSTILE_RIGHT}",correct`,
    );
    expect(csv).toContain('Sam Lee,2026-12-04,All modules,score,1 of 9,,11%');
    expect(csv).toContain('Sam Lee,2026-12-04,Turning round a hostile caller,pass,pass mark 80%,,not yet');
    expect(csv).toContain('Sam Lee,2026-12-04,All modules,pass,0 of 2 modules passed,,not yet');

    await trainee.getByLabel('JSON').check();
    const [jsonDownload] = await Promise.all([
      trainee.waitForEvent('download'),
      trainee.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    const report = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as {
      trainee: string;
      modules: { id: string; passMark: number; passed: boolean; checks: { chosen: string | null; correct: boolean | null }[] }[];
    };
    expect(report.trainee).toBe('Sam Lee');
    expect(report.modules.map((module) => module.id)).toEqual(['hostile-callers', 'fee-fairness']);
    expect(report.modules.map((module) => [module.passMark, module.passed])).toEqual([
      [80, false],
      [80, false],
    ]);
    expect(report.modules[0]?.checks.slice(0, 2)).toEqual([
      { question: expect.any(String), chosen: HOSTILE_RIGHT, correct: true },
      { question: expect.any(String), chosen: HOSTILE_WRONG, correct: false },
    ]);

    // The trainer reads both real exports in the cohort view: one trainee, the same results from each.
    await trainer.goto(`${site().url}/training/cohort/`);
    for (const download of [csvDownload, jsonDownload]) {
      await trainer.setInputFiles('#cohort-files', {
        name: download.suggestedFilename(),
        mimeType: 'application/octet-stream',
        buffer: readFileSync((await download.path()) ?? ''),
      });
      await trainer.locator('[data-cohort-status]', { hasText: '1 trainee shown.' }).waitFor();
      const row = await trainer.locator('tbody tr').first().locator('th, td').allTextContents();
      expect(row[0]).toBe('Sam Lee');
      expect(row.slice(2)).toEqual(['2 of 4 answered', '0 of 5 answered', '0 of 2']);
    }
  });

  it('resets progress after the trainee confirms, and the reset survives a reload', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/assignment/?modules=hostile-callers&trainee=Ana`);
    await answer(page, /support staff always treat them as stupid/, HOSTILE_RIGHT);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.locator('[data-progress-status]', { hasText: 'Progress reset.' }).waitFor();
    await page.reload();
    const first = check(page, /support staff always treat them as stupid/);
    expect(await first.getByLabel(HOSTILE_RIGHT, { exact: true }).isChecked()).toBe(false);
    expect(await first.getByLabel(HOSTILE_RIGHT, { exact: true }).isDisabled()).toBe(false);
    expect(await page.locator('[data-module-score="hostile-callers"]').textContent()).toBe('0 of 4 correct (0%), 4 still to answer');
  });

  it('shows text from a hostile link as text and runs nothing from it', async () => {
    const page = await newPage();
    const name = '"><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    await page.goto(`${site().url}/training/assignment/?path=new-hire-week-1&trainee=${encodeURIComponent(name)}&due=2026-02-30`);
    await page.locator('[data-assignment-body]:not([hidden])').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Training for " img src=x onerror="window.pwned=1" script window.pwned=2 /script');
    expect(await page.locator('main img, main script:not([type]):not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('[data-assignment-status]').textContent()).toBe(
      'The due date in the link could not be read, so none is shown.',
    );
    expect(await page.locator('[data-assignment-due]').textContent()).toBe('No due date');
  });

  it('explains a link it cannot use instead of showing an empty page', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/assignment/?trainee=Sam`);
    expect(await page.locator('[data-assignment-status]').textContent()).toBe(
      'This link names no training path or module. Ask your trainer for a new link.',
    );
    await page.goto(`${site().url}/training/assignment/?modules=a-module-that-was-removed`);
    expect(await page.locator('[data-assignment-status]').textContent()).toContain('Nothing in this link can be shown.');
    expect(await page.locator('[data-assignment-body]').isHidden()).toBe(true);
  });
});

describe('training: the trainer’s pages', () => {
  it('prints only the assignment sheet, with the path’s modules in order and the link', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/`);
    await page.getByLabel('Learning path', { exact: true }).selectOption('new-hire-week-1');
    await page.getByLabel("Trainee's name").fill('Sam Lee');
    await page.getByRole('button', { name: 'Create link' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('.assign').isVisible()).toBe(false);
    expect(await page.locator('.assignment-sheet').isVisible()).toBe(true);
    expect(await page.locator('.sheet__module:not([hidden]) .sheet__module-title').allTextContents()).toEqual([
      'Verify before you act · 30 min',
      'Turning round a hostile caller · 45 min',
      'Escalating well and keeping callback promises · 1 h',
      'Rescuing a failed number transfer · 1 h',
      'Fair fee decisions · 45 min',
    ]);
    expect(await page.locator('[data-sheet-link]').textContent()).toBe(await page.inputValue('#assign-link'));
    expect(await page.locator('[data-sheet-trainee]').textContent()).toBe('Sam Lee');
  });

  it('filters paths and modules by audience and announces what is shown', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/`);
    await page.getByLabel('Supervisors').check();
    await page.locator('[data-audience-status]', { hasText: 'Showing' }).waitFor();
    expect(await page.locator('[data-audience-status]').textContent()).toBe('Showing 0 paths and 0 modules for supervisors.');
    expect(await page.locator('.training-card:visible').count()).toBe(0);
    await page.getByLabel('New hires').check();
    expect(await page.locator('[data-audience-status]').textContent()).toBe('Showing 2 paths and 8 modules for new hires.');
  });

  it('preselects the path when a trainer follows "Assign this path"', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/paths/new-hire-week-1/`);
    await page.getByRole('link', { name: 'Assign this path to a trainee' }).click();
    await page.waitForURL(/\/training\/\?path=new-hire-week-1#assign$/);
    expect(await page.getByLabel('A learning path').isChecked()).toBe(true);
    expect(await page.getByLabel('Learning path', { exact: true }).inputValue()).toBe('new-hire-week-1');
  });

  it('links Training from the header on every page', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/porting-troubleshooting/`);
    await Promise.all([
      page.waitForURL(/\/training\/$/),
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click(),
    ]);
  });
});

describe('training: a module page', () => {
  it('gives immediate feedback with the explanation, lets the trainee try again, and keeps trainer notes collapsed', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/modules/hostile-callers/`);
    const form = check(page, /loud and swearing/);
    expect(await form.locator('details').isVisible()).toBe(false);
    await answer(page, /loud and swearing/, HOSTILE_WRONG);
    expect(await form.locator('[role=status]').textContent()).toMatch(/^Not quite\./);
    expect(await form.locator('details').getAttribute('open')).toBe('');
    await answer(page, /loud and swearing/, 'As frustration with the situation, so you carry on without commenting on their tone');
    expect(await form.locator('[role=status]').textContent()).toBe('Correct.');
    const notes = page.locator('details.trainer-notes');
    expect(await notes.getAttribute('open')).toBeNull();
    expect(await page.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).toMatch(
      /\/edit\/main\/content\/modules\/hostile-callers\.yaml$/,
    );
    const reading = await page.locator('.reading a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(reading).toEqual(['/playbooks/hostile-caller-de-escalation/', '/playbooks/call-notes-and-handoffs/']);
  });

  it('is found by search as a training module, ranked below the playbook it teaches', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'hostile caller');
    await page.locator('#search-hero-results .result', { hasText: 'Training module' }).first().waitFor();
    const titles = await page.locator('#search-hero-results .result__title').allTextContents();
    expect(titles.indexOf('Hostile caller de-escalation')).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf('Hostile caller de-escalation')).toBeLessThan(titles.indexOf('Turning round a hostile caller'));
    await page.locator('.filter__box[data-filter="type"][value="module"]').check();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#search-hero-results .result')].length > 0 &&
        [...document.querySelectorAll('#search-hero-results .result')].every((r) => r.textContent?.includes('Training module')),
    );
  });
});

describe('training: accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const pages: PageUnderTest[] = [
    {
      name: 'training index with a built assignment',
      path: '/training/',
      prepare: async (page) => {
        await page.getByLabel("Trainee's name").fill('Sam Lee');
        await page.getByRole('button', { name: 'Create link' }).click();
      },
    },
    {
      name: 'module',
      path: '/training/modules/porting-rescue/',
      prepare: (page) => answer(page, /Why did the port fail/, 'The transfer PIN expired'),
    },
    { name: 'path', path: '/training/paths/new-hire-week-1/' },
    { name: 'assignment', path: '/training/assignment/?path=new-hire-week-1&trainee=Sam&due=2026-12-04' },
  ];
  itHasNoAxeViolations(pages, { site, newPage });

  it('labels every form control on the training pages', async () => {
    const page = await newPage();
    for (const path of ['/training/', '/training/modules/fee-fairness/', '/training/assignment/?path=new-hire-week-1&trainee=Sam']) {
      await page.goto(`${site().url}${path}`);
      const unlabelled = await page
        .locator('main input:visible, main select:visible')
        .evaluateAll((controls) =>
          controls.filter((control) => (control as HTMLInputElement).labels?.length === 0).map((c) => c.outerHTML),
        );
      expect(unlabelled, path).toEqual([]);
    }
  });
});
