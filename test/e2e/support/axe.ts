import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { useSite } from './fixture.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.2 A and AA violations on the page as it is now, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as a <script>: the page's Content-Security-Policy
  // (rightly) refuses an inline script it has no hash for.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, WCAG_22_AA);
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface PageUnderTest {
  name: string;
  path: string;
  /** Brings the page into the state to check (results showing, an answer given…). */
  prepare?: (page: Page) => Promise<void>;
}

/** One test per page and colour scheme: no axe-core violations, in light and dark. */
export function itHasNoAxeViolations(pages: PageUnderTest[], { site, newPage }: ReturnType<typeof useSite>): void {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`has no violations on the $name page in the ${scheme} theme`, async ({ path, prepare }) => {
      const page = await newPage({ colorScheme: scheme });
      await page.goto(`${site().url}${path}`);
      await prepare?.(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
