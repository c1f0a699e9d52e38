import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { serveSite } from '../../scripts/lib/static-server.ts';
import { E2E_SITE } from './support/site.ts';

const { site, newPage } = useSite();

describe('agent search in Chromium', () => {
  it('focuses search with "/", shows results as you type, and opens one with the keyboard', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/escalation-guidelines/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
    await page.keyboard.type('port rejected');
    // The list for a part typed on the way ("port") may show first; the list for the whole query follows.
    await expect.poll(() => page.locator('#search-header-results .result__title').first().textContent()).toBe('Porting troubleshooting');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Porting troubleshooting');
    await Promise.all([page.waitForURL(/\/playbooks\/porting-troubleshooting\//), page.keyboard.press('Enter')]);
  });

  it('opens the top result with Enter straight from the header box', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/escalation-guidelines/`);
    await page.keyboard.press('/');
    await page.keyboard.type('port rejected');
    await page.locator('#search-header-results .result').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
    await Promise.all([page.waitForURL(/\/playbooks\/porting-troubleshooting\//), page.keyboard.press('Enter')]);
  });

  it('sends a letter typed on a result back into the box, and Escape there clears the search', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'port');
    await page.locator('#search-hero-results .result').first().waitFor();
    await page.focus('#search-hero');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('s');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hero');
    expect(await page.inputValue('#search-hero')).toBe('ports');
    await page.locator('#search-hero-results .result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.matches('#search-hero-results a.result__title'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hero');
    expect(await page.inputValue('#search-hero')).toBe('');
    await page.waitForFunction(() => document.querySelectorAll('#search-hero-results .result').length === 0);
  });

  it('leaves out a filter an old link asks for that no page has, says so, and still finds results', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/?q=callback&category=old-category-id&category=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const notice = page.locator('[data-search-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Category “old-category-id”');
    expect(await notice.locator('img').count()).toBe(0);
    await page.locator('#search-hero-results .result').first().waitFor();
    expect(new URL(page.url()).searchParams.getAll('category')).toEqual([]);
    expect(await page.locator('[data-search-filters] input:checked').count()).toBe(0);
  });

  it('focuses search with Ctrl+K and clears it with Escape', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.locator('h1').click(); // focus somewhere neutral, away from the search box
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hero');
    await page.keyboard.type('callback');
    await page.locator('#search-hero-results .result').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-hero')).toBe('');
    await page.waitForFunction(() => document.querySelectorAll('#search-hero-results .result').length === 0);
  });

  it('moves through results with the arrow keys and back up to the box', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'customer');
    await page.locator('#search-hero-results .result').nth(2).waitFor();
    const titles = await page.locator('#search-hero-results .result__title').allTextContents();
    await page.focus('#search-hero');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hero');
  });

  it('keeps the keyboard focus in the results when a late search updates them', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'customer');
    await page.locator('#search-hero-results .result').nth(1).waitFor();
    await page.focus('#search-hero');
    await page.keyboard.press('ArrowDown');
    const before = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    // A search still running when the agent arrowed down lands now and re-renders the list.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-hero');
      if (!input) return;
      input.value = 'customer callback';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'customer callback');
    await page.waitForTimeout(300);
    const focus = await page.evaluate(() => ({
      inResults: document.activeElement?.matches('#search-hero-results a.result__title') ?? false,
      href: document.activeElement?.getAttribute('href'),
      titles: [...document.querySelectorAll('#search-hero-results a.result__title')].map((a) => a.getAttribute('href')),
    }));
    expect(focus.inResults).toBe(true);
    expect(focus.href).toBe(focus.titles.includes(before ?? '') ? before : focus.titles[0]);
  });

  it('shows six results, then six more on request, moving the focus to the first new one', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'customer');
    await page.locator('#search-hero-results .result').first().waitFor();
    expect(await page.locator('#search-hero-results .result').count()).toBe(6);
    const status = await page.locator('.search--hero [data-search-status]').textContent();
    const total = Number(/^(\d+) results/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(6);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(
      (expected) => document.querySelectorAll('#search-hero-results .result').length === expected,
      Math.min(total, 12),
    );
    const titles = await page.locator('#search-hero-results .result__title').allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[6]);
    expect(await page.locator('.search--hero [data-search-status]').textContent()).toBe(
      total > 12 ? `${total} results, showing the top 12` : `${total} results`,
    );
  });

  it('ends the header drop-down with a link to all results on the search page', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/escalation-guidelines/`);
    await page.keyboard.press('/');
    await page.keyboard.type('customer');
    const all = page.locator('#search-header-results .search__all a');
    await all.waitFor();
    expect(await all.textContent()).toMatch(/^All \d+ results$/);
    await Promise.all([page.waitForURL(/\/\?q=customer$/), all.click()]);
    await page.locator('#search-hero-results .result').first().waitFor();
    expect(await page.inputValue('#search-hero')).toBe('customer');
  });

  it('never empties the result list while the agent types: each update swaps a list for a list', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.evaluate(() => {
      const list = document.querySelector('#search-hero-results');
      const counts: number[] = [];
      (window as unknown as { counts: number[] }).counts = counts;
      // One record per batch of DOM changes: what the agent could see between two frames.
      new MutationObserver(() => counts.push(list?.querySelectorAll('.result').length ?? -1)).observe(list as Node, {
        childList: true,
        subtree: true,
      });
    });
    await page.locator('#search-hero').pressSequentially('customer wants a callback', { delay: 40 });
    await page.waitForTimeout(600);
    const counts = await page.evaluate(() => (window as unknown as { counts: number[] }).counts);
    expect(counts.length).toBeGreaterThan(1);
    // A list cleared while the next search runs would be seen here as 0 results.
    expect(counts.filter((count) => count < 1)).toEqual([]);
    expect(counts.at(-1)).toBe(6);
  });

  it('announces the result count to screen readers', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'fee');
    await page.waitForFunction(() =>
      /\d+ results?/.test(document.querySelector('#search-hero + * + [role=status], .search--hero [role=status]')?.textContent ?? ''),
    );
    expect(await page.locator('.search--hero [role=status]').getAttribute('aria-live')).toBe('polite');
  });

  it('shows summary, first words, badges and a deep link to the matching section', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'transfer pin');
    const first = page.locator('#search-hero-results .result').first();
    await first.waitFor();
    expect(await first.locator('.result__title').textContent()).toBe('Porting troubleshooting');
    expect(await first.locator('.result__category').textContent()).toBe('Porting and number transfers');
    expect(await first.locator('.badge--ok').textContent()).toBe('Validated');
    expect(await first.locator('.result__say').textContent()).toMatch(/^Say: /);
    expect(await first.locator('.result__summary').count()).toBe(1);
    const section = await first.locator('.result__section-link').getAttribute('href');
    expect(section).toMatch(/^\/playbooks\/porting-troubleshooting\/\?highlight=transfer&highlight=pin#step-/);
  });

  it('marks a not-yet-validated playbook in the results', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'not sure it will work');
    const result = page.locator('#search-hero-results .result', { hasText: 'Setting expectations' });
    await result.waitFor();
    expect(await result.locator('.badge--warn').textContent()).toBe('Not yet validated');
  });

  it('filters by category with counts, keeps the state in the URL, and survives a reload', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'customer');
    const porting = page.locator('.filter__box[data-filter="category"][value="Porting and number transfers"]');
    await porting.waitFor();
    await porting.check();
    await page.waitForFunction(() => location.search.includes('category='));
    expect(new URL(page.url()).searchParams.getAll('category')).toEqual(['Porting and number transfers']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('customer');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#search-hero-results .result__category')].every(
        (b) => b.textContent === 'Porting and number transfers',
      ),
    );
    await page.reload();
    await page.locator('#search-hero-results .result').first().waitFor();
    expect(await page.inputValue('#search-hero')).toBe('customer');
    expect(await page.locator('.filter__box[value="Porting and number transfers"]').isChecked()).toBe(true);
    const categories = await page.locator('#search-hero-results .result__category').allTextContents();
    expect(new Set(categories)).toEqual(new Set(['Porting and number transfers']));
  });

  it('shows the filters with the library totals at once, without loading any filter data', async () => {
    const page = await newPage();
    const filterData: string[] = [];
    page.on('request', (request) => request.url().endsWith('.pf_filter') && filterData.push(request.url()));
    await page.goto(`${site().url}/`);
    await page.locator('.filter__box[data-filter="category"]').first().waitFor();
    const shown = await page.locator('.filter__box').evaluateAll((boxes) => {
      const counts: Record<string, Record<string, number>> = {};
      for (const box of boxes as HTMLInputElement[])
        (counts[box.dataset['filter'] ?? ''] ??= {})[box.value] = Number(
          box.parentElement?.querySelector('.filter__count')?.textContent?.slice(1, -1),
        );
      return counts;
    });
    expect(filterData).toEqual([]);
    // A string, so the test runner does not rewrite the import; a second engine, as the page's own is in use.
    const indexed = (await page.evaluate(
      `import('/pagefind/pagefind.js').then(async (m) => { const e = m.createInstance({ basePath: '/pagefind/' }); await e.init(); return e.filters(); })`,
    )) as Record<string, Record<string, number>>;
    // Filters with a single value are not offered; every offered count matches the index.
    for (const [key, values] of Object.entries(shown)) expect(values, key).toEqual(indexed[key]);
    expect(Object.keys(shown)).toContain('type');
  });

  it('keeps the keyboard focus on a filter the agent toggles', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'customer');
    await page.locator('#search-hero-results .result').first().waitFor();
    const box = page.locator('.filter__box[data-filter="type"][value="playbook"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('type=playbook'));
    await page.waitForFunction(() => !document.querySelector('[data-search-filters]')?.hasAttribute('aria-busy'));
    await page.waitForTimeout(100);
    expect(
      await page.evaluate(() => [(document.activeElement as HTMLInputElement).value, (document.activeElement as HTMLInputElement).checked]),
    ).toEqual(['playbook', true]);
  });

  it('brings the filter counts from the whole library to the typed query once the agent pauses', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    const counts = () =>
      page
        .locator('.filter__box[data-filter="category"]')
        .evaluateAll((boxes) =>
          Object.fromEntries(
            boxes.map((box) => [
              (box as HTMLInputElement).value,
              Number(box.parentElement?.querySelector('.filter__count')?.textContent?.slice(1, -1)),
            ]),
          ),
        );
    await page.locator('.filter__box[data-filter="category"]').first().waitFor();
    const library = await counts();
    await page.locator('#search-hero').pressSequentially('port rejected', { delay: 20 });
    await page.locator('#search-hero-results .result').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-search-filters]')?.hasAttribute('aria-busy'));
    const forQuery = await counts();
    expect(Object.keys(forQuery)).toEqual(Object.keys(library));
    expect(forQuery['Porting and number transfers']).toBeGreaterThan(0);
    const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
    expect(sum(forQuery)).toBeLessThan(sum(library));
  });

  it('brings the search back with Back after a result is opened straight from the list', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'port rejected');
    await page.locator('#search-hero-results .result').first().waitFor();
    await Promise.all([page.waitForURL(/\/playbooks\//), page.locator('#search-hero-results a.result__title').first().click()]);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('port rejected');
    await page.locator('#search-hero-results .result').first().waitFor();
    expect(await page.inputValue('#search-hero')).toBe('port rejected');
  });

  it('browses by filter with an empty query and combines filters', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/?audience=supervisor&category=Escalation+and+follow-up`);
    await page.locator('#search-hero-results .result').first().waitFor();
    const titles = await page.locator('#search-hero-results .result__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain('Escalation guidelines');
    expect(await page.locator('.filter__box[data-filter="audience"][value="supervisor"]').isChecked()).toBe(true);
  });

  it('highlights the search terms on the opened page', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/porting-troubleshooting/?highlight=transfer&highlight=pin`);
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    const marked = (await page.locator('mark').allTextContents()).map((t) => t.toLowerCase());
    expect(new Set(marked)).toEqual(new Set(['transfer', 'pin']));
  });

  it('hands Pagefind its files inflated by the browser, not by Pagefind’s JavaScript', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/`);
    await page.fill('#search-hero', 'port');
    await page.locator('#search-hero-results .result').first().waitFor();
    // Through the search worker's fetch, as Pagefind fetches: the wasm arrives with Pagefind's
    // signature for an already-inflated file, so Pagefind skips its own inflate.
    const worker = page.workers().find((found) => found.url().includes('/_astro/search-worker'));
    const signature = await worker?.evaluate(async () =>
      new TextDecoder().decode((await (await fetch('/pagefind/wasm.en.pagefind')).arrayBuffer()).slice(0, 12)),
    );
    expect(signature).toBe('pagefind_dcd');
  });

  it('still searches when the host sends Pagefind’s files labelled Content-Encoding: gzip', async () => {
    const labelled = await serveSite(E2E_SITE, { pagefindContentEncoding: true });
    try {
      const page = await newPage();
      await page.goto(`${labelled.url}/`);
      await page.fill('#search-hero', 'port rejected');
      await page.locator('#search-hero-results .result').first().waitFor();
      expect(await page.locator('#search-hero-results .result__title').first().textContent()).toBe('Porting troubleshooting');
    } finally {
      await labelled.close();
    }
  });

  it('tells readers without JavaScript where to browse instead', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${site().url}/`);
    const notice = page.locator('.search--hero .search__noscript');
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    expect(await notice.locator('a').getAttribute('href')).toBe('/playbooks/');
  });
});
