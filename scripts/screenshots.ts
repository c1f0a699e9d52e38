// npm run screenshots [-- --site dist]: the README's pictures of the agent's screen, taken in
// Chromium from a built site at the two sizes agents use (1280 x 800 and 390 x 844). Build first
// (npm run build); the pictures are written to docs/images/.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { serveSite } from './lib/static-server.ts';

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  path: string;
  /** Brings the page into the state the picture shows. */
  prepare?: (page: Page) => Promise<void>;
}

async function search(page: Page, box: string, words: string): Promise<void> {
  await page.fill(box, words);
  await page.locator(`${box}-results .result`).nth(2).waitFor();
  await page.waitForTimeout(900); // the filter counts follow once typing pauses
}

const SHOTS: Shot[] = [
  {
    file: 'agent-search-desktop.png',
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    path: '/',
    prepare: (page) => search(page, '#search-hero', 'switch carrier'),
  },
  {
    file: 'agent-search-phone.png',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    path: '/',
    prepare: (page) => search(page, '#search-hero', 'callback never came'),
  },
  {
    file: 'agent-playbook-desktop.png',
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
    path: '/playbooks/porting-troubleshooting/',
  },
  {
    file: 'agent-playbook-phone.png',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    path: '/playbooks/porting-troubleshooting/',
  },
];

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/images' } } });
const site = await serveSite(resolve(values.site));
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.url}${shot.path}`);
    await page.waitForLoadState('load');
    await shot.prepare?.(page);
    await page.screenshot({ path: resolve(values.out, shot.file) });
    console.log(`✓ ${values.out}/${shot.file} (${shot.viewport.width} x ${shot.viewport.height}, ${shot.colorScheme})`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
