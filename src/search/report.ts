// The content-gap report behind `npm run search-report -- <file>`: it reads a collector's log of
// search signals (src/search/signals.ts), one JSON object a line, and lists the searches agents
// make most that find nothing, and those that find results but from which nothing is opened.
import type { SearchSignal } from './signals.ts';

/** A line of the log that is not a signal. */
export interface LogProblem {
  line: number;
  field: string;
  message: string;
}

/** Reads a log: every line a signal, or a problem that says what to fix. Blank lines are skipped. */
export function parseSignals(text: string): { signals: SearchSignal[]; problems: LogProblem[] } {
  const signals: SearchSignal[] = [];
  const problems: LogProblem[] = [];
  text.split(/\r?\n/).forEach((raw, at) => {
    const line = at + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({
        line,
        field: '(line)',
        message: 'is not JSON: each line must be one signal, {"q": "…", "results": 0, "opened": null}',
      });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({
        line,
        field: '(line)',
        message: 'is not a JSON object: each line must be one signal, {"q": "…", "results": 0, "opened": null}',
      });
      return;
    }
    const record = value as Record<string, unknown>;
    const before = problems.length;
    if (typeof record['q'] !== 'string') problems.push({ line, field: 'q', message: 'must be the words searched, a string' });
    if (!Number.isInteger(record['results']) || (record['results'] as number) < 0)
      problems.push({ line, field: 'results', message: 'must be the number of results, a whole number from 0' });
    if (record['opened'] !== null && typeof record['opened'] !== 'string')
      problems.push({ line, field: 'opened', message: 'must be the path of the result opened, or null' });
    if (problems.length === before)
      signals.push({ q: record['q'] as string, results: record['results'] as number, opened: record['opened'] as string | null });
  });
  return { signals, problems };
}

/** One query in the report: how often it was searched, and how often it ended as the row says. */
export interface GapRow {
  query: string;
  /** Searches that ended as the list says (found nothing, or opened nothing). */
  count: number;
  /** Every search for these words. */
  searches: number;
}

export interface GapReport {
  searches: number;
  zeroResults: GapRow[];
  noClicks: GapRow[];
}

/** The same words however they were spaced or capitalised. */
const normalised = (query: string) => query.toLowerCase().trim().split(/\s+/).join(' ');

function top(rows: Map<string, GapRow>, limit: number): GapRow[] {
  return [...rows.values()]
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || b.searches - a.searches || a.query.localeCompare(b.query))
    .slice(0, limit);
}

/**
 * The content-gap list: the `limit` queries most often finding nothing, and the `limit` most
 * often finding results of which none was opened (the results did not answer them).
 */
export function contentGaps(signals: readonly SearchSignal[], limit: number): GapReport {
  const zero = new Map<string, GapRow>();
  const unopened = new Map<string, GapRow>();
  for (const signal of signals) {
    const query = normalised(signal.q);
    if (!query) continue;
    for (const rows of [zero, unopened]) if (!rows.has(query)) rows.set(query, { query, count: 0, searches: 0 });
    const zeroRow = zero.get(query) as GapRow;
    const unopenedRow = unopened.get(query) as GapRow;
    zeroRow.searches += 1;
    unopenedRow.searches += 1;
    if (signal.results === 0) zeroRow.count += 1;
    else if (signal.opened === null) unopenedRow.count += 1;
  }
  return { searches: signals.length, zeroResults: top(zero, limit), noClicks: top(unopened, limit) };
}

function table(rows: readonly GapRow[], what: string): string[] {
  if (!rows.length) return [`None.`];
  return [
    `| query | ${what} | searches |`,
    '|---|---|---|',
    ...rows.map((row) => `| ${row.query.replace(/[|\\]/g, (c) => `\\${c}`)} | ${row.count} | ${row.searches} |`),
  ];
}

/** The report as Markdown, ready to paste into an issue. */
export function formatReport(report: GapReport, source: string): string {
  return [
    `# Content gaps from ${source}`,
    '',
    `${report.searches} searches.`,
    '',
    '## Searches that found nothing',
    '',
    'Write or extend a playbook for these, or add the words to content/synonyms.yaml.',
    '',
    ...table(report.zeroResults, 'found nothing'),
    '',
    '## Searches with results but none opened',
    '',
    'The results did not look like the answer: check the titles, summaries and "Customers may say".',
    '',
    ...table(report.noClicks, 'nothing opened'),
    '',
  ].join('\n');
}
