// Child process for one Astro build: `node scripts/lib/astro-build.ts <root> <outDir> [--cold]`. Run
// apart from the check and from Pagefind so each phase's memory is returned to the system when it
// ends, and the peak is the largest phase, not their sum.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { astroCacheFolder, cacheWrittenSinceManifest } from './astro-cache.ts';
import { findPagesFromAnEarlierBuild } from './site-wide-files.ts';

const [root, outDir, flag] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-build.ts <root> <outDir> [--cold]');
const cacheDir = join(root, astroCacheFolder(process.env['FRONTLINE_CONTENT'] ?? 'content', process.env['FRONTLINE_SHARD']));
const cold = flag === '--cold';
const log = (line: string) => console.log(line);

// `force` is Astro's cold build: the content layer is loaded again and no page is restored from the
// incremental build's cache (which is written afresh for the next build).
const astroBuild = (force: boolean) =>
  build({ root, outDir, force, logLevel: process.env['FRONTLINE_LOG_LEVEL'] === 'info' ? 'info' : 'warn' });

// A build after one that stopped while rendering pages is cold: the cache's copies may not be the
// ones its manifest names (scripts/lib/astro-cache.ts).
const unfinished = !cold && cacheWrittenSinceManifest(cacheDir);
if (unfinished) log('… the last Astro build stopped while rendering pages, so this one renders every page again');
await astroBuild(cold || unfinished);
if (!cold && !unfinished) {
  // Restored pages still carry the site-wide stylesheet and policy of the build that rendered them.
  const stale = findPagesFromAnEarlierBuild(outDir);
  if (stale.length > 0) {
    log(`… restored pages belong to an earlier build (${stale.join('; ')}), so every page is rendered again`);
    rmSync(outDir, { recursive: true, force: true });
    await astroBuild(true);
  }
}
