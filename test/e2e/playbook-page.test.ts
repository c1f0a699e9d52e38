import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const { site, newPage } = useSite();
const PORTING = '/playbooks/porting-troubleshooting/';

describe('the playbook page in Chromium', () => {
  it('copies a "Say this" line with visible and announced feedback, from the keyboard', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site().url}${PORTING}`);
    const say = page.locator('.playbook-body [data-say]').first();
    // The spoken words: the chat and email wording beside them is not what a phone agent copies.
    const expected = (await say.locator('[data-say-text] > p').first().textContent())?.trim();
    const button = say.locator('[data-copy]');
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((el) => el?.textContent === 'Copied', await button.elementHandle());
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.locator('body > [role=status]').textContent()).toBe('Copied to the clipboard');
  });

  it('opens a deep link at its step, and the table of contents links every step', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${PORTING}`);
    const anchors = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const ids = await page.locator('.step__title').evaluateAll((headings) => headings.map((h) => `#${h.id}`));
    expect(anchors).toEqual(ids);
    const target = ids[2] ?? '';
    await page.goto(`${site().url}${PORTING}${target}`);
    const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
  });

  it('answers the first questions on the first screen: when to use, first move, first words', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site().url}${PORTING}`);
    const glance = await page.locator('.glance').boundingBox();
    expect(glance && glance.y + glance.height).toBeLessThan(800);
    expect(await page.locator('.glance dt').allTextContents()).toEqual(['When to use', 'First move', 'First words', 'Escalate to']);
  });

  it('fills the flag link with the page, the section in the URL and the commit', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${PORTING}#step-find-out-why-the-port-was-rejected`);
    const link = page.locator('[data-flag]');
    await link.evaluate((a) => a.addEventListener('click', (event) => event.preventDefault()));
    await link.click();
    const url = new URL((await link.getAttribute('href')) ?? '');
    expect(url.pathname).toBe('/frontline-kb/frontline/issues/new');
    expect(url.searchParams.get('title')).toBe('Playbook problem: Porting troubleshooting');
    expect(url.searchParams.get('body')).toMatch(/\*\*Section:\*\* Find out why the port was rejected/);
    expect(url.searchParams.get('body')).toMatch(/\*\*Built from commit:\*\* /);
  });

  it('names no section, and keeps the link short, when the URL points at a region rather than a heading (#main)', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${PORTING}#main`);
    const link = page.locator('[data-flag]');
    await link.evaluate((a) => a.addEventListener('click', (event) => event.preventDefault()));
    await link.click();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.length).toBeLessThan(1000);
    expect(new URL(href).searchParams.get('body')?.split('\n')[1]).toMatch(/^\*\*Section:\*\* (whole page|[^\n]{1,120})$/);
  });

  it('opens the first step with the check the playbook needs, and ties each regional fact to its sources at the foot', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${PORTING}`);
    const firstInStep = page.locator('.step').first().locator('.step__body > :first-child');
    expect(await firstInStep.getAttribute('class')).toBe('verify');
    expect(await firstInStep.locator('.verify__title').textContent()).toBe('Verify first: strong check');
    await page.locator('.playbook-body .region').first().click();
    expect(new URL(page.url()).hash).toBe('#sources');
    // At the foot of the page the heading may not reach the top of the window, but it is in view.
    const inView = await page.locator('#sources').evaluate((el) => {
      const { top, bottom } = el.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator('.sources li').allTextContents()).toContainEqual(
      expect.stringMatching(/^UK Switching mobile provider, Ofcom: /),
    );
  });

  it("shows the safety route with the team that answers at any hour and each region's numbers", async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/hostile-caller-de-escalation/`);
    const routes = page.locator('.safety');
    expect(await routes.count()).toBe(2);
    expect(await routes.first().textContent()).toContain('Tell Duty Supervisors at once.');
    expect(await routes.nth(1).locator('a').allTextContents()).toEqual(['999', 'Samaritans', '911', '988 Suicide & Crisis Lifeline']);
  });

  it.each(readdirSync('content/playbooks').map((file) => file.replace(/\.mdx$/, '')))(
    'prints %s as a card on one sheet (two sides at most): every step with what to say and do, the checks, decisions, safety routes and escalation, with owner, review date and address, naming what it leaves out',
    async (id) => {
      const page = await newPage();
      await page.goto(`${site().url}/playbooks/${id}/`);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.step__title').first().isVisible()).toBe(true);
      expect(await page.locator('.playbook-body .say').first().isVisible()).toBe(true);
      expect(await page.locator('.escalate').isVisible()).toBe(true);
      const acted = page.locator('.step :is(.do, .verify, .decision, .safety, .limit):not(.note *), .escalate .limit');
      for (const part of await acted.all()) expect(await part.isVisible(), await part.evaluate((e) => e.className)).toBe(true);
      expect(await page.locator('.toc').isVisible()).toBe(false);
      const meta = await page.locator('.print-card__meta').textContent();
      expect(meta).toMatch(
        /^\s*Owner: \S.+ · Reviewed \d{4}-\d{2}-\d{2}, next review by \d{4}-\d{2}-\d{2} · https?:\/\/\S+\/playbooks\/[a-z0-9-]+\/\s*$/,
      );
      expect(meta).toContain(`/playbooks/${id}/`);
      expect(await page.locator('.print-card__leaves-out').textContent()).toMatch(
        /^Not on this card: .+\. The whole page is at the address above\.$|^This card holds the whole page\.$/,
      );
      expect(await page.locator('.print-card__leaves-out').isVisible()).toBe(true);
    },
  );
});
