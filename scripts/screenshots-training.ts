// npm run screenshots:training [-- --site dist]: the README's pictures of the trainer's tools, taken
// in Chromium from a built site (npm run build first): an LMS package's lesson at 1280 x 800, and
// the cohort view at 1280 x 800 and 390 x 844 with three trainees' exports and one refused file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { moduleForTrainee } from '../src/training/catalog.ts';
import { resolveExportScope } from '../src/training/export/scope.ts';
import { progressReport, reportToCsv, reportToJson } from '../src/training/progress.ts';
import { checkKey } from '../src/training/quiz.ts';
import { launchBrowser } from './lib/browser.ts';
import { buildLmsPackage, builtCatalog } from './lib/lms-package.ts';
import { serveSite } from './lib/static-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/images' } } });
const siteFolder = resolve(values.site);
const catalog = builtCatalog(siteFolder);

/** A trainee's export of the week-1 path, answering right the questions `right` picks. */
function traineeExport(trainee: string, due: string, right: (index: number) => boolean, answeredShare = 1) {
  const path = catalog.paths.find((candidate) => candidate.id === 'new-hire-week-1');
  const modules = (path?.modules ?? []).flatMap((id) => catalog.modules.filter((module) => module.id === id));
  const seed = `trainee:${trainee.toLowerCase()}`;
  const answers: Record<string, string> = {};
  let index = 0;
  for (const module of modules) {
    const drawn = moduleForTrainee(module, seed).checks;
    const full = module.checks;
    for (const check of drawn.slice(0, Math.ceil(drawn.length * answeredShare))) {
      const choices = full.find((candidate) => candidate.question === check.question)?.choices ?? [];
      answers[checkKey(module.id, check.question)] = right(index)
        ? check.answer
        : (choices.find((choice) => choice !== check.answer) ?? '');
      index += 1;
    }
  }
  return progressReport(
    { trainee, due, assignment: path?.title ?? '', link: '' },
    modules.map((module) => moduleForTrainee(module, seed)),
    { read: [], answers },
    new Date(),
  );
}

async function lessonShot(page: Page, folder: string): Promise<void> {
  const scope = resolveExportScope({ path: 'new-hire-week-1', modules: [], format: 'scorm12' }, catalog);
  if (!scope.ok) throw new Error(scope.errors.join('\n'));
  const built = await buildLmsPackage(siteFolder, scope.scope, 'https://frontline.example.org');
  for (const [name, bytes] of Object.entries(unzipSync(built.zip))) {
    mkdirSync(dirname(join(folder, 'lesson', name)), { recursive: true });
    writeFileSync(join(folder, 'lesson', name), bytes);
  }
  const lesson = await serveSite(join(folder, 'lesson'));
  try {
    await page.goto(`${lesson.url}/index.html`);
    const form = page.locator('form[data-check]').first();
    const answer = (await form.getAttribute('data-answer')) ?? '';
    const choices = await form
      .locator('input[type=radio]')
      .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    await form.locator('input[type=radio]').nth(choices.indexOf(answer)).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await form.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: resolve(values.out, 'lms-lesson-desktop.png') });
  } finally {
    await lesson.close();
  }
}

async function cohortShot(page: Page, file: string): Promise<void> {
  await page.goto(`${site.url}/training/cohort/`);
  const files = [
    { name: 'frontline-progress-sam-lee.json', text: reportToJson(traineeExport('Sam Lee', '2026-12-04', () => true)) },
    {
      name: 'frontline-progress-alex-kim.csv',
      text: reportToCsv(traineeExport('Alex Kim', '2026-11-27', (index) => index % 3 !== 0, 0.6)),
    },
    { name: 'frontline-progress-priya-shah.csv', text: reportToCsv(traineeExport('Priya Shah', '2026-12-11', (index) => index % 4 !== 1)) },
    { name: 'holiday-photo.jpg', text: 'not an export' },
  ];
  await page.setInputFiles(
    '#cohort-files',
    files.map(({ name, text }) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) })),
  );
  await page.locator('[data-cohort-status]', { hasText: 'shown' }).waitFor();
  await page.locator('[data-cohort-status]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: resolve(values.out, file) });
}

const site = await serveSite(siteFolder);
const browser = await launchBrowser();
const work = mkdtempSync(join(tmpdir(), 'frontline-shots-'));
try {
  const shots: [string, { width: number; height: number }, (page: Page) => Promise<void>][] = [
    ['lms-lesson-desktop.png', { width: 1280, height: 800 }, (page) => lessonShot(page, work)],
    ['cohort-desktop.png', { width: 1280, height: 800 }, (page) => cohortShot(page, 'cohort-desktop.png')],
    ['cohort-phone.png', { width: 390, height: 844 }, (page) => cohortShot(page, 'cohort-phone.png')],
  ];
  for (const [file, viewport, take] of shots) {
    const context = await browser.newContext({ viewport, colorScheme: 'light', serviceWorkers: 'block' });
    await take(await context.newPage());
    console.log(`✓ ${values.out}/${file} (${viewport.width} x ${viewport.height})`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(work, { recursive: true, force: true });
}
