// npm run build: the check beside astro build → Pagefind index → publish to dist/, all or nothing.
// The site is built into a scratch folder and only moved to dist/ once every step has passed, so a
// failed build never leaves a dist/ that looks complete (the previous good build stays as it was),
// and a build killed while publishing is repaired by the next one (scripts/lib/publish.ts).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBuildLock } from './lib/build-lock.ts';
import { previousOf, publishBuild, recoverInterruptedPublish } from './lib/publish.ts';
import { indexSite } from '../src/search/build-index.ts';
import { writeServiceWorker } from './lib/service-worker.ts';
import { checkBesideAstro } from './lib/check-beside-astro.ts';

// A build is always a production build, even when started from a test runner that set
// NODE_ENV=test (Astro derives import.meta.env.PROD from it).
process.env['NODE_ENV'] = 'production';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    out: { type: 'string', default: 'dist' },
    // A cold build: every playbook checked and every page rendered again, nothing read from a cache.
    cold: { type: 'boolean', default: false },
  },
});
const root = resolve(values.root);
const outDir = resolve(root, values.out);
// Siblings of the output folder, so parallel builds to different folders never share them.
const scratch = `${outDir}.building`;
const log = (line: string) => console.log(line);
const seconds = (since: number) => (performance.now() - since) / 1000;

/** Why a phase stopped, in words: a process killed by a signal (a crash) prints nothing of its own. */
function stopped(what: string, exit: number | NodeJS.Signals | null): string {
  return typeof exit === 'string'
    ? `${what} was killed by ${exit}: it crashed, perhaps without a message of its own. If content made it crash, the check's limits (src/check/limits.ts) missed it: report it with that content.`
    : `${what} stopped with exit code ${String(exit)}; its messages are above.`;
}

async function main(): Promise<number> {
  const recovery = recoverInterruptedPublish(outDir);
  if (recovery === 'restored') log(`… restored ${outDir}/ from ${previousOf(outDir)}/, left by a build stopped while publishing`);
  rmSync(scratch, { recursive: true, force: true });
  // The check (it vets public/ too, src/check/rules/public.ts) and Astro run at once; Astro's
  // output is shown once the check has passed, and a failed check stops Astro.
  log('… checking content and public/, and building pages with Astro');
  const heap = process.env['FRONTLINE_ASTRO_HEAP_MB'];
  const started = performance.now();
  const outcome = await checkBesideAstro(
    { command: process.execPath, args: [resolve(root, 'scripts/check.ts'), '--root', root, ...(values.cold ? ['--no-cache'] : [])] },
    {
      command: process.execPath,
      args: [
        ...(heap ? [`--max-old-space-size=${Number(heap)}`] : []),
        resolve(root, 'scripts/lib/astro-build.ts'),
        root,
        scratch,
        ...(values.cold ? ['--cold'] : []),
      ],
    },
  );
  const checkAndAstroSeconds = seconds(started);
  if (outcome.check.exit !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error('\nBuild stopped: fix the problems above (npm run check lists them again). dist/ was not changed.');
    return 1;
  }
  const checkSeconds = outcome.check.seconds;
  try {
    if (outcome.astro === 'stopped' || outcome.astro.exit !== 0)
      throw new Error(stopped('Astro', outcome.astro === 'stopped' ? null : outcome.astro.exit));
    const astroSeconds = outcome.astro.seconds;
    log('… indexing with Pagefind');
    const indexed = await indexSite(scratch);
    const workerStarted = performance.now();
    const worker = writeServiceWorker(scratch, (process.env['FRONTLINE_BASE'] ?? '/').replace(/\/?$/, '/'));
    const workerSeconds = seconds(workerStarted);
    const publishStarted = performance.now();
    publishBuild(scratch, outDir);
    const publishSeconds = seconds(publishStarted);
    // The check ran beside Astro: the whole build is their wall time plus the phases after them.
    const total = checkAndAstroSeconds + indexed.seconds + workerSeconds + publishSeconds;
    log(
      `✓ built ${values.out}/ in ${total.toFixed(1)} s (check ${checkSeconds.toFixed(1)} s, astro ${astroSeconds.toFixed(1)} s, index ${indexed.seconds.toFixed(1)} s, service worker ${workerSeconds.toFixed(1)} s, publish ${publishSeconds.toFixed(1)} s; ${indexed.pages} HTML files; service worker ${worker.version} precaches ${worker.precached} URLs)`,
    );
    return 0;
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}\ndist/ was not changed.`);
    return 1;
  }
}

process.exitCode = await withBuildLock(root, main, log);
