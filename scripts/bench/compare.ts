// Frontline beside the plain stack (scripts/bench/plain-stack.ts): the ratios and the table
// `npm run bench` prints and appends to docs/benchmarks.md.

/** What one build of a library cost. */
export interface BuildCost {
  seconds: number;
  peakBytes: number;
}

export interface Comparison {
  label: string;
  pages: number;
  frontline: BuildCost;
  plain: BuildCost;
}

/** How many times the plain stack's cost Frontline's is; NaN when either is unknown or the plain cost is zero. */
export function ratio(frontline: number, plain: number): number {
  if (!Number.isFinite(frontline) || !Number.isFinite(plain) || plain <= 0) return Number.NaN;
  return frontline / plain;
}

/** `1.82×`, or `–` when there is no ratio. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

const known = (value: number, text: string) => (Number.isFinite(value) ? text : '–');
const gib = (bytes: number) => known(bytes, `${(bytes / 2 ** 30).toFixed(2)} GiB`);
const seconds = (value: number) => known(value, `${value.toFixed(1)} s`);

/** The load average, as the heading of figures taken on a shared machine. */
export function formatLoad(load: readonly number[]): string {
  return `load average ${load.map((value) => value.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`;
}

/** The Markdown table of each library built both ways, with the ratios of time and peak memory. */
export function comparisonTable(rows: readonly Comparison[]): string {
  const header = [
    '| site | playbooks | Frontline build + index | plain stack build + index | time ÷ plain | Frontline peak memory | plain stack peak memory | memory ÷ plain |',
    `|${'---|'.repeat(8)}`,
  ];
  const lines = rows.map(
    ({ label, pages, frontline, plain }) =>
      `| ${label} | ${pages} | ${seconds(frontline.seconds)} | ${seconds(plain.seconds)} | ${formatRatio(ratio(frontline.seconds, plain.seconds))} | ${gib(frontline.peakBytes)} | ${gib(plain.peakBytes)} | ${formatRatio(ratio(frontline.peakBytes, plain.peakBytes))} |`,
  );
  return [...header, ...lines].join('\n');
}
