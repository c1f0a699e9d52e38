// Frontline inside the agent desktop: deep links by contact reason, embed mode in a cross-origin
// iframe, the channel switch and the recent and pinned playbooks (docs/agent-desktop.md).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_STORAGE_KEY } from '../../src/lib/channels.ts';
import { PINNED_STORAGE_KEY, RECENT_STORAGE_KEY } from '../../src/lib/recent-pinned.ts';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixture.ts';

const { site, newPage } = useSite();
const PORTING = '/playbooks/porting-troubleshooting/';
const FEES = '/playbooks/fee-waiver-judgment/';

/** The agent desktop: a page on another origin (another port) with Frontline in a 400 px side panel. */
let host: Server;
let hostUrl = '';
beforeAll(async () => {
  host = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '/';
    const frame = `${site().url}${src}`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>CRM</title><main><h1>Case 1234</h1></main>` +
        `<aside><iframe title="Frontline" name="frontline" src="${frame}" width="400" height="800"></iframe></aside></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function framed(src: string) {
  const page = await newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${hostUrl}?src=${encodeURIComponent(src)}`);
  const frame = page.frame({ name: 'frontline' });
  if (!frame) throw new Error('the panel did not load');
  await frame.waitForLoadState('load');
  return { page, frame };
}

/** What the page's `<Say>` blocks show, as a reader sees them. */
function visibleSayText(page: Page, index: number) {
  return page.locator('.playbook-body [data-say]').nth(index).locator('[data-say-text]').innerText();
}

describe('deep links by contact reason', () => {
  it('opens the playbook that claims the reason', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/go/fee-dispute/`);
    await page.waitForURL(`${site().url}${FEES}`);
    expect(await page.locator('h1').textContent()).toBe('Fee waiver judgment');
  });

  it('lists every reason with its address and playbook in /go/manifest.json', async () => {
    const page = await newPage();
    const response = await page.goto(`${site().url}/go/manifest.json`);
    const manifest = (await response?.json()) as { reasons: { reason: string; url: string; playbook: string; title: string }[] };
    const row = manifest.reasons.find((entry) => entry.reason === 'number-port-rejected');
    expect(row).toMatchObject({ playbook: 'porting-troubleshooting', title: 'Porting troubleshooting' });
    expect(row?.url).toMatch(/\/go\/number-port-rejected\/$/);
    expect(manifest.reasons.length).toBeGreaterThanOrEqual(12);
  });

  it('turns a reason no playbook claims into a search for its words', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/go/callback-never-came/`);
    await page.waitForURL(/\/\?q=callback\+never\+came$/);
    expect(await page.locator('#search-hero').inputValue()).toBe('callback never came');
    await page.locator('#search-hero-results .result').first().waitFor();
  });
});

describe('embed mode in another origin’s side panel', () => {
  it('shows search and the playbook only, with the first words in the panel’s first screen', async () => {
    const { frame } = await framed(`${PORTING}?embed=1`);
    expect(await frame.locator('html').getAttribute('data-embed')).toBe('');
    expect(await frame.locator('.site-header__brand').isVisible()).toBe(false);
    expect(await frame.locator('.site-header__nav').isVisible()).toBe(false);
    expect(await frame.locator('.site-footer').isVisible()).toBe(false);
    expect(await frame.locator('#search-header').isVisible()).toBe(true);
    const width = await frame.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    const [bottom, panelHeight] = await frame
      .locator('.glance [data-say]')
      .evaluate((words) => [words.getBoundingClientRect().bottom, window.innerHeight]);
    expect(panelHeight).toBe(800);
    expect(bottom).toBeLessThan(panelHeight ?? 0);
  });

  it('keeps links inside the panel and in embed mode, and sends links off the site to a new tab', async () => {
    const { page, frame } = await framed(`${PORTING}?embed=1`);
    await frame.locator('.related a').first().click();
    // The porting page's own address matches the pattern too: wait until the frame has left it.
    await frame.waitForURL((url) => /\/playbooks\/[a-z-]+\/\?embed=1$/.test(url.href) && !url.pathname.endsWith(PORTING));
    expect(page.url()).toBe(`${hostUrl}?src=${encodeURIComponent(`${PORTING}?embed=1`)}`);
    expect(await frame.locator('html').getAttribute('data-embed')).toBe('');
    const flag = frame.locator('[data-flag]');
    await flag.evaluate((link: HTMLAnchorElement) => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(await flag.getAttribute('target')).toBe('_blank');
  });

  it('stays in embed mode when the panel is moved by search, without the parameter in the address', async () => {
    const { frame } = await framed(`/?embed=1`);
    await frame.fill('#search-hero', 'fee');
    await frame.locator('#search-hero-results .result a').first().waitFor();
    await frame.locator('#search-hero-results .result a').first().press('Enter');
    await frame.waitForURL(/\/playbooks\//);
    expect(await frame.locator('html').getAttribute('data-embed')).toBe('');
  });

  it('opens a deep link in embed mode', async () => {
    const { frame } = await framed(`/go/fee-dispute/?embed=1`);
    await frame.waitForURL(/\/playbooks\/fee-waiver-judgment\/\?embed=1$/);
    expect(await frame.locator('.site-header__brand').isVisible()).toBe(false);
  });

  it('has no accessibility violations in the panel', async () => {
    const page = await newPage({ viewport: { width: 400, height: 800 } });
    await page.goto(`${site().url}${PORTING}?embed=1`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the channel switch', () => {
  it('shows the chat wording of each line that has one, remembers the choice, and copies what it shows', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site().url}${PORTING}`);
    expect(await visibleSayText(page, 0)).toContain('read it back to me');
    await page.getByRole('radio', { name: 'Chat' }).first().check();
    expect(await visibleSayText(page, 0)).toContain('type it here');
    expect(await visibleSayText(page, 0)).not.toContain('read it back to me');
    await page.reload();
    expect(await page.getByRole('radio', { name: 'Chat' }).first().isChecked()).toBe(true);
    expect(await visibleSayText(page, 0)).toContain('type it here');
    const copy = page.locator('.playbook-body [data-say]').first().locator('[data-copy]');
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('type it here');
    expect(await page.evaluate((key) => localStorage.getItem(key), CHANNEL_STORAGE_KEY)).toBe('chat');
  });

  it('falls back to the spoken words for a line without chat wording, and for email to chat', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${PORTING}`);
    const all = page.locator('.playbook-body [data-say]');
    const count = await all.count();
    const spoken = await Promise.all(Array.from({ length: count }, (_, i) => visibleSayText(page, i)));
    await page.getByRole('radio', { name: 'Email' }).first().check();
    const written = await Promise.all(Array.from({ length: count }, (_, i) => visibleSayText(page, i)));
    for (const [i, text] of written.entries()) {
      const hasChat = (await all.nth(i).locator('[data-say-channel="chat"]').count()) > 0;
      if (hasChat) expect(text, `line ${i}`).toContain('Chat wording');
      else expect(text, `line ${i}`).toBe(spoken[i]);
      expect(text.trim().length, `line ${i}`).toBeGreaterThan(10);
    }
  });

  it('labels search results with the channel and shows their chat first words', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.evaluate((key) => localStorage.setItem(key, 'chat'), CHANNEL_STORAGE_KEY);
    await page.reload();
    await page.fill('#search-hero', 'waive the change fee');
    const line = page.locator('#search-hero-results .result').filter({ hasText: 'Fee waiver judgment' }).locator('.result__say');
    await line.waitFor();
    expect(await line.textContent()).toBe('Chat: Thanks for explaining. Let me look into that fee for you.');
    await page.getByRole('radio', { name: 'Phone' }).check();
    expect(await line.textContent()).toBe('Say: Let me look into that for you.');
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations with the chat wording shown, in the %s theme',
    async (colorScheme) => {
      const page = await newPage({ colorScheme });
      await page.goto(`${site().url}${PORTING}`);
      await page.getByRole('radio', { name: 'Chat' }).first().check();
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('shows the spoken words and no switch without JavaScript, whatever was stored', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${site().url}${PORTING}`);
    expect(await page.locator('[data-channel-switch]').first().isVisible()).toBe(false);
    expect(await page.locator('[data-pin]').isVisible()).toBe(false);
    expect(await visibleSayText(page, 0)).toContain('read it back to me');
    expect(await visibleSayText(page, 0)).not.toContain('Chat wording');
  });
});

describe('recent and pinned playbooks', () => {
  it('lists the pinned and the recently opened playbooks under the empty search box, and hides them while typing', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${FEES}`);
    await page.goto(`${site().url}${PORTING}`);
    await page.getByRole('button', { name: 'Pin' }).click();
    expect(await page.getByRole('button', { name: 'Pinned' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site().url}/`);
    const recent = page.locator('#search-hero-recent');
    expect(await recent.isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Pinned' }).getByRole('link').allTextContents()).toEqual(['Porting troubleshooting']);
    expect(await page.getByRole('list', { name: 'Recently opened' }).getByRole('link').allTextContents()).toEqual(['Fee waiver judgment']);
    await page.fill('#search-hero', 'fee');
    expect(await recent.isVisible()).toBe(false);
    await page.fill('#search-hero', '');
    expect(await recent.isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Porting troubleshooting' }).click();
    await page.waitForURL(`${site().url}${PORTING}`);
  });

  it('drops down from the header search on focus, and closes with Escape', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${FEES}`);
    await page.goto(`${site().url}${PORTING}`);
    const recent = page.locator('#search-header-recent');
    expect(await recent.isVisible()).toBe(false);
    await page.keyboard.press('/');
    await page.locator('#search-header').focus();
    await recent.waitFor({ state: 'visible' });
    expect(await recent.getByRole('link').allTextContents()).toEqual(['Porting troubleshooting', 'Fee waiver judgment']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Porting troubleshooting');
    await page.keyboard.press('Escape');
    expect(await recent.isVisible()).toBe(false);
  });

  it('turns hostile storage into nothing: no markup, no address off the playbooks', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.evaluate(
      ({ recentKey, pinnedKey }) => {
        localStorage.setItem(
          recentKey,
          JSON.stringify([
            { id: 'porting-troubleshooting', title: '<img src=x data-injected>' },
            { id: 'javascript:alert(1)', title: 'Script' },
            { id: '../../../evil', title: 'Up' },
            { id: 'x', title: { toString: 'no' } },
          ]),
        );
        localStorage.setItem(pinnedKey, '{"not":"a list"}');
      },
      { recentKey: RECENT_STORAGE_KEY, pinnedKey: PINNED_STORAGE_KEY },
    );
    await page.reload();
    const links = page.locator('#search-hero-recent a');
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute('href')).toBe('/playbooks/porting-troubleshooting/');
    expect(await links.first().textContent()).toBe('<img src=x data-injected>');
    expect(await page.locator('[data-injected]').count()).toBe(0);
  });

  it('has no accessibility violations with the lists shown', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${PORTING}`);
    await page.getByRole('button', { name: 'Pin' }).click();
    await page.goto(`${site().url}/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
