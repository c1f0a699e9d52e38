// npm run bench -- --pages 1000 [--pages 5000 …] [--real] [--no-browser] [--no-plain] [--no-write] [--pagefind-gzip] [--edit-one]
// Builds synthetic libraries (and/or the real site) with the real build, measures build, index,
// memory, output sizes and the search experience in Chromium, builds each synthetic library with
// the plain stack too (scripts/bench/plain-stack.ts) for the ratios, and appends the tables to
// docs/benchmarks.md with the date, commit, machine and load. A benchmark, not a test: nothing asserts.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { measureInBrowser, type BrowserFigures } from './browser.ts';
import { factsCacheFile } from '../../src/check/check-cache.ts';
import { astroCacheFolder } from '../lib/astro-cache.ts';
import { keptSliceFolder } from '../lib/kept-slices.ts';
import { WHOLE } from '../../src/lib/slices.ts';
import { comparisonTable, formatLoad, type Comparison } from './compare.ts';
import { benchPlainStack } from './plain-stack.ts';
import { runMeasured } from './process-tree.ts';
import { buildPhases, editOnePlaybook, rebuildTable, restoredPages, type Rebuild } from './rebuild.ts';
import { syntheticQueries, writeSyntheticLibrary } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true, default: [] },
    real: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    // Leave out the plain-stack build of each synthetic library (and so the ratios).
    'no-plain': { type: 'boolean', default: false },
    // Serve Pagefind's files labelled Content-Encoding: gzip, as a host can (docs/deployment.md).
    'pagefind-gzip': { type: 'boolean', default: false },
    // After each synthetic library's cold build, edit one playbook and build again (scripts/bench/rebuild.ts).
    'edit-one': { type: 'boolean', default: false },
  },
});

const SCRATCH = resolve('node_modules/.cache/frontline-bench');
const REAL_QUERIES = (parse(readFileSync('test/fixtures/relevance-queries.yaml', 'utf8')) as { query: string }[]).map((c) => c.query);
const SYNTHETIC_QUERIES = syntheticQueries(20);

interface Row {
  label: string;
  pages: number;
  buildSeconds: number;
  checkSeconds: number;
  astroSeconds: number;
  indexSeconds: number;
  peakBytes: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  precached: string;
  browser: BrowserFigures | undefined;
  /** The build's own output, for the phases of the cold build beside a rebuild. */
  output: string;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

async function benchOne(label: string, contentDir: string, pages: number, queries: string[], playbookPath: string): Promise<Row> {
  const out = join(SCRATCH, `site-${label}`);
  // Cold: no content cache, no check cache and no kept slices from an earlier run of the same library.
  rmSync(resolve(astroCacheFolder(contentDir)), { recursive: true, force: true });
  rmSync(factsCacheFile(resolve('.'), contentDir), { force: true });
  rmSync(dirname(keptSliceFolder(resolve('.'), contentDir, WHOLE)), { recursive: true, force: true });
  console.log(`[${label}] building ${pages} playbooks…`);
  const run = await runMeasured(process.execPath, ['scripts/build.ts', '--out', out], { ...process.env, FRONTLINE_CONTENT: contentDir });
  if (run.code !== 0) throw new Error(`build failed for ${label}:\n${run.stdout}\n${run.stderr}`);
  // The build's own output, kept for profiling (FRONTLINE_LOG_LEVEL=info adds Astro's own steps).
  writeFileSync(join(SCRATCH, `build-${label}.log`), `${run.stdout}\n${run.stderr}`);
  const timing = /check (\d+\.\d) s, astro (\d+\.\d) s, index (\d+\.\d) s/.exec(run.stdout);
  const dist = folderSize(out);
  const pagefind = folderSize(join(out, 'pagefind'));
  const phases = Object.entries(run.phasePeaks)
    .map(([phase, bytes]) => `${phase} ${(bytes / 2 ** 30).toFixed(2)} GiB`)
    .join(', ');
  console.log(`[${label}] built in ${run.seconds.toFixed(1)} s, peak ${(run.peakBytes / 2 ** 30).toFixed(2)} GiB (${phases})`);
  const browser = values['no-browser']
    ? undefined
    : await measureInBrowser(out, playbookPath, queries, { pagefindContentEncoding: values['pagefind-gzip'] });
  return {
    label: values['pagefind-gzip'] ? `${label}, Pagefind files gzip-encoded` : label,
    pages,
    buildSeconds: run.seconds,
    checkSeconds: Number(timing?.[1] ?? NaN),
    astroSeconds: Number(timing?.[2] ?? NaN),
    indexSeconds: Number(timing?.[3] ?? NaN),
    peakBytes: run.peakBytes,
    distBytes: dist.bytes,
    distFiles: dist.files,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    precached: /precaches (\d+) URLs/.exec(run.stdout)?.[1] ?? '?',
    browser,
    output: run.stdout,
  };
}

/** Edits one playbook of the library just built and builds it again into the same folder, caches kept. */
async function benchRebuild(row: Row, library: string): Promise<Rebuild> {
  editOnePlaybook(library);
  console.log(`[${row.label}] rebuilding after editing one playbook…`);
  const run = await runMeasured(process.execPath, ['scripts/build.ts', '--out', join(SCRATCH, `site-${row.label}`)], {
    ...process.env,
    FRONTLINE_CONTENT: library,
  });
  if (run.code !== 0) throw new Error(`rebuild failed for ${row.label}:\n${run.stdout}\n${run.stderr}`);
  writeFileSync(join(SCRATCH, `rebuild-${row.label}.log`), `${run.stdout}\n${run.stderr}`);
  console.log(`[${row.label}] rebuilt in ${run.seconds.toFixed(1)} s`);
  return {
    label: row.label,
    pages: row.pages,
    cold: { seconds: row.buildSeconds, phases: buildPhases(row.output) },
    rebuild: { seconds: run.seconds, phases: buildPhases(run.stdout), pages: restoredPages(run.stdout) },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const loadAtStart = loadavg();

function table(rows: Row[], comparisons: Comparison[], rebuilds: Rebuild[]): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const header = [
    `### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · commit ${commit}`,
    '',
    `Machine: ${machine}; ${formatLoad(loadAtStart)} at the start, ${formatLoad(loadavg())} at the end.`,
    '',
    '| site | playbooks | build + index | check | astro | index | peak memory (tree) | dist/ | pagefind/ | offline precache | JS before interaction (gzip) | first visit (gzip) | first query | first query bytes | warm p50 | warm p95 | warm p95 back to back | max input delay |',
    `|${'---|'.repeat(18)}`,
  ];
  const lines = rows.map((row) => {
    const b = row.browser;
    return `| ${row.label} | ${row.pages} | ${row.buildSeconds.toFixed(1)} s | ${row.checkSeconds.toFixed(1)} s | ${row.astroSeconds.toFixed(1)} s | ${row.indexSeconds.toFixed(1)} s | ${(row.peakBytes / 2 ** 30).toFixed(2)} GiB | ${mb(row.distBytes)}, ${row.distFiles} files | ${mb(row.pagefindBytes)}, ${row.pagefindFiles} files | ${row.precached} URLs | ${b ? kb(b.jsBeforeInteractionGzip) : '–'} | ${b ? kb(b.firstVisitGzip) : '–'} | ${b ? ms(b.firstQueryMs) : '–'} | ${b ? kb(b.firstQueryBytes) : '–'} | ${b ? ms(b.warmP50Ms) : '–'} | ${b ? ms(b.warmP95Ms) : '–'} | ${b ? ms(b.backToBackP95Ms) : '–'} | ${b ? ms(b.maxInputDelayMs) : '–'} |`;
  });
  const plain = comparisons.length
    ? [
        '',
        'Beside the plain stack (Astro + MDX defaults, one page per playbook, `pagefind --site dist`), same library, same run:',
        '',
        comparisonTable(comparisons),
      ]
    : [];
  const rebuilt = rebuilds.length
    ? [
        '',
        'Rebuild after editing one playbook (a few words of its text), caches kept, beside the cold build of the same library:',
        '',
        rebuildTable(rebuilds),
      ]
    : [];
  return [...header, ...lines, ...plain, ...rebuilt, ''].join('\n');
}

const rows: Row[] = [];
const comparisons: Comparison[] = [];
const rebuilds: Rebuild[] = [];
if (values.real)
  rows.push(
    await benchOne('real', 'content', readdirSync('content/playbooks').length, REAL_QUERIES, '/playbooks/porting-troubleshooting/'),
  );
for (const pages of values.pages.map(Number)) {
  const lib = join(SCRATCH, `lib-${pages}`);
  writeSyntheticLibrary(lib, pages);
  const row = await benchOne(`synthetic-${pages}`, lib, pages, SYNTHETIC_QUERIES, '/playbooks/synthetic-00001/');
  rows.push(row);
  if (!values['no-plain']) {
    console.log(`[synthetic-${pages}] building the same library with the plain stack…`);
    const plain = await benchPlainStack(lib, `lib-${pages}`);
    console.log(
      `[synthetic-${pages}] plain stack: ${plain.seconds.toFixed(1)} s (astro ${plain.astroSeconds.toFixed(1)} s, pagefind ${plain.indexSeconds.toFixed(1)} s, ${plain.pages} pages), peak ${(plain.peakBytes / 2 ** 30).toFixed(2)} GiB`,
    );
    comparisons.push({ label: row.label, pages, frontline: { seconds: row.buildSeconds, peakBytes: row.peakBytes }, plain });
  }
  // Last, so the plain stack built the same library as the cold build.
  if (values['edit-one']) rebuilds.push(await benchRebuild(row, lib));
}
const report = table(rows, comparisons, rebuilds);
console.log(`\n${report}`);
if (!values['no-write']) appendFileSync('docs/benchmarks.md', `\n${report}`);
