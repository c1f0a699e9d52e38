// The agent's screen: the home page's search and a playbook page, at both sizes.
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, type Shot } from './shot.ts';

async function search(page: Page, box: string, words: string): Promise<void> {
  await page.fill(box, words);
  await page.locator(`${box}-results .result`).nth(2).waitFor();
  await page.waitForTimeout(900); // the filter counts follow once typing pauses
}

/** Opens `path` on the site, then prepares it. */
function opened(siteUrl: string, path: string, prepare?: (page: Page) => Promise<void>): Shot['take'] {
  return async (page, capture) => {
    await page.goto(`${siteUrl}${path}`);
    await page.waitForLoadState('load');
    await prepare?.(page);
    await capture();
  };
}

export function agentShots(siteUrl: string): Shot[] {
  const playbook = '/playbooks/porting-troubleshooting/';
  return [
    {
      file: 'agent-search-desktop.png',
      viewport: DESKTOP,
      colorScheme: 'light',
      take: opened(siteUrl, '/', (page) => search(page, '#search-hero', 'switch carrier')),
    },
    {
      file: 'agent-search-phone.png',
      viewport: PHONE,
      colorScheme: 'light',
      take: opened(siteUrl, '/', (page) => search(page, '#search-hero', 'callback never came')),
    },
    { file: 'agent-playbook-desktop.png', viewport: DESKTOP, colorScheme: 'dark', take: opened(siteUrl, playbook) },
    { file: 'agent-playbook-phone.png', viewport: PHONE, colorScheme: 'dark', take: opened(siteUrl, playbook) },
  ];
}
