// npm run search-report -- <log.ndjson> [--top 20]: the content-gap list from a collector's log of
// search signals (docs/deployment.md, "Search signals"): the searches that most often find
// nothing, and those whose results are most often left unopened. Markdown on stdout.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentGaps, formatReport, parseSignals } from '../src/search/report.ts';

const USAGE = 'usage: npm run search-report -- <log.ndjson> [--top 20]';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '20' } } });
const [file, ...extra] = positionals;
const top = Number(values.top);
if (file === undefined || extra.length > 0) {
  console.error(`✗ npm run search-report: name one log file. ${USAGE}`);
  process.exit(1);
}
if (!Number.isInteger(top) || top < 1) {
  console.error(`✗ npm run search-report: --top "${values.top}" is not a whole number from 1. ${USAGE}`);
  process.exit(1);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`✗ npm run search-report: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  process.exit(1);
}
const { signals, problems } = parseSignals(text);
if (problems.length) {
  for (const problem of problems) console.error(`${file}:${problem.line} ${problem.field} ${problem.message}`);
  console.error(
    `✗ ${problems.length} line${problems.length === 1 ? '' : 's'} of ${file} are not search signals; fix or remove them and run again.`,
  );
  process.exit(1);
}
console.log(formatReport(contentGaps(signals, top), file));
