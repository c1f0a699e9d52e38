import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPhases, editOnePlaybook, rebuildTable, restoredPages } from '../../../scripts/bench/rebuild.ts';
import { frontmatterOf } from '../../../scripts/lib/kept-slices.ts';
import { syntheticPlaybook } from '../../../scripts/bench/synthetic.ts';

const SUMMARY =
  '✓ built dist/ in 30.1 s (check 1.2 s, astro 20.4 s, index 3.5 s, service worker 0.4 s, publish 1.7 s; 1016 HTML files; service worker 0123456789abcdef precaches 40 URLs)';

describe('buildPhases', () => {
  it('reads every phase from the build’s summary line', () => {
    expect(buildPhases(`… indexing\n${SUMMARY}\n`)).toEqual({ check: 1.2, astro: 20.4, index: 3.5, serviceWorker: 0.4, publish: 1.7 });
  });

  it('has no phases when the summary line is missing', () => {
    expect(buildPhases('Build failed')).toBeUndefined();
  });
});

describe('restoredPages', () => {
  it('counts the pages Astro restored among all it wrote', () => {
    const log = ['  ├─ /a/index.html (restored)', '  ├─ /b/index.html (+12ms)', '  ├─ /c/index.html (restored)'].join('\n');
    expect(restoredPages(log)).toEqual({ restored: 2, of: 3 });
  });

  it('says nothing when Astro’s page log was off', () => {
    expect(restoredPages(SUMMARY)).toBeUndefined();
  });
});

describe('editOnePlaybook', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('adds words to the text of one synthetic playbook and leaves its frontmatter and the rest as they were', () => {
    const library = mkdtempSync(join(tmpdir(), 'frontline-rebuild-'));
    made.push(library);
    mkdirSync(join(library, 'playbooks'));
    const before = syntheticPlaybook(1);
    writeFileSync(join(library, 'playbooks', 'synthetic-00001.mdx'), before);
    const after = readFileSync(editOnePlaybook(library), 'utf8');
    expect(after).not.toBe(before);
    expect(after.replace('\n---\n\nEdited once. ', '\n---\n\n')).toBe(before);
    expect(frontmatterOf(after)).toBe(frontmatterOf(before));
  });
});

describe('rebuildTable', () => {
  it('puts each rebuild beside its cold build with their phases and the share of the cold time', () => {
    const phases = { check: 7.3, astro: 25.6, index: 3.5, serviceWorker: 0.4, publish: 1.7 };
    const table = rebuildTable([
      {
        label: 'synthetic-1000',
        pages: 1000,
        cold: { seconds: 40, phases },
        rebuild: { seconds: 10, phases: { ...phases, check: 1.1, astro: 6.2 }, pages: { restored: 1010, of: 1016 } },
      },
      {
        label: 'synthetic-100',
        pages: 100,
        cold: { seconds: 12, phases: undefined },
        rebuild: { seconds: 6, phases: undefined, pages: undefined },
      },
    ]);
    expect(table).toMatchInlineSnapshot(`
      "| site | playbooks | cold build (check / astro / index / service worker / publish) | rebuild after editing one playbook (same phases) | rebuild ÷ cold | pages restored |
      |---|---|---|---|---|---|
      | synthetic-1000 | 1000 | 40.0 s (7.3 / 25.6 / 3.5 / 0.4 / 1.7) | 10.0 s (1.1 / 6.2 / 3.5 / 0.4 / 1.7) | 25 % | 1010 of 1016 |
      | synthetic-100 | 100 | 12.0 s | 6.0 s | 50 % | – |"
    `);
  });
});
