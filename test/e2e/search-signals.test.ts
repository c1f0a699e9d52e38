// Search signals end to end: a site built with a collector's address, a local collector on
// loopback, and Chromium searching as an agent does.
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/static-server.ts';
import type { SearchSignal } from '../../src/search/signals.ts';
import { E2E_SITE } from './support/site.ts';

const SIGNALS_SITE = resolve('node_modules/.cache/frontline-e2e/signals-site');

interface Received {
  signal: SearchSignal;
  headers: IncomingHttpHeaders;
}

let collector: Server;
let collectorOrigin: string;
const received: Received[] = [];
let site: StaticSite;
let plain: StaticSite;
let browser: Browser;

beforeAll(async () => {
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.method === 'POST') received.push({ signal: JSON.parse(body) as SearchSignal, headers: request.headers });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => collector.listen(0, '127.0.0.1', done));
  collectorOrigin = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', SIGNALS_SITE], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: 'content', FRONTLINE_SEARCH_SIGNALS_URL: `${collectorOrigin}/collect` },
  });
  if (build.status !== 0) throw new Error(`site build failed:\n${build.stdout}\n${build.stderr}`);
  [site, plain, browser] = await Promise.all([serveSite(SIGNALS_SITE), serveSite(E2E_SITE), launchBrowser()]);
}, 600_000);

afterAll(async () => {
  await browser.close();
  await Promise.all([site.close(), plain.close(), new Promise((done) => collector.close(done))]);
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  return context.newPage();
}

const signalsFor = (q: string) => received.filter((entry) => entry.signal.q === q);

async function waitForSignal(q: string): Promise<Received> {
  for (let tries = 0; tries < 100 && !signalsFor(q).length; tries++) await new Promise((done) => setTimeout(done, 50));
  const [first] = signalsFor(q);
  if (!first) throw new Error(`no signal for "${q}" reached the collector`);
  return first;
}

describe('search signals sent to the owner’s collector', () => {
  it('lets pages connect to the collector’s origin, and only when one is configured', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain(`connect-src 'self' ${collectorOrigin};`);
    await page.goto(`${plain.url}/`);
    const plainPolicy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(plainPolicy).toContain("connect-src 'self';");
  });

  it('sends the words, the result count and the result opened, with no cookie', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/`);
    await page.locator('#search-hero').pressSequentially('transfer pin', { delay: 30 });
    await page.locator('#search-hero-results .result').first().waitFor();
    // The list for the whole query, not for a part typed on the way ("transfer p"): the URL
    // follows the query once typing pauses.
    await page.waitForURL(/[?&]q=transfer\+pin(&|$)/);
    const status = await page.locator('.search--hero [data-search-status]').textContent();
    await Promise.all([
      page.waitForURL(/\/playbooks\/porting-troubleshooting\//),
      page.locator('#search-hero-results a.result__title').first().click(),
    ]);
    const { signal, headers } = await waitForSignal('transfer pin');
    expect(signal).toEqual({
      q: 'transfer pin',
      results: Number(/^(\d+) result/.exec(status ?? '')?.[1]),
      opened: '/playbooks/porting-troubleshooting/',
    });
    expect(headers.cookie).toBeUndefined();
    // One signal for the query typed letter by letter.
    expect(received.filter((entry) => entry.signal.q.startsWith('tra'))).toHaveLength(1);
  });

  it('sends a search that found nothing when the agent leaves the page, its number left out', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/playbooks/escalation-guidelines/`);
    await page.fill('#search-header', 'xqzvw zzyzx 07700900123');
    await page.locator('#search-header-results .search__nothing').waitFor();
    await page.goto(`${site.url}/playbooks/`);
    expect((await waitForSignal('xqzvw zzyzx')).signal).toEqual({ q: 'xqzvw zzyzx', results: 0, opened: null });
  });

  it('sends nothing from a site built without a collector', async () => {
    const before = received.length;
    const page = await newPage();
    await page.goto(`${plain.url}/`);
    await page.fill('#search-hero', 'callback never came');
    await page.locator('#search-hero-results .result').first().waitFor();
    await Promise.all([page.waitForURL(/\/playbooks\//), page.locator('#search-hero-results a.result__title').first().click()]);
    await new Promise((done) => setTimeout(done, 300));
    expect(received.length).toBe(before);
  });
});
