// npm run screenshots [-- --site dist] [--only agent|training]: the README's pictures, taken in
// Chromium from a built site (npm run build first) and written to docs/images/: the agent's screen
// at the two sizes agents use (1280 x 800 and 390 x 844), and the trainer's tools.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { agentShots } from './lib/screenshots/agent.ts';
import type { Shot } from './lib/screenshots/shot.ts';
import { trainingShots } from './lib/screenshots/training.ts';
import { serveSite } from './lib/static-server.ts';

const GROUPS = ['agent', 'training'] as const;
const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/images' }, only: { type: 'string' } },
});
const only = values.only;
if (only !== undefined && !(GROUPS as readonly string[]).includes(only)) {
  console.error(`--only ${only}: there is no such group of pictures — use --only ${GROUPS.join(' or --only ')}, or leave it out for all`);
  process.exit(1);
}
const siteFolder = resolve(values.site);
const site = await serveSite(siteFolder);
const browser = await launchBrowser();
const work = mkdtempSync(join(tmpdir(), 'frontline-shots-'));
try {
  const shots: Shot[] = [
    ...(only === 'training' ? [] : agentShots(site.url)),
    ...(only === 'agent' ? [] : trainingShots(site.url, siteFolder, work)),
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await shot.take(page, async () => {
      await page.screenshot({ path: resolve(values.out, shot.file) });
    });
    console.log(`✓ ${values.out}/${shot.file} (${shot.viewport.width} x ${shot.viewport.height}, ${shot.colorScheme})`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(work, { recursive: true, force: true });
}
