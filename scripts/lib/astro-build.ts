// Child process for one Astro build: `node scripts/lib/astro-build.ts <root> <outDir>`. Run apart
// from the check and from Pagefind so each phase's memory is returned to the system when it ends,
// and the peak is the largest phase, not their sum.
import { build } from 'astro';

const [root, outDir, cold] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-build.ts <root> <outDir> [--cold]');
// `force` is Astro's cold build: the content layer is loaded again and no page is restored from the
// incremental build's cache (which is written afresh for the next build).
await build({ root, outDir, force: cold === '--cold', logLevel: process.env['FRONTLINE_LOG_LEVEL'] === 'info' ? 'info' : 'warn' });
