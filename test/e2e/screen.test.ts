// The agent's screen at the two sizes agents use: a 1280 x 800 desktop and a 390 x 844 phone.
// Answers above the fold, the search box always in view, nothing covering what is read aloud,
// and no layout shift.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixture.ts';
import { E2E_SITE } from './support/site.ts';

const { site, newPage } = useSite();
// Each test drives several pages and searches; on a loaded machine that can take longer than the
// default 30 s without anything being wrong.
vi.setConfig({ testTimeout: 90_000 });

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Queries agents type, with the words of a live call. */
const QUERIES = ['switch carrier', 'callback never came', 'waive the change fee', 'customer'];

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

async function boxesOf(page: Page, selector: string, count: number): Promise<Box[]> {
  return page.locator(selector).evaluateAll(
    (elements, n) =>
      elements.slice(0, n).map((element) => {
        const { top, bottom, left, right } = element.getBoundingClientRect();
        return { top, bottom, left, right };
      }),
    count,
  );
}

/**
 * The first three entries of a box's settled list: results, or fewer results and the collapsed
 * "Other matches" line when only those are close to the best match ("waive the change fee").
 */
async function firstEntries(page: Page, box: string): Promise<Box[]> {
  await page
    .locator(`.search:has(#${box}) [data-search-status]`)
    .filter({ hasText: /\d+ results?/ })
    .waitFor();
  const entries = `#${box}-results > li`;
  const count = await page.locator(entries).count();
  const boxes = await boxesOf(page, entries, 3);
  expect(boxes).toHaveLength(Math.min(3, count));
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  return boxes;
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  const [box] = await boxesOf(page, selector, 1);
  const { height } = page.viewportSize() ?? { height: 0 };
  return box !== undefined && box.top >= 0 && box.bottom <= height;
}

/** Sums layout shifts not caused by the agent's own input, from the first paint on. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShift: number };
    record.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) record.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

describe.each(SIZES)('the agent screen at $width x $height ($name)', ({ width, height }) => {
  const open = async (path: string) => {
    const page = await newPage({ viewport: { width, height } });
    await watchLayoutShift(page);
    await page.goto(`${site().url}${path}`);
    return page;
  };

  it.each(QUERIES)('shows the first three results of "%s" on the home page without scrolling', async (query) => {
    const page = await open('/');
    await page.fill('#search-hero', query);
    const results = await firstEntries(page, 'search-hero');
    for (const box of results) expect(box.bottom).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  it.each(QUERIES)('shows the first three results of "%s" in the header drop-down without scrolling', async (query) => {
    const page = await open('/playbooks/escalation-guidelines/');
    await page.fill('#search-header', query);
    const results = await firstEntries(page, 'search-header');
    const list = (await boxesOf(page, '#search-header-results', 1))[0];
    for (const box of results) {
      expect(box.bottom).toBeLessThanOrEqual(Math.min(height, list?.bottom ?? 0) + 0.5);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
    }
  });

  it('keeps the search box in view while the arrow keys move through every result and back', async () => {
    for (const [path, box] of [
      ['/', '#search-hero'],
      ['/playbooks/escalation-guidelines/', '#search-header'],
    ] as const) {
      const page = await open(path);
      await page.fill(box, 'customer');
      await page.locator(`${box}-results .result`).nth(3).waitFor();
      await page.focus(box);
      const count = await page.locator(`${box}-results a.result__title`).count();
      for (let press = 0; press < count; press++) {
        await page.keyboard.press('ArrowDown');
        expect(await inViewport(page, box), `${path}: the box after ${press + 1} ↓`).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().bottom ?? 0)).toBeLessThanOrEqual(height + 1);
      }
      for (let press = 0; press < count; press++) await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(box.slice(1));
      expect(await inViewport(page, box)).toBe(true);
    }
  });

  it('does not shift the home page while it loads, its filters arrive and results appear', async () => {
    const page = await open('/');
    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.querySelector('[data-search-filters] fieldset') !== null);
    await page.waitForTimeout(300);
    expect(await layoutShift(page)).toBeLessThan(0.02);
    await page.locator('#search-hero').pressSequentially('callback', { delay: 30 });
    await page.locator('#search-hero-results .result').first().waitFor();
    await page.waitForTimeout(900); // the filter counts follow once typing pauses
    expect(await layoutShift(page)).toBeLessThan(0.02);
  });

  it('opens the filters on demand on a phone and beside the results on a desktop, keeping the results first', async () => {
    const page = await open('/');
    await page.fill('#search-hero', 'callback');
    await page.locator('#search-hero-results .result').first().waitFor();
    // The counts for these results, which disable the filters that would empty the list.
    await page.waitForFunction(() => !document.querySelector('[data-search-filters]')?.hasAttribute('aria-busy'));
    const toggle = page.locator('[data-filter-toggle]');
    const filters = page.locator('[data-search-filters]');
    if (width < 1024) {
      expect(await filters.isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      // A filter the results can pass: one that would empty the list is disabled.
      await filters.locator('input:not(:disabled)').first().check();
      await toggle.click();
      expect(await filters.isVisible()).toBe(false);
      expect(await toggle.textContent()).toBe('Filters · 1 on');
    } else {
      expect(await toggle.isVisible()).toBe(false);
      const [column] = await boxesOf(page, '[data-search-filters]', 1);
      const [results] = await boxesOf(page, '#search-hero-results', 1);
      expect(column?.left).toBeGreaterThanOrEqual(results?.right ?? Infinity);
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with results and the filters showing, in the %s theme',
    async (colorScheme) => {
      const page = await newPage({ viewport: { width, height }, colorScheme });
      await page.goto(`${site().url}/`);
      await page.fill('#search-hero', 'fee');
      await page.locator('#search-hero-results .result').first().waitFor();
      if (width < 1024) await page.locator('[data-filter-toggle]').click();
      await page.locator('[data-search-filters] fieldset').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('never lets a copy button cover the words of a talk track, on any playbook', async () => {
    const ids = readdirSync(join(E2E_SITE, 'playbooks'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(ids.length).toBeGreaterThan(5);
    const page = await newPage({ viewport: { width, height } });
    for (const id of ids) {
      await page.goto(`${site().url}/playbooks/${id}/`);
      await page.locator('[data-copy]:not([hidden])').first().waitFor();
      const overlaps = await page.evaluate(() => {
        const found: string[] = [];
        for (const button of document.querySelectorAll<HTMLElement>('[data-copy]')) {
          const b = button.getBoundingClientRect();
          const text = button.closest('[data-say]')?.querySelector('[data-say-text]');
          if (!text) continue;
          const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            range.selectNodeContents(node);
            for (const r of range.getClientRects())
              if (r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)
                found.push(`"${node.textContent?.trim().slice(0, 40)}"`);
          }
        }
        return found;
      });
      expect(overlaps, `${id}: copy buttons on ${overlaps.join(', ')}`).toEqual([]);
    }
  }, 180_000);
});

describe('the header', () => {
  it('marks the section a page is in, and no section on the home page', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/porting-troubleshooting/`);
    expect(await page.locator('.site-header [aria-current]').allTextContents()).toEqual(['Playbooks']);
    await page.goto(`${site().url}/training/`);
    expect(await page.locator('.site-header [aria-current="page"]').allTextContents()).toEqual(['Training']);
    await page.goto(`${site().url}/`);
    expect(await page.locator('.site-header [aria-current]').count()).toBe(0);
  });
});
