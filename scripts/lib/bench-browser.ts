// Measures what an agent feels, in Chromium against the built site on loopback: JavaScript before
// interaction, first-visit weight, first-query latency and bytes, warm query percentiles, and the
// input delay while typing.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/support/browser.ts';
import { serveSite, type ServeOptions } from '../../test/e2e/support/server.ts';

export interface BrowserFigures {
  jsBeforeInteractionGzip: number;
  firstVisitGzip: number;
  firstQueryMs: number;
  firstQueryBytes: number;
  warmP50Ms: number;
  warmP95Ms: number;
  maxInputDelayMs: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Types a query into the hero box and resolves when the result list changes: the time an agent waits. */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-hero');
        const list = document.querySelector('#search-hero-results');
        if (!input || !list) throw new Error('no hero search on this page');
        const started = performance.now();
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(list, { childList: true, subtree: true });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

export async function measureInBrowser(
  siteDir: string,
  playbookPath: string,
  queries: string[],
  serve: ServeOptions = {},
): Promise<BrowserFigures> {
  const [browser, site] = await Promise.all([launchBrowser(), serveSite(siteDir, serve)]);
  try {
    // Service workers are blocked: they precache the site in the background after load (measured
    // by the precache column), which would otherwise be counted as the first query's bytes.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // 1. A playbook page, untouched: which files does it load, and how big are they gzipped?
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}${playbookPath}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const gzipOf = (path: string) => gzipSync(readFileSync(join(siteDir, path.endsWith('/') ? `${path}index.html` : path))).length;
    const before = loaded.filter((path) => !path.startsWith('/pagefind/'));
    const jsBeforeInteractionGzip = before.filter((path) => path.endsWith('.js')).reduce((sum, path) => sum + gzipOf(path), 0);
    const firstVisitGzip = before.filter((path) => /\.(js|css|html)$|\/$/.test(path)).reduce((sum, path) => sum + gzipOf(path), 0);
    await page.close();

    // 2. Search on the home page: the first query typed the moment the page has loaded, so its
    // time and bytes include whatever of the engine and index has not arrived yet. (Focusing
    // through Playwright takes ~150 ms, which would hide part of the engine's load.)
    const home = await context.newPage();
    site.sent.clear();
    await home.goto(`${site.url}/`, { waitUntil: 'load' });
    await home.evaluate(() => document.querySelector<HTMLInputElement>('#search-hero')?.focus());
    const firstQueryMs = await timeQuery(home, queries[0] ?? 'port');
    const firstQueryBytes = [...site.sent].filter(([path]) => path.startsWith('/pagefind/')).reduce((sum, [, bytes]) => sum + bytes, 0);

    // 3. Warm queries, twice round the set.
    const warm: number[] = [];
    for (const query of [...queries, ...queries]) warm.push(await timeQuery(home, query));

    // 4. Input delay while typing, from the Event Timing API.
    await home.evaluate(() => {
      (window as unknown as { delays: number[] }).delays = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[])
          (window as unknown as { delays: number[] }).delays.push(entry.processingStart - entry.startTime);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    await home.fill('#search-hero', '');
    await home.locator('#search-hero').pressSequentially('my number stopped working after i switched', { delay: 60 });
    await home.waitForTimeout(500);
    const delays = await home.evaluate(() => (window as unknown as { delays: number[] }).delays);
    return {
      jsBeforeInteractionGzip,
      firstVisitGzip,
      firstQueryMs,
      firstQueryBytes,
      warmP50Ms: percentile(warm, 50),
      warmP95Ms: percentile(warm, 95),
      maxInputDelayMs: Math.max(0, ...delays),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
