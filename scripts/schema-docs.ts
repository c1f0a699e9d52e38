// npm run schema: regenerates docs/schema-reference.md, schemas/*.schema.json and the YAML schema
// mapping in .vscode/settings.json from the zod schemas in src/schemas/, and the rule tables in
// CONTRIBUTING.md from src/check/rules/. `-- --check` writes nothing and exits 1 when a committed
// file is out of date.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedFiles } from './lib/schema-docs.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } } });
const root = values.root;
const files = await generatedFiles(root);
const stale = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);

if (values.check) {
  for (const [path] of stale)
    console.log(`${path} is out of date with src/schemas/ or src/check/rules/ — run npm run schema and commit the result`);
  console.log(stale.length ? `✗ ${stale.length} generated file(s) out of date` : `✓ ${files.size} generated files are current`);
  process.exitCode = stale.length ? 1 : 0;
} else {
  for (const [path, text] of stale) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
  console.log(`✓ ${files.size} generated files, ${stale.length} updated`);
}
