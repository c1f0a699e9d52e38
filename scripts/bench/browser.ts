// Measures what an agent feels, in Chromium against the built site on loopback: JavaScript before
// interaction, first-visit weight, first-query latency and bytes, warm query percentiles, and the
// input delay while typing.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveSite, type ServeOptions, type StaticSite } from '../lib/static-server.ts';

export interface BrowserFigures {
  jsBeforeInteractionGzip: number;
  firstVisitGzip: number;
  firstQueryMs: number;
  firstQueryBytes: number;
  warmP50Ms: number;
  warmP95Ms: number;
  /** The same 40 queries on a fresh page, each fired the instant the previous results appear. */
  backToBackP95Ms: number;
  maxInputDelayMs: number;
}

/**
 * How long an agent reads a result list before the next search: half a second, quicker than
 * anyone reads. Without it, each query starts in the same millisecond the last one rendered and
 * the figures measure the browser still compiling the engine after the first query (the first
 * queries then take 2–3 times as long as later ones); the pause also lets the filter counts and
 * the URL update, as they do for an agent.
 */
export const AGENT_READS_MS = 500;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * What a first query fetches for search, counted since navigation: Pagefind's engine and index,
 * the vocabulary (its head and the shards a correction reads) and the search worker's script.
 */
export function isSearchFile(path: string): boolean {
  return path.startsWith('/pagefind/') || path.startsWith('/search-vocabulary/') || /^\/_astro\/search-worker[^/]*\.js$/.test(path);
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

/**
 * The home page's search as an agent uses it: the first query typed the moment the page has
 * loaded, so its time includes whatever of the engine and index has not arrived yet (focusing
 * through Playwright takes ~150 ms, which would hide part of the engine's load), then 40 warm
 * queries (20 whose words are new to the page, then the same 20 again), `pauseMs` apart.
 */
async function searchSession(
  page: Page,
  site: StaticSite,
  queries: string[],
  pauseMs: number,
): Promise<{ firstQueryMs: number; firstQueryBytes: number; warm: number[] }> {
  site.sent.clear();
  await page.goto(`${site.url}/`, { waitUntil: 'load' });
  await page.evaluate(() => document.querySelector<HTMLInputElement>('#search-hero')?.focus());
  const firstQueryMs = await timeQuery(page, queries[0] ?? 'port');
  const firstQueryBytes = [...site.sent].filter(([path]) => isSearchFile(path)).reduce((sum, [, bytes]) => sum + bytes, 0);
  const warm: number[] = [];
  for (const query of [...queries, ...queries]) {
    await page.waitForTimeout(pauseMs);
    warm.push(await timeQuery(page, query));
  }
  return { firstQueryMs, firstQueryBytes, warm };
}

/** A page in a context of its own, so nothing an earlier page fetched is in its cache. */
async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ serviceWorkers: 'block' })).newPage();
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
    const before = loaded.filter((path) => !isSearchFile(path));
    const jsBeforeInteractionGzip = before.filter((path) => path.endsWith('.js')).reduce((sum, path) => sum + gzipOf(path), 0);
    const firstVisitGzip = before.filter((path) => /\.(js|css|html)$|\/$/.test(path)).reduce((sum, path) => sum + gzipOf(path), 0);
    await page.close();

    // 2. Search on the home page: the first query, then warm queries as an agent makes them.
    const home = await context.newPage();
    const { firstQueryMs, firstQueryBytes, warm } = await searchSession(home, site, queries, AGENT_READS_MS);

    // 3. Input delay while typing, from the Event Timing API.
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
    await home.close();

    // 4. The same queries back to back on a fresh page: the worst case, which no agent types.
    const backToBack = await searchSession(await freshPage(browser), site, queries, 0);
    return {
      jsBeforeInteractionGzip,
      firstVisitGzip,
      firstQueryMs,
      firstQueryBytes,
      warmP50Ms: percentile(warm, 50),
      warmP95Ms: percentile(warm, 95),
      backToBackP95Ms: percentile(backToBack.warm, 95),
      maxInputDelayMs: Math.max(0, ...delays),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
