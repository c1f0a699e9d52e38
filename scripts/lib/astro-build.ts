// Child process for one Astro build: `node scripts/lib/astro-build.ts <root> <outDir> [--cold]`. Run
// apart from the check and from Pagefind so each phase's memory is returned to the system when it
// ends, and the peak is the largest phase, not their sum.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { astroCacheFolder, buildTrustingOnlyFinishedCaches } from './astro-cache.ts';
import { findPagesFromAnEarlierBuild } from './site-wide-files.ts';

const [root, outDir, flag] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-build.ts <root> <outDir> [--cold]');
const cacheDir = join(root, astroCacheFolder(process.env['FRONTLINE_CONTENT'] ?? 'content'));
const cold = flag === '--cold';
const log = (line: string) => console.log(line);

// `force` is Astro's cold build: the content layer is loaded again and no page is restored from the
// incremental build's cache (which is written afresh for the next build).
const astroBuild = (force: boolean) =>
  build({ root, outDir, force, logLevel: process.env['FRONTLINE_LOG_LEVEL'] === 'info' ? 'info' : 'warn' });

const ranCold = await buildTrustingOnlyFinishedCaches(cacheDir, cold, async (force) => {
  await astroBuild(force);
  if (force) return;
  // Restored pages still carry the site-wide stylesheet and policy of the build that rendered them.
  const stale = findPagesFromAnEarlierBuild(outDir);
  if (stale.length === 0) return;
  log(`… restored pages belong to an earlier build (${stale.join('; ')}), so every page is rendered again`);
  rmSync(outDir, { recursive: true, force: true });
  await astroBuild(true);
});
if (ranCold && !cold) log('… the last Astro build did not finish, so this one rendered every page again');
