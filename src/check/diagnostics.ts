export type Severity = 'error' | 'warning';

/** One problem found in one place. Every check in Frontline reports through this shape. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column; 1:1 when the problem is the whole file. */
  line: number;
  column: number;
  /** Stable rule id, e.g. `schema/summary` or `mdx/expression`; documented in CONTRIBUTING.md. */
  rule: string;
  /** What is wrong, where. */
  message: string;
  /** How to fix it, as an instruction. */
  fix: string;
  severity: Severity;
}

export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

/**
 * Characters that must not reach output as they are: control characters (a line break would start
 * a new line, which GitHub Actions reads as a workflow command when it starts with `::`), the
 * Unicode line and paragraph separators, and the bidirectional controls that reorder what is shown.
 */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from content, safe to print on one line: each unprintable character written as an escape (`\n`, `\u001b`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `path:line:col  rule-id  message — fix` (warnings are marked so they stand out), always one line. */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'warning' ? 'warning ' : '';
  return printable(`${d.file}:${d.line}:${d.column}  ${label}${d.rule}  ${d.message} — ${d.fix}`);
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatGithubAnnotation(d: Diagnostic): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}::${escape(`${d.message} — ${d.fix}`)}`;
}

/** Files in path order, then by position, so output is stable and reads top to bottom. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

export function summarize(list: Diagnostic[]): { errors: number; warnings: number } {
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}
