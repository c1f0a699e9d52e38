import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/lib/service-worker.ts';
import { launchProfile } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/static-server.ts';
import { E2E_SITE } from './support/site.ts';
import { indexSite } from '../../src/search/build-index.ts';

let profile: string;
let context: BrowserContext;
let site: StaticSite;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'frontline-profile-'));
  [context, site] = await Promise.all([launchProfile(profile), serveSite(E2E_SITE)]);
});
afterAll(async () => {
  await context.close();
  await site.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Opens a page and waits until the service worker controls it and has precached this build. */
async function openControlled(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  return page;
}

/**
 * Waits until the browser holds exactly one Frontline cache, this version's. (Polled from the test:
 * `waitForFunction` does not wait for a promise, so a `caches.keys()` check there passes at once.)
 */
async function onlyCacheIs(page: Page, version: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual([`frontline-${version}`]);
}

/**
 * The next deploy of the site: every playbook's text changed, so every Pagefind file has a new
 * name and the old ones are gone from the host, as after a real deploy.
 */
async function nextDeploy(): Promise<{ folder: string; version: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'frontline-deploy-'));
  cpSync(E2E_SITE, folder, { recursive: true });
  for (const id of readdirSync(join(folder, 'playbooks'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const file = join(folder, 'playbooks', id.name, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</article>', '<p>Revised in the next deploy.</p></article>'));
  }
  rmSync(join(folder, 'pagefind'), { recursive: true, force: true });
  await indexSite(folder);
  copyFileSync('public/sw.js', join(folder, 'sw.js'));
  return { folder, version: writeServiceWorker(folder, '/').version };
}

describe('offline, after one visit', () => {
  it('keeps the site and its search working with the network down', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    // Wait until the service worker controls the page and has precached this build.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    expect(await page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('frontline-')).length)).toBe(1);

    await context.setOffline(true);
    await page.reload();
    await page.fill('#search-hero', 'port rejected');
    await page.locator('#search-hero-results .result').first().waitFor();
    expect(await page.locator('#search-hero-results .result__title').first().textContent()).toBe('Porting troubleshooting');
    await Promise.all([page.waitForURL(/porting-troubleshooting/), page.locator('#search-hero-results .result__title').first().click()]);
    expect(await page.locator('h1').textContent()).toBe('Porting troubleshooting');
    await context.setOffline(false);
  });
});

describe('offline, on a host that labels Pagefind’s files Content-Encoding: gzip', () => {
  it('precaches them (their fingerprints are of the inflated bytes) and searches with the network down', async () => {
    const labelled = await serveSite(E2E_SITE, { pagefindContentEncoding: true });
    try {
      const page = await context.newPage();
      await page.goto(`${labelled.url}/`);
      await expect.poll(() => page.evaluate(async () => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
      await context.setOffline(true);
      await page.reload();
      await page.fill('#search-hero', 'port rejected');
      await page.locator('#search-hero-results .result').first().waitFor();
      expect(await page.locator('#search-hero-results .result__title').first().textContent()).toBe('Porting troubleshooting');
    } finally {
      await context.setOffline(false);
      await labelled.close();
    }
  });
});

describe('a new deploy', () => {
  it('replaces the old cache with the new build’s', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const before = await page.evaluate(() => caches.keys());

    const next = mkdtempSync(join(tmpdir(), 'frontline-deploy-'));
    cpSync(E2E_SITE, next, { recursive: true });
    writeFileSync(join(next, 'index.html'), `${readFileSync(join(next, 'index.html'), 'utf8')}<!-- next deploy -->`);
    copyFileSync('public/sw.js', join(next, 'sw.js'));
    const { version } = writeServiceWorker(next, '/');
    site.setRoot(next);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await onlyCacheIs(page, version);
      expect(before).not.toEqual([`frontline-${version}`]);
    } finally {
      site.setRoot(E2E_SITE);
      rmSync(next, { recursive: true, force: true });
    }
  });
});

describe('a search tab left open across a deploy', () => {
  it('keeps finding playbooks after another tab has activated the new build and its old cache is gone', async () => {
    const searchTab = await openControlled('/');
    // The home page loads the search engine and this build's index metadata at once; the index
    // chunks and result details a query needs are fetched when it is typed.
    // The search worker fetches them: its own Resource Timing lists them.
    await expect
      .poll(
        async () => {
          const worker = searchTab.workers().find((found) => found.url().includes('/_astro/search-worker'));
          return worker?.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.pf_meta')));
        },
        { timeout: 10_000 },
      )
      .toBe(true);

    const { folder, version } = await nextDeploy();
    site.setRoot(folder);
    try {
      const otherTab = await context.newPage();
      await otherTab.goto(`${site.url}/playbooks/`);
      await otherTab.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await onlyCacheIs(otherTab, version);

      await searchTab.fill('#search-hero', 'angry caller shouting');
      await expect
        .poll(() => searchTab.locator('#search-hero-results .result__title').allTextContents(), { timeout: 10_000 })
        .toContain('Hostile caller de-escalation');
      await otherTab.close();
    } finally {
      site.setRoot(E2E_SITE);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the offline cache', () => {
  it('never runs or shows what page script wrote into it: a forged script, page or unknown address', async () => {
    const page = await openControlled('/playbooks/porting-troubleshooting/');
    const forged = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('frontline-')) ?? '';
      const cache = await caches.open(name);
      const scripts = (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path.endsWith('.js'));
      const script = 'document.documentElement.dataset.forged = "yes";';
      for (const path of scripts) await cache.put(path, new Response(script, { headers: { 'content-type': 'text/javascript' } }));
      const page = new Response('<h1>Forged</h1>', { headers: { 'content-type': 'text/html' } });
      await cache.put('/playbooks/porting-troubleshooting/', page.clone());
      await cache.put('/not-in-this-build/', page);
      return scripts.length;
    });
    expect(forged).toBeGreaterThan(0);

    await page.reload();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.documentElement.dataset['forged'])).toBeUndefined();

    await context.setOffline(true);
    try {
      await page.goto(`${site.url}/playbooks/porting-troubleshooting/`);
      expect(await page.locator('h1').textContent()).not.toBe('Forged');
      await page.goto(`${site.url}/not-in-this-build/`);
      expect(await page.locator('h1').textContent()).not.toBe('Forged');
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('recent and pinned playbooks, offline', () => {
  it('opens a pinned playbook from the home page with the network down', async () => {
    const page = await openControlled('/playbooks/callback-commitments/');
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await context.setOffline(true);
    try {
      await page.goto(`${site.url}/`);
      const pinned = page.getByRole('list', { name: 'Pinned' }).getByRole('link', { name: 'Callback commitments' });
      await Promise.all([page.waitForURL(/\/playbooks\/callback-commitments\/$/), pinned.click()]);
      expect(await page.locator('h1').textContent()).toBe('Callback commitments');
    } finally {
      await context.setOffline(false);
    }
  });
});
