import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../../scripts/lib/static-server.ts';
import { E2E_SITE } from './site.ts';

/** One browser and one loopback server per test file; `newPage` opens a fresh context each time. */
export function useSite(): { site: () => StaticSite; newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<Page> } {
  let browser: Browser;
  let site: StaticSite;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(E2E_SITE)]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
    await site.close();
  });
  return {
    site: () => site,
    newPage: async (options) => {
      // Service workers are blocked here so each test sees only the page under test; the offline
      // behaviour has its own tests with a real profile (offline.test.ts).
      const context = await browser.newContext({ serviceWorkers: 'block', ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
