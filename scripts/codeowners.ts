// npm run codeowners [-- --check] [-- --org name]: writes .github/CODEOWNERS from the playbooks'
// `owner` fields. --check writes nothing and exits 1 when the committed file is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CODEOWNERS_PATH, DEFAULT_ORG, renderCodeowners } from './lib/codeowners.ts';
import { readContentFiles } from '../src/check/read-content.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    org: { type: 'string', default: DEFAULT_ORG },
    root: { type: 'string', default: process.cwd() },
  },
});

const result = renderCodeowners(readContentFiles(values.root), values.org);
const target = join(values.root, CODEOWNERS_PATH);
if (!result.ok) {
  for (const problem of result.problems) console.error(`✗ ${problem}`);
  process.exitCode = 1;
} else if (existsSync(target) && readFileSync(target, 'utf8') === result.text) {
  console.log(`✓ ${CODEOWNERS_PATH} is current`);
} else if (values.check) {
  console.error(`✗ ${CODEOWNERS_PATH} is out of date with the playbooks' owner fields — run npm run codeowners and commit the result`);
  process.exitCode = 1;
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, result.text);
  console.log(`✓ wrote ${CODEOWNERS_PATH}`);
}
