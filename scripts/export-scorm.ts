// npm run export:scorm -- --path new-hire-week-1 [--format scorm12|scorm2004|cmi5] [--out file.zip]
// npm run export:scorm -- --module verify-before-you-act --module fee-fairness
// Writes a zip an LMS imports, made from the built site (npm run build first): see the README's
// trainer section and docs/decisions.md, section 17.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveExportScope } from '../src/training/export/scope.ts';
import { buildLmsPackage, builtCatalog, SiteNotBuilt } from './lib/lms-package.ts';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        path: { type: 'string' },
        module: { type: 'string', multiple: true, default: [] },
        format: { type: 'string' },
        out: { type: 'string' },
        site: { type: 'string', default: 'dist' },
      },
    }));
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\nUse: npm run export:scorm -- --path <id> | --module <id> [--format scorm12|scorm2004|cmi5] [--out file.zip]`,
    );
    return 2;
  }
  const site = resolve(values.site);
  try {
    const catalog = builtCatalog(site);
    const resolved = resolveExportScope({ path: values.path, modules: values.module, format: values.format }, catalog);
    if (!resolved.ok) {
      for (const error of resolved.errors) console.error(error);
      console.error(`\nNo package written (${resolved.errors.length} problem${resolved.errors.length === 1 ? '' : 's'}).`);
      return 1;
    }
    const { scope } = resolved;
    const siteUrl = process.env['FRONTLINE_SITE'] ?? 'https://frontline.example.org';
    const built = await buildLmsPackage(site, scope, siteUrl);
    const out = resolve(values.out ?? `dist-lms/${scope.identifier}-${scope.format}.zip`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, built.zip);
    console.log(
      `✓ wrote ${relative(process.cwd(), out)} (${scope.format}, ${built.zip.length} bytes, ${built.files.size} files): ${scope.title}, ${scope.modules.length} module${scope.modules.length === 1 ? '' : 's'}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SiteNotBuilt) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
