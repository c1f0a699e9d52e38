import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifest } from '../../scripts/lib/lms-schemas.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/static-server.ts';
import { validateCourseStructure } from '../../src/training/export/course-structure.ts';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixture.ts';
import { exportPackage, scormLmsFolder, standInLrs, unpack, type StandInLrs } from './support/lms.ts';
import { E2E_SITE } from './support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'frontline-packages-'));
const zips = {
  scorm12: join(work, 'week-1-scorm12.zip'),
  scorm2004: join(work, 'week-1-scorm2004.zip'),
  cmi5: join(work, 'week-1-cmi5.zip'),
};
let lms: StaticSite;

beforeAll(async () => {
  for (const [format, zip] of Object.entries(zips)) {
    const run = exportPackage(E2E_SITE, ['--path', 'new-hire-week-1', '--format', format], zip);
    if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`);
  }
  lms = await serveSite(scormLmsFolder({ scorm12: zips.scorm12, scorm2004: zips.scorm2004 }));
});
afterAll(async () => {
  await lms?.close();
  rmSync(work, { recursive: true, force: true });
});
// After the hooks above, so the browser closes (hooks after run last first) before the LMS server.
const { newPage } = useSite();
/** Answering every question in a frame takes a while on a loaded machine. */
const SLOW = 120_000;

/** The package's frame inside the stand-in LMS page, once its player has started. */
async function course(page: Page): Promise<Frame> {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/index.html'));
  if (!frame) throw new Error('the package did not open in the LMS page');
  await frame.locator('[data-check-submit]:not([hidden])').first().waitFor();
  return frame;
}

/** Answers the `count` first unanswered questions the trainee was given: right, or with a wrong choice. */
async function answerQuestions(frame: Frame | Page, right: boolean, count = Infinity): Promise<number> {
  const forms = frame.locator('form[data-check]:not([data-state])');
  const total = Math.min(count, await forms.count());
  for (let index = 0; index < total; index += 1) {
    // Always the first left: answering one takes it out of the list.
    const form = forms.first();
    const answer = (await form.getAttribute('data-answer')) ?? '';
    const values = await form
      .locator('input[type=radio]')
      .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    const choice = right ? answer : (values.find((value) => value !== answer) ?? '');
    await form.locator('input[type=radio]').nth(values.indexOf(choice)).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
  }
  return total;
}

const scorm12 = (page: Page, element: string) =>
  page.evaluate((name) => (window as unknown as { API: { LMSGetValue(n: string): string } }).API.LMSGetValue(name), element);
const scorm2004 = (page: Page, element: string) =>
  page.evaluate((name) => (window as unknown as { API_1484_11: { GetValue(n: string): string } }).API_1484_11.GetValue(name), element);

describe('LMS packages: what an LMS imports', () => {
  it('writes SCORM 1.2 and SCORM 2004 manifests that validate against the ADL and IMS schemas', async () => {
    for (const format of ['scorm12', 'scorm2004'] as const) {
      const files = unzipSync(readFileSync(zips[format]));
      const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
      expect(await validateManifest(format, manifest)).toEqual([]);
      // Every file the manifest lists is in the zip.
      const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(listed.filter((file) => !(file in files))).toEqual([]);
      expect(listed).toContain('index.html');
    }
  });

  it('writes a cmi5 course structure with one AU launching the lesson page', () => {
    const files = unzipSync(readFileSync(zips.cmi5));
    expect(validateCourseStructure(new TextDecoder().decode(files['cmi5.xml']))).toEqual([]);
    expect(Object.keys(files)).toContain('index.html');
  });
});

describe('a SCORM 1.2 package under the scorm-again run-time', () => {
  it('reports passed and the score once every question is answered right', { timeout: SLOW }, async () => {
    const page = await newPage();
    await page.goto(`${lms.url}/lms-scorm12.html`);
    const frame = await course(page);
    expect(await frame.locator('h1').textContent()).toBe('New hire — week 1');
    // The playbooks are in the package, as built.
    expect(await frame.locator('details[data-playbook="identity-verification"] summary').textContent()).toBe('Identity verification');
    const answered = await answerQuestions(frame, true);
    expect(answered).toBeGreaterThan(10);
    expect(await scorm12(page, 'cmi.core.lesson_status')).toBe('passed');
    expect(await scorm12(page, 'cmi.core.score.raw')).toBe('100');
    expect(await frame.locator('[data-assignment-passed]').textContent()).toBe('5 of 5');
  });

  it('keeps an unfinished course incomplete and resumes it, answers and all, when the LMS opens it again', async () => {
    const page = await newPage();
    await page.goto(`${lms.url}/lms-scorm12.html`);
    let frame = await course(page);
    await answerQuestions(frame, true, 2);
    expect(await scorm12(page, 'cmi.core.lesson_status')).toBe('incomplete');
    // cmi.core.exit is write-only; what the LMS stored shows it.
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('lms-scorm12') ?? '{}') as { cmi?: { core?: { exit?: string } } },
    );
    expect(stored.cmi?.core?.exit).toBe('suspend');
    const first = await frame.locator('form[data-check]').first().getAttribute('data-check');
    await page.reload();
    frame = await course(page);
    expect(await frame.locator('[data-lesson-status]').textContent()).toBe('Welcome back: your 2 answers are as you left them.');
    const form = frame.locator(`form[data-check="${first}"]`);
    expect(await form.getAttribute('data-state')).toBe('correct');
    expect(await form.locator('input[type=radio]').first().isDisabled()).toBe(true);
  });

  it('reports failed with the score when the answers are wrong', { timeout: SLOW }, async () => {
    const page = await newPage();
    await page.goto(`${lms.url}/lms-scorm12.html`);
    await answerQuestions(await course(page), false);
    expect(await scorm12(page, 'cmi.core.lesson_status')).toBe('failed');
    expect(await scorm12(page, 'cmi.core.score.raw')).toBe('0');
  });
});

describe('a SCORM 2004 package under the scorm-again run-time', () => {
  it('reports completed, passed and the scaled score, and resumes after a reload', { timeout: SLOW }, async () => {
    const page = await newPage();
    await page.goto(`${lms.url}/lms-scorm2004.html`);
    let frame = await course(page);
    await answerQuestions(frame, true, 3);
    expect(await scorm2004(page, 'cmi.completion_status')).toBe('incomplete');
    expect(await scorm2004(page, 'cmi.success_status')).toBe('unknown');
    await page.reload();
    frame = await course(page);
    expect(await frame.locator('form[data-check][data-state]').count()).toBe(3);
    await answerQuestions(frame, true);
    expect(await scorm2004(page, 'cmi.completion_status')).toBe('completed');
    expect(await scorm2004(page, 'cmi.success_status')).toBe('passed');
    expect(await scorm2004(page, 'cmi.score.scaled')).toBe('1');
    expect(await scorm2004(page, 'cmi.progress_measure')).toBe('1');
  });
});

describe('a cmi5 package launched by a stand-in LMS and LRS', () => {
  let lrs: StandInLrs;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'frontline-cmi5-'));
    unpack(zips.cmi5, folder);
    lrs = await standInLrs(folder);
  });
  afterAll(() => lrs.close());

  it('sends initialized, then completed and passed with the score, and resumes when launched again', { timeout: SLOW }, async () => {
    const page = await newPage();
    await page.goto(lrs.launchUrl('index.html'));
    await page.locator('[data-check-submit]:not([hidden])').first().waitFor();
    await expect.poll(() => lrs.verbs()).toEqual(['launched', 'initialized']);
    // Each answer sends "progressed"; the verdict comes once, at the end.
    await answerQuestions(page, true, 2);
    await page.reload();
    // Leaving the page ended the session: the same launch cannot go on, a new one can.
    expect(await page.locator('[data-lesson-status]').textContent()).toBe(
      'This session has ended. Open the course again from your learning system to carry on: your answers are kept.',
    );
    await page.goto(lrs.launchUrl('index.html'));
    await page.locator('[data-check-submit]:not([hidden])').first().waitFor();
    expect(await page.locator('[data-lesson-status]').textContent()).toBe('Welcome back: your 2 answers are as you left them.');
    await answerQuestions(page, true);
    const verdicts = () => lrs.verbs().filter((verb) => verb !== 'progressed');
    await expect.poll(verdicts).toEqual(['launched', 'initialized', 'terminated', 'launched', 'initialized', 'completed', 'passed']);
    const passed = lrs.statements.find((statement) => statement.verb.id.endsWith('/passed'));
    expect(passed?.result?.score?.scaled).toBe(1);
  });
});

describe('the lesson page opened outside an LMS', () => {
  it('is valid HTML: the Nu checker finds no errors', { timeout: SLOW }, () => {
    const folder = join(work, 'valid');
    unpack(zips.scorm2004, folder);
    const run = spawnSync(
      'java',
      ['-jar', join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar'), '--errors-only', join(folder, 'index.html')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('says it is a preview and has no axe violations', async () => {
    const page = await newPage();
    await page.goto(`${lms.url}/scorm12/index.html`);
    await page.locator('[data-check-submit]:not([hidden])').first().waitFor();
    expect(await page.locator('[data-lesson-status]').textContent()).toBe(
      'No learning system found: this is a preview, and answers are not recorded.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
