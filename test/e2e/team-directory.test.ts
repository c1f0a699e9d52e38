import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const { site, newPage } = useSite();
const DIRECTORY = '/teams/';
/** Every team file, by id: the directory must list whatever teams exist. */
const TEAM_IDS = readdirSync('content/teams')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

describe('the team directory in Chromium', () => {
  it('lists every team file, each with what it handles, hours, reach, callback promise and out-of-hours route', async () => {
    const page = await newPage();
    await page.goto(`${site().url}${DIRECTORY}`);
    const ids = await page.locator('.directory > .team').evaluateAll((teams) => teams.map((team) => team.id));
    expect(ids.toSorted()).toEqual(TEAM_IDS.map((id) => `team-${id}`).toSorted());
    const labels = await page.locator('.team').first().locator('dt').allTextContents();
    expect(labels.slice(0, 5)).toEqual(['Handles', 'Hours', 'How to reach them', 'Callback promise', 'Out of hours']);
  });

  it('takes the agent from the index to a team, and from a safety line to the safety route, on the first screen of a phone', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site().url}${DIRECTORY}`);
    const link = page.locator('.directory__index a[href="#team-privacy-office"]');
    expect((await link.boundingBox())?.y).toBeLessThan(844);
    await link.click();
    const top = await page.locator('#team-privacy-office').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    await page.locator('#team-privacy-office a[href="#safety"]').click();
    expect(await page.locator('#safety .safety').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('is one click from the header of any page and linked from the escalation guidelines', async () => {
    const page = await newPage();
    await page.goto(`${site().url}/playbooks/escalation-guidelines/`);
    expect(await page.locator('.playbook-body a[href="../../teams/"]').count()).toBe(1);
    await Promise.all([
      page.waitForURL(/\/teams\/$/),
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Team directory');
  });
});
