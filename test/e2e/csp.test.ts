import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { E2E_SITE } from './support/site.ts';

const { site, newPage } = useSite();

interface CspCase {
  name: string;
  path: string;
  /** Runs the page's scripts the way an agent does, so a blocked script or style shows. */
  use?: (page: Page) => Promise<void>;
}

/** Every page type, with the scripts each one loads on demand (search engine, highlighter, quizzes). */
const PAGES: CspCase[] = [
  {
    name: 'home, searching and filtering',
    path: '/',
    use: async (page) => {
      await page.fill('#search-hero', 'customer');
      await page.locator('#search-hero-results .result').first().waitFor();
      // The first enabled value: a category with no match for the words is disabled, and can't be ticked.
      await page.locator('.search__filters fieldset input:enabled').first().check();
      await page.locator('#search-hero-results .result').first().waitFor();
    },
  },
  {
    name: 'playbook, opened from a result (highlighting) with the header search open',
    path: '/playbooks/porting-troubleshooting/?highlight=port',
    use: async (page) => {
      await page.locator('[data-pagefind-body] mark').first().waitFor();
      await page.fill('#search-header', 'fee');
      await page.locator('#search-header-results .result').first().waitFor();
    },
  },
  { name: 'all playbooks', path: '/playbooks/' },
  { name: 'category', path: '/categories/porting/' },
  { name: 'maintenance', path: '/maintenance/' },
  { name: '404', path: '/no-such-page/' },
  {
    name: 'training index, building an assignment',
    path: '/training/',
    use: async (page) => {
      await page.getByLabel("Trainee's name").fill('Sam Lee');
      await page.getByRole('button', { name: 'Create link' }).click();
    },
  },
  {
    name: 'training module, answering a check',
    path: '/training/modules/porting-rescue/',
    use: async (page) => {
      const form = page.locator('form').filter({ hasText: /Why did the port fail/ });
      await form.getByLabel('The transfer PIN expired', { exact: true }).check();
      await form.getByRole('button', { name: 'Check answer' }).click();
    },
  },
  { name: 'training path', path: '/training/paths/new-hire-week-1/' },
  {
    name: 'assignment, answering a shuffled check wrongly (its reason shown)',
    path: '/training/assignment/?path=new-hire-week-1&trainee=Sam&due=2026-12-04',
    use: async (page) => {
      const form = page.locator('form').filter({ hasText: /loud and swearing/ });
      await form.getByLabel('As abuse, so you give a warning', { exact: true }).check();
      await form.getByRole('button', { name: 'Check answer' }).click();
      await form.locator('li[data-chosen]').waitFor();
    },
  },
  {
    name: 'completion record',
    path: '/training/assignment/record/?path=new-hire-week-1&trainee=Sam&due=2026-12-04',
    use: (page) => page.locator('[data-record-body]:not([hidden])').waitFor(),
  },
];

/** The policy Astro wrote into a page: one meta tag, before any stylesheet or script. */
function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
}

describe('Content-Security-Policy', () => {
  const htmlFiles = readdirSync(E2E_SITE, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

  it('is on every page, before any stylesheet or script, and allows no inline code by keyword', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(join(E2E_SITE, file), 'utf8');
      const policy = policyOf(html) ?? '';
      expect(policy, `${file} has no CSP meta tag`).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, file).toMatch(/default-src 'none'/);
      expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      const head = html.split('</head>')[0] ?? '';
      const firstCode = head.search(/<link[^>]+rel="stylesheet"|<script|<style/);
      expect(head.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(firstCode === -1 ? Infinity : firstCode);
    }
  });

  it.each(PAGES)('blocks nothing the $name page needs', async ({ path, use }) => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`,
        ),
      ),
    );
    await page.goto(`${site().url}${path}`);
    await page.waitForLoadState('load');
    await use?.(page);
    await page.waitForTimeout(200); // a report is dispatched after the blocked load
    expect(violations).toEqual([]);
  });

  it('lets the page register its service worker, and nothing else, under Trusted Types', async () => {
    const page = await newPage({ serviceWorkers: 'allow' });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site().url}/`);
    const scope = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then((registration) => registration.scope),
        new Promise((done) => setTimeout(done, 10_000, 'none')),
      ]),
    );
    expect(violations).toEqual([]);
    expect(scope).toBe(`${site().url}/`);
  });

  it('refuses what Astro did not write: a script, a style attribute, an image from another site', async () => {
    const page = await newPage();
    const reported: string[] = [];
    await page.exposeFunction('reportCspViolation', (directive: string) => reported.push(directive));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation(event.effectiveDirective),
      ),
    );
    await page.goto(`${site().url}/playbooks/porting-troubleshooting/`);
    const scriptRefused = await page.evaluate(() => {
      try {
        document.createElement('script').textContent = 'document.body.dataset.injected = "ran"';
        return false;
      } catch {
        return true; // Trusted Types: no string becomes script
      }
    });
    await page.evaluate(() => {
      document.querySelector('h1')?.setAttribute('style', 'color: red');
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => [...new Set(reported)].sort()).toEqual(['img-src', 'require-trusted-types-for', 'style-src-attr']);
    expect(scriptRefused).toBe(true);
  });
});
