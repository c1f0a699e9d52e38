// Child process for one Astro build: `node scripts/lib/astro-build.ts <root> <outDir>`. Run apart
// from the check and from Pagefind so each phase's memory is returned to the system when it ends,
// and the peak is the largest phase, not their sum.
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-build.ts <root> <outDir>');
await build({ root, outDir, logLevel: process.env['FRONTLINE_LOG_LEVEL'] === 'info' ? 'info' : 'warn' });
