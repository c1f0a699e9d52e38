import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoAxeViolations, type PageUnderTest } from './support/axe.ts';
import { useSite } from './support/fixture.ts';
import { E2E_SITE } from './support/site.ts';

const { site, newPage } = useSite();
/** Every page type, in the state an agent meets it. */
const PAGES: PageUnderTest[] = [
  {
    name: 'home with search results showing',
    path: '/',
    prepare: async (page) => {
      await page.fill('#search-hero', 'customer');
      await page.locator('#search-hero-results .result').first().waitFor();
      await page.locator('.search__filters fieldset').first().waitFor();
    },
  },
  {
    name: 'header search open on a playbook',
    path: '/playbooks/escalation-guidelines/',
    prepare: async (page) => {
      await page.fill('#search-header', 'fee');
      await page.locator('#search-header-results .result').first().waitFor();
    },
  },
  { name: 'playbook', path: '/playbooks/porting-troubleshooting/' },
  {
    name: 'playbook with the fraud signs open',
    path: '/playbooks/device-change-first-contact/',
    prepare: async (page) => {
      await page.locator('.verify__signs summary').click();
    },
  },
  { name: 'playbook with safety routes', path: '/playbooks/hostile-caller-de-escalation/' },
  { name: 'identity verification', path: '/playbooks/identity-verification/' },
  { name: 'not-validated playbook', path: '/playbooks/setting-expectations-when-uncertain/' },
  { name: 'all playbooks', path: '/playbooks/' },
  { name: 'category', path: '/categories/porting/' },
  { name: 'team directory', path: '/teams/' },
  { name: 'maintenance', path: '/maintenance/' },
  { name: '404', path: '/no-such-page/' },
];

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  itHasNoAxeViolations(PAGES, { site, newPage });
});

describe('keyboard-only use', () => {
  it('reaches content, search, a result and a copy button with the keyboard alone, focus always visible', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site().url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('/');
    await page.keyboard.type('callback');
    await page.locator('#search-hero-results .result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await Promise.all([page.waitForURL(/\/playbooks\//), page.keyboard.press('Enter')]);
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('[data-copy]'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.matches('[data-copy]'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Copied');
  });
});

describe('page quality', () => {
  const htmlFiles = readdirSync(E2E_SITE, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

  it('gives every page a meaningful, unique title and a description', () => {
    const titles = new Map<string, string>();
    for (const file of htmlFiles) {
      const html = readFileSync(join(E2E_SITE, file), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(title, file).toMatch(/^.{3,} · Frontline$/);
      expect(description.length, `${file} description`).toBeGreaterThanOrEqual(20);
      expect(titles.get(title), `${file} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, file);
    }
  });

  it('has at most one render-blocking stylesheet and no web fonts', () => {
    for (const file of htmlFiles) {
      const head = readFileSync(join(E2E_SITE, file), 'utf8').split('</head>')[0] ?? '';
      expect((head.match(/<link[^>]+rel="stylesheet"/g) ?? []).length, file).toBeLessThanOrEqual(1);
    }
    const css = readdirSync(join(E2E_SITE, '_astro')).filter((name) => name.endsWith('.css'));
    for (const file of css) expect(readFileSync(join(E2E_SITE, '_astro', file), 'utf8')).not.toContain('@font-face');
  });

  it('is private by default: no sitemap, robots.txt disallows everything, every page asks not to be indexed', () => {
    expect(readdirSync(E2E_SITE).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(E2E_SITE, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    for (const file of htmlFiles)
      expect(readFileSync(join(E2E_SITE, file), 'utf8'), file).toContain('<meta name="robots" content="noindex">');
  });

  it('does not shift the layout while loading or while search results appear', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site().url}/playbooks/porting-troubleshooting/`);
    await page.fill('#search-header', 'port');
    await page.locator('#search-header-results .result').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  });
});
