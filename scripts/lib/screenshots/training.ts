// The trainer's tools: an LMS package's lesson, and the cohort view with three trainees' exports
// and one refused file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { moduleForTrainee } from '../../../src/training/catalog.ts';
import { resolveExportScope } from '../../../src/training/export/scope.ts';
import { progressReport, reportToCsv, reportToJson } from '../../../src/training/progress.ts';
import { checkKey } from '../../../src/training/quiz.ts';
import { buildLmsPackage, builtCatalog } from '../lms-package.ts';
import { serveSite } from '../static-server.ts';
import { DESKTOP, PHONE, type Shot } from './shot.ts';

type Catalog = ReturnType<typeof builtCatalog>;

/** A trainee's export of the week-1 path, answering right the questions `right` picks. */
function traineeExport(catalog: Catalog, trainee: string, due: string, right: (index: number) => boolean, answeredShare = 1) {
  const path = catalog.paths.find((candidate) => candidate.id === 'new-hire-week-1');
  const modules = (path?.modules ?? []).flatMap((id) => catalog.modules.filter((module) => module.id === id));
  const seed = `trainee:${trainee.toLowerCase()}`;
  const answers: Record<string, string> = {};
  let index = 0;
  for (const module of modules) {
    const drawn = moduleForTrainee(module, seed).checks;
    for (const check of drawn.slice(0, Math.ceil(drawn.length * answeredShare))) {
      const choices = module.checks.find((candidate) => candidate.question === check.question)?.choices ?? [];
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

/** The first lesson of the week-1 path's SCORM 1.2 package, unpacked into `work` and served, one question answered. */
function lesson(siteFolder: string, catalog: Catalog, work: string): Shot['take'] {
  return async (page, capture) => {
    const scope = resolveExportScope({ path: 'new-hire-week-1', modules: [], format: 'scorm12' }, catalog);
    if (!scope.ok) throw new Error(scope.errors.join('\n'));
    const built = await buildLmsPackage(siteFolder, scope.scope, 'https://frontline.example.org');
    for (const [name, bytes] of Object.entries(unzipSync(built.zip))) {
      mkdirSync(dirname(join(work, 'lesson', name)), { recursive: true });
      writeFileSync(join(work, 'lesson', name), bytes);
    }
    const served = await serveSite(join(work, 'lesson'));
    try {
      await page.goto(`${served.url}/index.html`);
      const form = page.locator('form[data-check]').first();
      const answer = (await form.getAttribute('data-answer')) ?? '';
      const choices = await form
        .locator('input[type=radio]')
        .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
      await form.locator('input[type=radio]').nth(choices.indexOf(answer)).check();
      await form.getByRole('button', { name: 'Check answer' }).click();
      await form.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await capture();
    } finally {
      await served.close();
    }
  };
}

function cohort(siteUrl: string, catalog: Catalog): Shot['take'] {
  return async (page, capture) => {
    await page.goto(`${siteUrl}/training/cohort/`);
    const files = [
      { name: 'frontline-progress-sam-lee.json', text: reportToJson(traineeExport(catalog, 'Sam Lee', '2026-12-04', () => true)) },
      {
        name: 'frontline-progress-alex-kim.csv',
        text: reportToCsv(traineeExport(catalog, 'Alex Kim', '2026-11-27', (index) => index % 3 !== 0, 0.6)),
      },
      {
        name: 'frontline-progress-priya-shah.csv',
        text: reportToCsv(traineeExport(catalog, 'Priya Shah', '2026-12-11', (index) => index % 4 !== 1)),
      },
      { name: 'holiday-photo.jpg', text: 'not an export' },
    ];
    await page.setInputFiles(
      '#cohort-files',
      files.map(({ name, text }) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) })),
    );
    await page.locator('[data-cohort-status]', { hasText: 'shown' }).waitFor();
    await page.locator('[data-cohort-status]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await capture();
  };
}

/** `work` is a scratch folder the caller removes afterwards. */
export function trainingShots(siteUrl: string, siteFolder: string, work: string): Shot[] {
  const catalog = builtCatalog(siteFolder);
  return [
    { file: 'lms-lesson-desktop.png', viewport: DESKTOP, colorScheme: 'light', take: lesson(siteFolder, catalog, work) },
    { file: 'cohort-desktop.png', viewport: DESKTOP, colorScheme: 'light', take: cohort(siteUrl, catalog) },
    { file: 'cohort-phone.png', viewport: PHONE, colorScheme: 'light', take: cohort(siteUrl, catalog) },
  ];
}
