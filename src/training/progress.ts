// A trainee's progress on one assignment, kept in the browser (localStorage) because the site has
// no server. Whatever is in storage may be stale, corrupt or written by something else: reading
// keeps only well-formed entries and never throws, and a storage that refuses writes (private
// mode, quota) leaves the page working from memory. Exports are built here too, as plain data.
import { checkKey, combineScores, isCorrect, scoreModule, type Question, type Score } from './quiz.ts';

/** The part of the Web Storage API the store needs, so tests can pass a Map-backed fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Progress {
  /** Reading steps ticked off, as `module-id/playbook-id`. */
  read: string[];
  /** Chosen answer per knowledge check, keyed `module-id:index` (see quiz.ts `checkKey`). */
  answers: Record<string, string>;
}

export const STORAGE_PREFIX = 'frontline:training:v1:';
const MAX_ENTRIES = 500;
const MAX_TEXT = 400;
const READ_KEY = /^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/;
const CHECK_KEY = /^[a-z0-9-]{1,80}:\d{1,3}$/;

export function emptyProgress(): Progress {
  return { read: [], answers: {} };
}

/** Progress from stored text; anything that is not well-formed is dropped, item by item. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw || raw.length > 200_000) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return emptyProgress();
  const { read, answers } = data as { read?: unknown; answers?: unknown };
  const progress = emptyProgress();
  if (Array.isArray(read)) {
    progress.read = [...new Set(read.filter((item): item is string => typeof item === 'string' && READ_KEY.test(item)))].slice(
      0,
      MAX_ENTRIES,
    );
  }
  if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
    const entries = Object.entries(answers as Record<string, unknown>)
      .filter((entry): entry is [string, string] => CHECK_KEY.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= MAX_TEXT)
      .slice(0, MAX_ENTRIES);
    progress.answers = Object.fromEntries(entries);
  }
  return progress;
}

export interface ProgressStore {
  get(): Progress;
  setRead(step: string, read: boolean): Progress;
  /** Records an answer; the first answer to a question stands, so the score means something. */
  answer(check: string, choice: string): Progress;
  reset(): Progress;
  /** False once storage refused a write (or there is none): progress then lasts only until the page closes. */
  persistent(): boolean;
}

/** A store for one assignment, named by `key` (see assignment.ts `assignmentKey`). */
export function createProgressStore(storage: StorageLike | undefined, key: string): ProgressStore {
  const name = STORAGE_PREFIX + key;
  let saved = storage !== undefined;
  let current = (() => {
    try {
      return parseProgress(storage?.getItem(name));
    } catch {
      saved = false;
      return emptyProgress();
    }
  })();
  const save = (next: Progress): Progress => {
    current = next;
    try {
      storage?.setItem(name, JSON.stringify({ read: next.read, answers: { ...next.answers } }));
    } catch {
      saved = false;
    }
    return current;
  };
  return {
    get: () => current,
    setRead: (step, read) => {
      if (!READ_KEY.test(step)) return current;
      const others = current.read.filter((item) => item !== step);
      return save({ ...current, read: read ? [...others, step].slice(-MAX_ENTRIES) : others });
    },
    answer: (check, choice) => {
      if (!CHECK_KEY.test(check) || choice.length > MAX_TEXT || Object.hasOwn(current.answers, check)) return current;
      return save({ ...current, answers: { ...current.answers, [check]: choice } });
    },
    reset: () => {
      current = emptyProgress();
      try {
        storage?.removeItem(name);
      } catch {
        saved = false;
      }
      return current;
    },
    persistent: () => saved,
  };
}

/** What the export needs to know about one assigned module. */
export interface ReportModule {
  id: string;
  title: string;
  steps: readonly { playbook: string; title: string }[];
  checks: readonly (Question & { question: string })[];
}

export interface ProgressReport {
  trainee: string;
  due: string | null;
  /** The path's title, or "Selected modules". */
  assignment: string;
  link: string;
  exportedAt: string;
  score: Score;
  modules: {
    id: string;
    title: string;
    score: Score;
    playbooks: { id: string; title: string; read: boolean }[];
    checks: { question: string; chosen: string | null; correct: boolean | null }[];
  }[];
}

export interface ReportHeader {
  trainee: string;
  due: string | undefined;
  assignment: string;
  link: string;
}

/** Progress joined with the assignment's content: what a trainer reads in an export. */
export function progressReport(
  header: ReportHeader,
  modules: readonly ReportModule[],
  progress: Progress,
  exportedAt: Date,
): ProgressReport {
  const read = new Set(progress.read);
  const shown = modules.map((module) => ({
    id: module.id,
    title: module.title,
    score: scoreModule(module.id, module.checks, progress.answers),
    playbooks: module.steps.map((step) => ({ id: step.playbook, title: step.title, read: read.has(`${module.id}/${step.playbook}`) })),
    checks: module.checks.map((check, index) => {
      const chosen = progress.answers[checkKey(module.id, index)];
      return { question: check.question, chosen: chosen ?? null, correct: chosen === undefined ? null : isCorrect(check, chosen) };
    }),
  }));
  return {
    trainee: header.trainee,
    due: header.due ?? null,
    assignment: header.assignment,
    link: header.link,
    exportedAt: exportedAt.toISOString(),
    score: combineScores(shown.map((module) => module.score)),
    modules: shown,
  };
}

export function reportToJson(report: ProgressReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * One CSV field (RFC 4180). Text from the link (the trainee's name) reaches a spreadsheet here, so
 * a leading = + - @ is neutralised with an apostrophe: spreadsheets would run it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per playbook, knowledge check and module score, then the overall score. */
export function reportToCsv(report: ProgressReport): string {
  const rows: string[][] = [['trainee', 'due', 'module', 'kind', 'item', 'answer', 'result']];
  const row = (module: string, kind: string, item: string, answer: string, result: string) =>
    rows.push([report.trainee, report.due ?? '', module, kind, item, answer, result]);
  for (const module of report.modules) {
    for (const playbook of module.playbooks) row(module.title, 'playbook', playbook.title, '', playbook.read ? 'read' : 'not read');
    for (const check of module.checks) {
      row(
        module.title,
        'check',
        check.question,
        check.chosen ?? '',
        check.correct === null ? 'not answered' : check.correct ? 'correct' : 'incorrect',
      );
    }
    row(module.title, 'score', `${module.score.correct} of ${module.score.total}`, '', `${module.score.percent}%`);
  }
  row('All modules', 'score', `${report.score.correct} of ${report.score.total}`, '', `${report.score.percent}%`);
  return `${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** `frontline-progress-sam-lee.csv`: the trainee's name, reduced to safe file-name characters. */
export function exportFileName(trainee: string, extension: 'csv' | 'json'): string {
  const name = trainee
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `frontline-progress-${name || 'trainee'}.${extension}`;
}
