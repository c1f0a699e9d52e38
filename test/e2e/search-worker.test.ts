import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const { site, newPage } = useSite();

/** Pagefind's files a scope fetched, from its own Resource Timing (a worker has its own). */
const pagefindFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/pagefind/'));

async function searchOnHome(page: Page, query: string): Promise<void> {
  await page.goto(`${site().url}/`);
  await page.fill('#search-hero', query);
  await page.locator('#search-hero-results .result').first().waitFor();
}

describe('search in its own worker', () => {
  it('runs Pagefind in the search worker: the page itself never fetches or runs the engine', async () => {
    const page = await newPage();
    await searchOnHome(page, 'port rejected');
    expect(await page.locator('#search-hero-results .result__title').first().textContent()).toBe('Porting troubleshooting');
    const worker = page.workers().find((found) => /\/_astro\/search-worker[^/]*\.js$/.test(found.url()));
    expect(worker).toBeDefined();
    expect(await worker?.evaluate(pagefindFetched)).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']),
    );
    expect(await page.evaluate(pagefindFetched)).toEqual([]);
  });

  it('searches on the page itself when the worker cannot start', async () => {
    const page = await newPage();
    await page.route(/\/_astro\/search-worker[^/]*\.js$/, (route) => route.abort());
    await searchOnHome(page, 'port rejected');
    expect(await page.locator('#search-hero-results .result__title').first().textContent()).toBe('Porting troubleshooting');
    expect(await page.evaluate(pagefindFetched)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
  });
});
