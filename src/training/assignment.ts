// A training assignment lives entirely in its link: `?path=id` or `?modules=a&modules=b`, plus
// `trainee` and `due`. Links are typed, pasted and tampered with, so decoding is lenient where it
// is safe (drops what it cannot use and says so), bounded everywhere, and never throws. The
// result is plain text for textContent: no `<` or `>` survives, nor control or bidi characters.
import { ID_PATTERN } from '../schemas/ids.ts';

export const ASSIGNMENT_LIMITS = {
  /** Longer links are refused whole: no real assignment comes near it. */
  input: 4000,
  modules: 20,
  idLength: 80,
  /** Characters (code points) of the trainee's name. */
  trainee: 80,
  firstYear: 2000,
  lastYear: 2099,
} as const;

export type AssignmentScope = { kind: 'path'; path: string } | { kind: 'modules'; modules: string[] };

export interface Assignment {
  scope: AssignmentScope;
  /** May be empty: a link made for "whoever opens it". */
  trainee: string;
  /** YYYY-MM-DD, or undefined when there is no due date. */
  due: string | undefined;
}

export type Decoded = { ok: true; assignment: Assignment; notes: string[] } | { ok: false; reason: string };

function isId(text: string): boolean {
  return text.length <= ASSIGNMENT_LIMITS.idLength && ID_PATTERN.test(text);
}

/**
 * A name safe to show and store: control, format (zero-width, bidi override) and lone surrogate
 * characters and angle brackets removed, spaces collapsed, cut to the limit without splitting a
 * character.
 */
export function cleanTrainee(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\p{Cc}<>]/gu, ' ')
    .replace(/[\p{Cf}\p{Cs}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, ASSIGNMENT_LIMITS.trainee).join('').trim();
}

/** A real calendar day between the first and last year allowed, as YYYY-MM-DD; undefined otherwise. */
export function cleanDue(text: string): string | undefined {
  const trimmed = text.trim();
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(trimmed);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < ASSIGNMENT_LIMITS.firstYear || year > ASSIGNMENT_LIMITS.lastYear) return undefined;
  const date = new Date(`${trimmed}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === trimmed ? trimmed : undefined;
}

/** Module ids from repeated `modules=` values, each of which may also be a comma-separated list (typed by hand). */
function readModules(params: URLSearchParams, notes: string[]): string[] {
  const raw = params
    .getAll('modules')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  const ids = [...new Set(raw.filter(isId))];
  if (ids.length < new Set(raw).size) notes.push('Some module names in the link were not valid and were left out.');
  if (ids.length > ASSIGNMENT_LIMITS.modules) notes.push(`Only the first ${ASSIGNMENT_LIMITS.modules} modules in the link are shown.`);
  return ids.slice(0, ASSIGNMENT_LIMITS.modules);
}

function readScope(params: URLSearchParams, notes: string[]): AssignmentScope | undefined {
  // `kind` comes from the builder form when it is submitted without JavaScript: it says which of
  // the two fields the trainer meant, as the form always sends both.
  const kind = params.get('kind');
  const path = (params.get('path') ?? '').trim();
  if (kind !== 'modules' && path) {
    if (isId(path)) return { kind: 'path', path };
    notes.push('The path named in the link is not valid.');
  }
  const modules = readModules(params, notes);
  return modules.length ? { kind: 'modules', modules } : undefined;
}

/** Reads an assignment from a query string (with or without `?`) or from parameters. Never throws. */
export function decodeAssignment(search: string | URLSearchParams): Decoded {
  try {
    if (typeof search === 'string' && search.length > ASSIGNMENT_LIMITS.input) {
      return { ok: false, reason: 'This link is too long to be a Frontline assignment. Ask your trainer for a new link.' };
    }
    const params = typeof search === 'string' ? new URLSearchParams(search) : search;
    const notes: string[] = [];
    const scope = readScope(params, notes);
    if (!scope) return { ok: false, reason: 'This link names no training path or module. Ask your trainer for a new link.' };
    const dueText = params.get('due') ?? '';
    const due = cleanDue(dueText.slice(0, 40));
    if (dueText.trim() && !due) notes.push('The due date in the link could not be read, so none is shown.');
    return { ok: true, assignment: { scope, trainee: cleanTrainee((params.get('trainee') ?? '').slice(0, 1000)), due }, notes };
  } catch {
    // Nothing above should throw; a link must still never break the page if something does.
    return { ok: false, reason: 'This link could not be read. Ask your trainer for a new link.' };
  }
}

/** The query string (without `?`) for an assignment, cleaned the same way decoding cleans it. */
export function encodeAssignment(assignment: Assignment): string {
  const params = new URLSearchParams();
  const { scope } = assignment;
  if (scope.kind === 'path') {
    if (isId(scope.path)) params.set('path', scope.path);
  } else for (const id of [...new Set(scope.modules)].filter(isId).slice(0, ASSIGNMENT_LIMITS.modules)) params.append('modules', id);
  const trainee = cleanTrainee(assignment.trainee);
  if (trainee) params.set('trainee', trainee);
  const due = assignment.due === undefined ? undefined : cleanDue(assignment.due);
  if (due) params.set('due', due);
  return params.toString();
}

/**
 * Names the assignment's progress in storage. The due date is left out on purpose: a trainer who
 * moves the date sends a new link, and the trainee's progress should follow it.
 */
export function assignmentKey(assignment: Assignment): string {
  const { scope } = assignment;
  const what = scope.kind === 'path' ? `path:${scope.path}` : `modules:${scope.modules.join(',')}`;
  return `${what}|${cleanTrainee(assignment.trainee).toLowerCase()}`;
}

const DAY_MS = 86_400_000;

/** Days from `today` to the due day (both YYYY-MM-DD, in the reader's own calendar), and how to say it. */
export function dueStatus(due: string, today: string): { days: number; label: string } {
  const days = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (days === 0) return { days, label: 'due today' };
  if (days === 1) return { days, label: 'due tomorrow' };
  return days > 0 ? { days, label: `due in ${plural(days)}` } : { days, label: `overdue by ${plural(-days)}` };
}

/** The reader's calendar day as YYYY-MM-DD (not UTC's, which is a different day near midnight). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Friday 4 December 2026" (some browsers add a comma), spelt out so a printed sheet cannot be misread across locales. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
