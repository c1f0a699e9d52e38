// npm run build: check → astro build → Pagefind index → publish to dist/, all or nothing.
// The site is built into a scratch folder and only moved to dist/ once every step has passed, so a
// failed build never leaves a dist/ that looks complete (the previous good build stays as it was),
// and a build killed while publishing is repaired by the next one (scripts/lib/publish.ts).
//
// One pipeline, cut in slices (docs/decisions.md, decision 21): Astro builds the site as shards,
// each the pages of one slice of the playbooks (the first slice also writes the pages that list
// them), and the merge joins the shards, indexes the whole site once, writes the service worker and
// publishes. The ordinary build is that pipeline with one slice.
//   npm run build [--out dist] [--slices N]     check, N shards one after another, merge, publish
//                                               (N by the library's size when not given)
//   npm run build -- --shard k/n --out <folder>  check, then only shard k of n (no index, no worker)
//   npm run build -- --merge <folder> … [--out dist]   join shards built anywhere, index, publish
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBuildLock } from './lib/build-lock.ts';
import { previousOf, publishBuild, recoverInterruptedPublish } from './lib/publish.ts';
import { currentSource, joinShards, MergeRefused, writeManifest, type ShardSource } from './lib/shards.ts';
import { indexSite } from '../src/search/build-index.ts';
import { writeServiceWorker } from './lib/service-worker.ts';
import { checkBesideAstro, type Exit, type PhaseCommand } from './lib/check-beside-astro.ts';
import { formatSlice, parseSlice, parseSliceCount, slicesFor, type Slice } from '../src/lib/slices.ts';
import {
  forgetKept,
  forgetKeptSlicesOfOtherCounts,
  isKept,
  keptSliceFolder,
  markKept,
  projectKey,
  readContent,
  sliceKeys,
} from './lib/kept-slices.ts';

// A build is always a production build, even when started from a test runner that set
// NODE_ENV=test (Astro derives import.meta.env.PROD from it).
process.env['NODE_ENV'] = 'production';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: process.cwd() },
    out: { type: 'string', default: 'dist' },
    shard: { type: 'string' },
    // Unset: one slice up to AUTO_SLICES_ABOVE playbooks, more above (src/lib/slices.ts).
    slices: { type: 'string' },
    merge: { type: 'boolean', default: false },
    // A cold build: every playbook checked and every page rendered again, nothing read from a cache.
    cold: { type: 'boolean', default: false },
  },
});
const root = resolve(values.root);
const outDir = resolve(root, values.out);
const contentDir = resolve(root, process.env['FRONTLINE_CONTENT'] ?? 'content');
// Siblings of the output folder, so parallel builds to different folders never share them.
const scratch = `${outDir}.building`;
const slicesDir = `${outDir}.slices`;
const log = (line: string) => console.log(line);
const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Runs one phase in its own Node process, so its memory goes back to the system when it ends: the
 * build's peak is then its largest phase, not the sum of all of them.
 */
function runCommand({ command, args, env }: PhaseCommand): Promise<Exit> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env: env ?? process.env });
    child.on('close', (code, signal) => done(code ?? signal));
  });
}

/** The content check, over the whole library whatever the slice (its cache is skipped by --cold). */
const CHECK: PhaseCommand = {
  command: process.execPath,
  args: [resolve(root, 'scripts/check.ts'), '--root', root, ...(values.cold ? ['--no-cache'] : [])],
};

/** Astro's build of one slice into `folder`, in its own process (scripts/lib/astro-build.ts). */
function astroCommand(slice: Slice, folder: string): PhaseCommand {
  const heap = process.env['FRONTLINE_ASTRO_HEAP_MB'];
  return {
    command: process.execPath,
    args: [
      ...(heap ? [`--max-old-space-size=${Number(heap)}`] : []),
      resolve(root, 'scripts/lib/astro-build.ts'),
      root,
      folder,
      ...(values.cold ? ['--cold'] : []),
    ],
    env: { ...process.env, FRONTLINE_SHARD: formatSlice(slice) },
  };
}

/** Why a phase stopped, in words: a process killed by a signal (a crash) prints nothing of its own. */
function stopped(what: string, exit: number | NodeJS.Signals | null): string {
  return typeof exit === 'string'
    ? `${what} was killed by ${exit}: it crashed, perhaps without a message of its own. If content made it crash, the check's limits (src/check/limits.ts) missed it: report it with that content.`
    : `${what} stopped with exit code ${String(exit)}; its messages are above.`;
}

/** The playbooks in the content folder (0 if it has none: the check says what is wrong then). */
function countPlaybooks(): number {
  const dir = join(contentDir, 'playbooks');
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx')).length : 0;
}

/**
 * Astro builds one slice's pages into `folder` (replaced), which then holds the shard's manifest.
 * `source` is what the build started from, read once: a file edited while the slices are built
 * does not make one build's own slices look foreign to each other. The first slice a build makes
 * runs beside the content check (decision 23): it answers the check's seconds, or `refused` when
 * the check refused the content (its messages printed, Astro stopped, nothing kept).
 */
async function buildShard(slice: Slice, folder: string, source: ShardSource, besideCheck: boolean): Promise<number | 'refused'> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(dirname(folder), { recursive: true });
  const what = slice.count === 1 ? 'Astro' : `Astro (slice ${formatSlice(slice)})`;
  log(
    `… ${besideCheck ? 'checking content and public/, and ' : ''}building pages with Astro${slice.count === 1 ? '' : `, slice ${formatSlice(slice)}`}`,
  );
  let exit: Exit;
  let checkSeconds = 0;
  if (besideCheck) {
    const outcome = await checkBesideAstro(CHECK, astroCommand(slice, folder));
    if (outcome.check.exit !== 0) {
      rmSync(folder, { recursive: true, force: true });
      console.error(`\nBuild stopped: fix the problems above (npm run check lists them again). ${values.out}/ was not changed.`);
      return 'refused';
    }
    checkSeconds = outcome.check.seconds;
    exit = outcome.astro === 'stopped' ? null : outcome.astro.exit;
  } else exit = await runCommand(astroCommand(slice, folder));
  if (exit !== 0) throw new Error(stopped(what, exit));
  writeManifest(folder, slice, source);
  return checkSeconds;
}

/** Joins the shards, indexes the whole site once, writes the service worker and publishes to outDir. */
async function mergeAndPublish(folders: string[], consume: boolean) {
  const mergeStarted = performance.now();
  rmSync(scratch, { recursive: true, force: true });
  if (folders.length > 1) log(`… merging ${folders.length} shards`);
  const { files } = joinShards(folders, scratch, { consume });
  const mergeSeconds = seconds(mergeStarted);
  log('… indexing with Pagefind');
  const indexed = await indexSite(scratch);
  const workerStarted = performance.now();
  const worker = writeServiceWorker(scratch, (process.env['FRONTLINE_BASE'] ?? '/').replace(/\/?$/, '/'));
  const workerSeconds = seconds(workerStarted);
  const publishStarted = performance.now();
  publishBuild(scratch, outDir);
  return { files, indexed, worker, mergeSeconds, workerSeconds, publishSeconds: seconds(publishStarted) };
}

function fail(error: unknown): number {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(slicesDir, { recursive: true, force: true });
  const message = error instanceof MergeRefused || error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed: ${message}\n${values.out}/ was not changed.`);
  return 1;
}

/** `--shard k/n --out <folder>`: one shard, published to its folder all or nothing, for a later merge. */
async function shardOnly(slice: Slice): Promise<number> {
  try {
    const started = performance.now();
    if ((await buildShard(slice, scratch, currentSource(root, contentDir), true)) === 'refused') return 1;
    publishBuild(scratch, outDir);
    log(
      `✓ built shard ${formatSlice(slice)} in ${values.out}/ in ${seconds(started).toFixed(1)} s; merge every shard with npm run build -- --merge <folders>`,
    );
    return 0;
  } catch (error) {
    return fail(error);
  }
}

/** `--merge <folder> …`: shards built anywhere (a CI matrix), joined here. No check: each shard ran it. */
async function mergeOnly(folders: string[]): Promise<number> {
  try {
    const result = await mergeAndPublish(
      folders.map((folder) => resolve(folder)),
      false,
    );
    log(
      `✓ merged ${folders.length} shards into ${values.out}/ (merge ${result.mergeSeconds.toFixed(1)} s, index ${result.indexed.seconds.toFixed(1)} s, service worker ${result.workerSeconds.toFixed(1)} s, publish ${result.publishSeconds.toFixed(1)} s; ${result.indexed.pages} HTML files; service worker ${result.worker.version} precaches ${result.worker.precached} URLs)`,
    );
    return 0;
  } catch (error) {
    return fail(error);
  }
}

/**
 * The whole build on this machine: each slice in its own Astro process in turn (the first built
 * beside the check), merge, publish. A library in several slices keeps each slice's pages for the
 * next build, which reuses a slice when nothing its pages are made from changed (decision 25); a
 * library in one slice has Astro's own incremental build instead.
 */
async function wholeBuild(count: number): Promise<number> {
  try {
    let checkSeconds: number | undefined;
    const astroStarted = performance.now();
    rmSync(slicesDir, { recursive: true, force: true });
    mkdirSync(slicesDir, { recursive: true });
    const source = currentSource(root, contentDir);
    const keep = count > 1;
    if (keep) forgetKeptSlicesOfOtherCounts(root, contentDir, count);
    const keys = keep ? sliceKeys(readContent(contentDir), count, projectKey(root, source.settings, new Date())) : [];
    const folders: string[] = [];
    const sliceSeconds: string[] = [];
    let reused = 0;
    for (let index = 1; index <= count; index++) {
      const slice = { index, count };
      const key = keys[index - 1];
      const folder = key ? keptSliceFolder(root, contentDir, slice) : join(slicesDir, String(index));
      folders.push(folder);
      if (key && !values.cold && isKept(folder, key)) {
        writeManifest(folder, slice, source);
        reused += 1;
        continue;
      }
      if (key) forgetKept(folder);
      const sliceStarted = performance.now();
      const built = await buildShard(slice, folder, source, checkSeconds === undefined);
      if (built === 'refused') return 1;
      checkSeconds ??= built;
      if (key) markKept(folder, key);
      sliceSeconds.push(seconds(sliceStarted).toFixed(1));
    }
    // Every slice reused: the content is what it was, but the check still runs before anything is published.
    if (checkSeconds === undefined) {
      log('… checking content and public/ (every slice unchanged)');
      const checkStarted = performance.now();
      const exit = await runCommand(CHECK);
      if (exit !== 0) {
        console.error(`\nBuild stopped: fix the problems above (npm run check lists them again). ${values.out}/ was not changed.`);
        return 1;
      }
      checkSeconds = seconds(checkStarted);
    }
    const astroSeconds = seconds(astroStarted);
    // Kept slices are copied into the site, so they are there for the next build; temporary ones are moved.
    const result = await mergeAndPublish(folders, !keep);
    rmSync(slicesDir, { recursive: true, force: true });
    // The check ran beside Astro's first slice: its seconds are inside Astro's wall time.
    const total = astroSeconds + result.mergeSeconds + result.indexed.seconds + result.workerSeconds + result.publishSeconds;
    const built = sliceSeconds.length ? `${sliceSeconds.length} built in ${sliceSeconds.join(' + ')} s` : 'none built';
    const sliced =
      count > 1 ? `; ${count} slices, ${built}, ${reused} unchanged and reused, merged in ${result.mergeSeconds.toFixed(1)} s` : '';
    log(
      `✓ built ${values.out}/ in ${total.toFixed(1)} s (check ${checkSeconds.toFixed(1)} s, astro ${astroSeconds.toFixed(1)} s, index ${result.indexed.seconds.toFixed(1)} s, service worker ${result.workerSeconds.toFixed(1)} s, publish ${result.publishSeconds.toFixed(1)} s; ${result.indexed.pages} HTML files; service worker ${result.worker.version} precaches ${result.worker.precached} URLs${sliced})`,
    );
    return 0;
  } catch (error) {
    return fail(error);
  }
}

async function main(): Promise<number> {
  const recovery = recoverInterruptedPublish(outDir);
  if (recovery === 'restored') log(`… restored ${outDir}/ from ${previousOf(outDir)}/, left by a build stopped while publishing`);
  if (values.merge) return mergeOnly(positionals);
  if (positionals.length > 0) return fail(new Error(`unexpected ${positionals.join(' ')}: only --merge takes folders`));
  try {
    if (values.shard !== undefined) return await shardOnly(parseSlice(values.shard));
    if (values.slices !== undefined) return await wholeBuild(parseSliceCount(values.slices));
    const playbooks = countPlaybooks();
    const count = slicesFor(playbooks);
    if (count > 1) log(`… ${playbooks} playbooks: building in ${count} slices, to bound memory (--slices 1 builds them in one)`);
    return await wholeBuild(count);
  } catch (error) {
    return fail(error);
  }
}

process.exitCode = await withBuildLock(root, main, log);
