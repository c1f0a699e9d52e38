// Builds an LMS package from the built site: the lesson page (src/training/export/lesson-page.ts),
// the player bundled for the format, the site's stylesheet, the images the playbooks show, the
// manifest (or cmi5.xml) and, for SCORM, the XSDs it names. Zipped with fflate, with fixed dates,
// so the same build gives the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { parseCatalog, type TrainingCatalog } from '../../src/training/catalog.ts';
import { LESSON_CSS, lessonPage } from '../../src/training/export/lesson-page.ts';
import { packageDescriptor, packageSchemas, type LmsFormat } from '../../src/training/export/manifest.ts';
import type { ExportScope } from '../../src/training/export/scope.ts';
import { schemaFolder } from './lms-schemas.ts';

const PLAYER_ENTRY: Record<LmsFormat, string> = {
  scorm12: 'scorm12-main.ts',
  scorm2004: 'scorm2004-main.ts',
  cmi5: 'cmi5-main.ts',
};
const PLAYER_FOLDER = fileURLToPath(new URL('../../src/training/export/player/', import.meta.url));
/** 1 January 2026: zip entries carry a date, and a fixed one keeps packages reproducible. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export class SiteNotBuilt extends Error {}

function builtPage(site: string, path: string): string {
  const file = join(site, path, 'index.html');
  if (!existsSync(file)) throw new SiteNotBuilt(`${file} is missing: run npm run build first (the package shows the site as built).`);
  return readFileSync(file, 'utf8');
}

/** The training catalog the build embedded in the assignment page (see src/training/catalog.ts). */
export function builtCatalog(site: string): TrainingCatalog {
  const html = builtPage(site, 'training/assignment');
  const json = /<script type="application\/json" id="training-catalog">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const catalog = parseCatalog(json);
  if (catalog.modules.length === 0) throw new SiteNotBuilt(`The built site at ${site} has no training modules: run npm run build first.`);
  return catalog;
}

async function player(format: LmsFormat): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(PLAYER_FOLDER, PLAYER_ENTRY[format])],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote no player for ${format}`);
  return output.contents;
}

function stylesheet(site: string, html: string): Uint8Array {
  const href = /<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new SiteNotBuilt(`No stylesheet found in the built site at ${site}: run npm run build first.`);
  return readFileSync(join(site, href));
}

export interface LmsPackage {
  /** File name in the package → bytes, in the order zipped. */
  files: Map<string, Uint8Array>;
  zip: Uint8Array;
}

export async function buildLmsPackage(site: string, scope: ExportScope, siteUrl: string): Promise<LmsPackage> {
  const encoder = new TextEncoder();
  const modulePages = new Map(scope.modules.map((module) => [module.id, builtPage(site, `training/modules/${module.id}`)]));
  const playbookIds = [...new Set(scope.modules.flatMap((module) => module.steps.map((step) => step.playbook)))];
  const playbookPages = new Map(playbookIds.map((id) => [id, builtPage(site, `playbooks/${id}`)]));
  const lesson = lessonPage({
    title: scope.title,
    modules: scope.modules,
    modulePages,
    playbookPages,
    site: siteUrl,
    connects: scope.format === 'cmi5',
  });
  const content = new Map<string, Uint8Array>([
    ['index.html', encoder.encode(lesson.html)],
    ['player.js', await player(scope.format)],
    ['style.css', stylesheet(site, modulePages.values().next().value ?? '')],
    ['lesson.css', encoder.encode(LESSON_CSS)],
  ]);
  for (const asset of lesson.assets) content.set(`assets/${asset.split('/').pop() ?? ''}`, readFileSync(join(site, asset)));
  const descriptor = packageDescriptor(scope.format, {
    identifier: scope.identifier,
    title: scope.title,
    description: scope.description,
    launch: 'index.html',
    files: [...content.keys()],
    site: siteUrl,
  });
  const files = new Map<string, Uint8Array>([[descriptor.name, encoder.encode(descriptor.text)], ...content]);
  if (scope.format !== 'cmi5') {
    for (const schema of packageSchemas(scope.format)) files.set(schema, readFileSync(join(schemaFolder(scope.format), schema)));
  }
  const zip = zipSync(Object.fromEntries([...files].map(([name, bytes]) => [name, [bytes, { mtime: FIXED_DATE }]])), { level: 9 });
  return { files, zip };
}
