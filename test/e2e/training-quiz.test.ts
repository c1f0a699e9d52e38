import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDay, localDay } from '../../src/training/assignment.ts';
import { drawnChecks } from '../../src/training/shuffle.ts';
import { SEED_KEY } from '../../src/training/seed.ts';
import { itHasNoAxeViolations, type PageUnderTest } from './support/axe.ts';
import { useSite } from './support/fixture.ts';
import { answer, check, contentModule, shownOrders } from './support/training.ts';

const { site, newPage } = useSite();

const HOSTILE = contentModule('hostile-callers');
const VERIFY = contentModule('verify-before-you-act');
const assignment = (query: string) => `${site().url}/training/assignment/?${query}`;
const written = (module: typeof HOSTILE) =>
  Object.fromEntries(module.checks.map((c) => [c.question, c.choices.map((choice) => choice.text)]));

describe('knowledge checks without tells', () => {
  it('shows each trainee the choices in an order of their own, the same after a reload', async () => {
    const page = await newPage();
    await page.goto(assignment('modules=hostile-callers&trainee=Sam%20Lee'));
    const sam = await shownOrders(page);
    // Every choice is there, and the order is not simply the written one.
    const asWritten = written(HOSTILE);
    for (const [question, choices] of Object.entries(sam)) expect([...choices].sort()).toEqual([...(asWritten[question] ?? [])].sort());
    expect(sam).not.toEqual(asWritten);
    await page.reload();
    expect(await shownOrders(page)).toEqual(sam);
    // The order follows the trainee named in the link, not the browser.
    const elsewhere = await newPage();
    await elsewhere.goto(assignment('modules=hostile-callers&trainee=sam%20lee'));
    expect(await shownOrders(elsewhere)).toEqual(sam);
    await elsewhere.goto(assignment('modules=hostile-callers&trainee=Ana%20Diaz'));
    expect(await shownOrders(elsewhere)).not.toEqual(sam);
  });

  it('keeps a module page’s order for this browser, replacing a stored seed that is not well formed', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/modules/hostile-callers/`);
    const first = await shownOrders(page);
    const seed = await page.evaluate((key) => localStorage.getItem(key), SEED_KEY);
    expect(seed).toMatch(/^[0-9a-f]{16}$/);
    await page.reload();
    expect(await shownOrders(page)).toEqual(first);
    await page.evaluate((key) => localStorage.setItem(key, '"><img src=x onerror=alert(1)>'), SEED_KEY);
    await page.reload();
    expect(await page.evaluate((key) => localStorage.getItem(key), SEED_KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(await page.locator('main img').count()).toBe(0);
  });

  it('gives each trainee the questions drawn for them from a bank, and scores only those', async () => {
    const page = await newPage();
    await page.goto(assignment('modules=verify-before-you-act&trainee=Sam%20Lee'));
    const expected = drawnChecks({ id: 'verify-before-you-act', checks: VERIFY.checks, shown: VERIFY.checksShown }, 'trainee:sam lee');
    expect(expected).toHaveLength(4);
    const shown = await page.locator('form[data-check] legend').allTextContents();
    expect(shown).toEqual(expected.map((c) => c.question));
    expect(await page.locator('[data-module-score="verify-before-you-act"]').textContent()).toBe('0 of 4 correct (0%), 4 still to answer');
    await page.reload();
    expect(await page.locator('form[data-check] legend').allTextContents()).toEqual(shown);
    await page.goto(`${site().url}/training/modules/verify-before-you-act/`);
    expect(await page.locator('[data-pass-mark]').textContent()).toMatch(
      /Each trainee is given 4 of this module’s 6 questions, drawn for them\.\s+Pass mark: 80% — on an assignment you pass with 4 of 4 right\./,
    );
    expect(await page.locator('form[data-check]').count()).toBe(4);
  });

  it('explains a wrong answer with the reason that choice is wrong', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/modules/hostile-callers/`);
    const question = HOSTILE.checks[1];
    const wrong = question?.choices.find((choice) => choice.text !== question.answer);
    if (!question || !wrong?.why) throw new Error('hostile-callers has no wrong choice with a reason');
    await answer(page, question.question, wrong.text);
    const form = check(page, question.question);
    const chosen = form.locator('li[data-chosen]');
    expect(await chosen.count()).toBe(1);
    expect(await chosen.textContent()).toContain(wrong.why);
    expect(await chosen.getByText('Your answer:').isVisible()).toBe(true);
    expect(await form.locator('[data-check-yours]:not([hidden])').count()).toBe(1);
    await answer(page, question.question, question.answer);
    expect(await form.locator('li[data-chosen]').count()).toBe(0);
    expect(await form.locator('[data-check-yours]:not([hidden])').count()).toBe(0);
  });
});

describe('pass marks and the completion record', () => {
  it('marks a module Passed once enough answers are right, and exports the result', async () => {
    const page = await newPage({ acceptDownloads: true });
    await page.goto(assignment('modules=hostile-callers&trainee=Priya%20Shah'));
    const pass = page.locator('[data-module-pass="hostile-callers"]');
    expect(await pass.textContent()).toBe('Not yet');
    const [last, ...rest] = [...HOSTILE.checks].reverse();
    for (const question of rest) await answer(page, question.question, question.answer);
    // 3 of 4 is 75%, under the 80% pass mark.
    expect(await pass.textContent()).toBe('Not yet');
    if (last) await answer(page, last.question, last.answer);
    expect(await pass.textContent()).toBe('Passed');
    expect(await page.locator('[data-assignment-passed]').textContent()).toBe('1 of 1');
    await page.reload();
    expect(await pass.textContent()).toBe('Passed');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv).toContain('Priya Shah,,Turning round a hostile caller,pass,pass mark 80%,,passed');
    expect(csv).toContain('Priya Shah,,All modules,pass,1 of 1 modules passed,,passed');
  });

  it('prints the week-1 completion record on one A4 page: trainee, path, date, each module’s score and result, sign-off lines', async () => {
    const page = await newPage();
    await page.goto(assignment('path=new-hire-week-1&trainee=Sam%20Lee&due=2026-12-04'));
    for (const question of HOSTILE.checks) await answer(page, question.question, question.answer);
    await Promise.all([
      page.waitForURL(/\/training\/assignment\/record\/\?path=new-hire-week-1&trainee=Sam/),
      page.getByRole('link', { name: 'completion record' }).click(),
    ]);
    await page.locator('[data-record-body]:not([hidden])').waitFor();
    expect(await page.locator('[data-record-trainee]').textContent()).toBe('Sam Lee');
    expect(await page.locator('[data-record-training]').textContent()).toBe('New hire — week 1');
    expect(await page.locator('[data-record-date]').textContent()).toBe(formatDay(localDay(new Date())));
    expect(await page.locator('[data-record-result]').textContent()).toBe('1 of 5 modules passed');
    const rows = await page
      .locator('[data-record-rows] tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ['Verify before you act', '0 of 4 correct (0%), 4 still to answer', '80%', 'Not yet'],
      ['Turning round a hostile caller', '4 of 4 correct (100%)', '80%', 'Passed'],
      ['Escalating well and keeping callback promises', '0 of 4 correct (0%), 4 still to answer', '80%', 'Not yet'],
      ['Rescuing a failed number transfer', '0 of 5 correct (0%), 5 still to answer', '80%', 'Not yet'],
      ['Fair fee decisions', '0 of 5 correct (0%), 5 still to answer', '80%', 'Not yet'],
    ]);
    expect(await page.getByText("Trainer's name:").isVisible()).toBe(true);
    expect(await page.getByText("Trainer's signature:").isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.record__sheet').isVisible()).toBe(true);
    for (const hidden of ['.site-header', '.site-footer', '[data-record-actions]'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  });

  it('leaves a line for the name when the link names no trainee, and explains a link it cannot use', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/training/assignment/record/?modules=fee-fairness`);
    await page.locator('[data-record-body]:not([hidden])').waitFor();
    expect(await page.locator('[data-record-trainee] .sign-line').count()).toBe(1);
    await page.goto(`${site().url}/training/assignment/record/?trainee=Sam`);
    expect(await page.locator('[data-record-status]').textContent()).toBe(
      'This link names no training path or module. Ask your trainer for a new link.',
    );
    expect(await page.locator('[data-record-body]').isHidden()).toBe(true);
  });

  it('upgrades answers saved by position, and says how many it had to clear', async () => {
    const page = await newPage();
    const legacy = 'frontline:training:v1:modules:hostile-callers|sam lee';
    const first = HOSTILE.checks[0];
    if (!first) throw new Error('hostile-callers has no questions');
    await page.goto(`${site().url}/training/`);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [
        legacy,
        JSON.stringify({ read: [], answers: { 'hostile-callers:0': first.answer, 'hostile-callers:1': 'An answer no question has' } }),
      ],
    );
    await page.goto(assignment('modules=hostile-callers&trainee=Sam%20Lee'));
    expect(await page.locator('[data-assignment-status]').textContent()).toBe(
      '1 answer saved before these knowledge checks were changed no longer matches its question, so it was cleared. Answer that question again.',
    );
    const form = check(page, first.question);
    expect(await form.getByLabel(first.answer, { exact: true }).isChecked()).toBe(true);
    expect(await form.getByLabel(first.answer, { exact: true }).isDisabled()).toBe(true);
    expect(await page.locator('[data-module-score="hostile-callers"]').textContent()).toBe('1 of 4 correct (25%), 3 still to answer');
    expect(await page.evaluate((key) => localStorage.getItem(key), legacy)).toBeNull();
    await page.reload();
    expect(await page.locator('[data-assignment-status]').textContent()).toBe('');
    expect(await form.getByLabel(first.answer, { exact: true }).isChecked()).toBe(true);
  });
});

describe('training quizzes: accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const wrongAnswer = async (page: Parameters<NonNullable<PageUnderTest['prepare']>>[0]) => {
    const question = HOSTILE.checks[1];
    const wrong = question?.choices.find((choice) => choice.text !== question.answer);
    if (question && wrong) await answer(page, question.question, wrong.text);
  };
  const pages: PageUnderTest[] = [
    { name: 'module with a wrong answer explained', path: '/training/modules/hostile-callers/', prepare: wrongAnswer },
    {
      name: 'assignment with a module passed',
      path: '/training/assignment/?modules=hostile-callers&trainee=Sam',
      prepare: async (page) => {
        for (const question of HOSTILE.checks) await answer(page, question.question, question.answer);
      },
    },
    {
      name: 'completion record',
      path: '/training/assignment/record/?path=new-hire-week-1&trainee=Sam&due=2026-12-04',
      prepare: (page) => page.locator('[data-record-body]:not([hidden])').waitFor(),
    },
  ];
  itHasNoAxeViolations(pages, { site, newPage });
});
