// `npm run bench -- --edit-one`: after the cold build of a library, one playbook is edited the way
// a contributor fixes a word and the library is built again, so the benchmark reports what a
// rebuild costs beside the cold build (issue 16's target: at most a quarter of it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratio } from './compare.ts';

/** The phases `scripts/build.ts` times, in seconds, as its last line reports them. */
export interface BuildPhases {
  check: number;
  astro: number;
  index: number;
  serviceWorker: number;
  publish: number;
}

/** The phases from the build's output; undefined when its summary line is missing. */
export function buildPhases(output: string): BuildPhases | undefined {
  const match = /check (\d+\.\d) s, astro (\d+\.\d) s, index (\d+\.\d) s, service worker (\d+\.\d) s, publish (\d+\.\d) s/.exec(output);
  if (!match) return undefined;
  const [check, astro, index, serviceWorker, publish] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { check, astro, index, serviceWorker, publish };
}

/** How many of the pages Astro wrote it copied from its incremental cache; undefined unless its log was on (FRONTLINE_LOG_LEVEL=info). */
export function restoredPages(output: string): { restored: number; of: number } | undefined {
  const of = output.match(/├─/g)?.length ?? 0;
  if (of === 0) return undefined;
  return { restored: output.match(/\(restored\)/g)?.length ?? 0, of };
}

/**
 * Fixes a word in one playbook's text, as a contributor does: its first paragraph gains two words.
 * The text, not the frontmatter: the pages that list every playbook show frontmatter, so an edit
 * there is a change to every slice's pages (decision 25). Returns the file it changed.
 */
export function editOnePlaybook(library: string, id = 'synthetic-00001'): string {
  const file = join(library, 'playbooks', `${id}.mdx`);
  const text = readFileSync(file, 'utf8');
  const bodyStart = text.indexOf('\n---\n\n', 4);
  if (bodyStart === -1) throw new Error(`${file} has no text after its frontmatter to edit`);
  writeFileSync(file, `${text.slice(0, bodyStart)}\n---\n\nEdited once. ${text.slice(bodyStart + 6)}`);
  return file;
}

/** One library's cold build and its rebuild after one edit. */
export interface Rebuild {
  label: string;
  pages: number;
  cold: { seconds: number; phases: BuildPhases | undefined };
  rebuild: { seconds: number; phases: BuildPhases | undefined; pages: { restored: number; of: number } | undefined };
}

const phaseText = (seconds: number, phases: BuildPhases | undefined) =>
  `${seconds.toFixed(1)} s${phases ? ` (${[phases.check, phases.astro, phases.index, phases.serviceWorker, phases.publish].map((value) => value.toFixed(1)).join(' / ')})` : ''}`;

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(0)} %` : '–');

/** The Markdown table of rebuilds beside their cold builds. */
export function rebuildTable(rows: readonly Rebuild[]): string {
  return [
    '| site | playbooks | cold build (check / astro / index / service worker / publish) | rebuild after editing one playbook (same phases) | rebuild ÷ cold | pages restored |',
    `|${'---|'.repeat(6)}`,
    ...rows.map(
      ({ label, pages, cold, rebuild }) =>
        `| ${label} | ${pages} | ${phaseText(cold.seconds, cold.phases)} | ${phaseText(rebuild.seconds, rebuild.phases)} | ${percent(ratio(rebuild.seconds, cold.seconds))} | ${rebuild.pages ? `${rebuild.pages.restored} of ${rebuild.pages.of}` : '–'} |`,
    ),
  ].join('\n');
}
