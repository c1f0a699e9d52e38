// A trainee's progress on one assignment, kept in the browser (localStorage) because the site has
// no server. Whatever is in storage may be stale, corrupt or written by something else: reading
// keeps only well-formed entries and never throws, and a storage that refuses writes (private
// mode, quota) leaves the page working from memory. Exports are built here too, as plain data.
import { checkKey, combineScores, isCorrect, passes, scoreModule, type Question, type Score } from './quiz.ts';

/** The part of the Web Storage API the store needs, so tests can pass a Map-backed fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Progress {
  /** Reading steps ticked off, as `module-id/playbook-id`. */
  read: string[];
  /** Chosen answer per knowledge check, keyed `module-id:q…` by the question's words (see quiz.ts `checkKey`). */
  answers: Record<string, string>;
}

/**
 * Version 2 keys answers by the question's words. Version 1 keyed them by the question's position,
 * which stops meaning anything once questions are drawn from a bank and choices shuffled; it is
 * read once, upgraded (see `upgradeLegacyProgress`) and removed.
 */
export const STORAGE_PREFIX = 'frontline:training:v2:';
export const LEGACY_STORAGE_PREFIX = 'frontline:training:v1:';
const MAX_ENTRIES = 500;
const MAX_TEXT = 400;
const READ_KEY = /^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/;
const CHECK_KEY = /^[a-z0-9-]{1,80}:q[0-9a-z]{1,7}$/;
const LEGACY_CHECK_KEY = /^([a-z0-9-]{1,80}):(\d{1,3})$/;

export function emptyProgress(): Progress {
  return { read: [], answers: {} };
}

/** Progress from stored text; anything that is not well-formed is dropped, item by item. */
export function parseProgress(raw: string | null | undefined, checkKeys: RegExp = CHECK_KEY): Progress {
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
      .filter((entry): entry is [string, string] => checkKeys.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= MAX_TEXT)
      .slice(0, MAX_ENTRIES);
    progress.answers = Object.fromEntries(entries);
  }
  return progress;
}

/** A module's questions in their written order, with their choices: what version 1 positions pointed at. */
export interface LegacyModule {
  id: string;
  checks: readonly { question: string; choices: readonly string[] }[];
}

export interface Upgrade {
  progress: Progress;
  /** Answers carried over to the question they were given for. */
  kept: number;
  /** Answers that no longer match the question at their old position, so were cleared. */
  dropped: number;
}

/**
 * Version 1 progress in version 2's shape. Ticks carry over as they are. An answer stored as
 * `module:index` is kept, under that question's new key, only while the chosen text is still one
 * of the choices of the question now at that position: questions have been added, replaced and
 * reordered since, and an answer moved to a different question would be a score the trainee never
 * earned. Any other answer is dropped and counted, so the page can say so.
 */
export function upgradeLegacyProgress(raw: string | null | undefined, modules: readonly LegacyModule[]): Upgrade {
  const legacy = parseProgress(raw, LEGACY_CHECK_KEY);
  const byId = new Map(modules.map((module) => [module.id, module]));
  const answers: Record<string, string> = {};
  let dropped = 0;
  for (const [key, choice] of Object.entries(legacy.answers)) {
    const [, moduleId = '', index = ''] = LEGACY_CHECK_KEY.exec(key) ?? [];
    const check = byId.get(moduleId)?.checks[Number(index)];
    if (check?.choices.includes(choice)) answers[checkKey(moduleId, check.question)] = choice;
    else dropped += 1;
  }
  return { progress: { read: legacy.read, answers }, kept: Object.keys(answers).length, dropped };
}

/** What the page tells the trainee about an upgrade that cleared answers; nothing when none were. */
export function describeUpgrade(upgrade: Pick<Upgrade, 'dropped'> | undefined): string | undefined {
  if (!upgrade || upgrade.dropped === 0) return undefined;
  const answers = upgrade.dropped === 1 ? '1 answer' : `${upgrade.dropped} answers`;
  return `${answers} saved before these knowledge checks were changed no longer ${upgrade.dropped === 1 ? 'matches its' : 'match their'} question, so ${upgrade.dropped === 1 ? 'it was' : 'they were'} cleared. Answer ${upgrade.dropped === 1 ? 'that question' : 'those questions'} again.`;
}

export interface ProgressStore {
  get(): Progress;
  setRead(step: string, read: boolean): Progress;
  /** Records an answer; the first answer to a question stands, so the score means something. */
  answer(check: string, choice: string): Progress;
  reset(): Progress;
  /** False once storage refused a write (or there is none): progress then lasts only until the page closes. */
  persistent(): boolean;
  /** What happened to version 1 progress found for this assignment, if there was any. */
  upgrade(): Upgrade | undefined;
}

/**
 * A store for one assignment, named by `key` (see assignment.ts `assignmentKey`). `modules` are
 * the assignment's modules, used once to upgrade version 1 progress kept under the same key.
 */
export function createProgressStore(storage: StorageLike | undefined, key: string, modules: readonly LegacyModule[] = []): ProgressStore {
  const name = STORAGE_PREFIX + key;
  const legacyName = LEGACY_STORAGE_PREFIX + key;
  let saved = storage !== undefined;
  let upgrade: Upgrade | undefined;
  let current = (() => {
    try {
      const raw = storage?.getItem(name);
      if (raw !== null && raw !== undefined) return parseProgress(raw);
      const legacy = storage?.getItem(legacyName);
      if (legacy === null || legacy === undefined) return emptyProgress();
      upgrade = upgradeLegacyProgress(legacy, modules);
      return upgrade.progress;
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
  const store: ProgressStore = {
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
    upgrade: () => upgrade,
  };
  if (upgrade) {
    // Saved in the new shape first, so nothing is lost if removing the old entry fails.
    save(current);
    if (saved) {
      try {
        storage?.removeItem(legacyName);
      } catch {
        // left behind: it is read again only while no version 2 entry exists
      }
    }
  }
  return store;
}

/** What the export needs to know about one assigned module. */
export interface ReportModule {
  id: string;
  title: string;
  steps: readonly { playbook: string; title: string }[];
  /** The questions this trainee was given (see shuffle.ts `drawnChecks`), in the module's order. */
  checks: readonly Question[];
  /** Percent of those questions to get right to pass. */
  passMark: number;
}

export interface ProgressReport {
  trainee: string;
  due: string | null;
  /** The path's title, or "Selected modules". */
  assignment: string;
  link: string;
  exportedAt: string;
  score: Score;
  /** Every module passed. */
  passed: boolean;
  modules: {
    id: string;
    title: string;
    score: Score;
    passMark: number;
    passed: boolean;
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
  const shown = modules.map((module) => {
    const score = scoreModule(module.id, module.checks, progress.answers);
    return {
      id: module.id,
      title: module.title,
      score,
      passMark: module.passMark,
      passed: passes(score, module.passMark),
      playbooks: module.steps.map((step) => ({ id: step.playbook, title: step.title, read: read.has(`${module.id}/${step.playbook}`) })),
      checks: module.checks.map((check) => {
        const chosen = progress.answers[checkKey(module.id, check.question)];
        return { question: check.question, chosen: chosen ?? null, correct: chosen === undefined ? null : isCorrect(check, chosen) };
      }),
    };
  });
  return {
    trainee: header.trainee,
    due: header.due ?? null,
    assignment: header.assignment,
    link: header.link,
    exportedAt: exportedAt.toISOString(),
    score: combineScores(shown.map((module) => module.score)),
    passed: shown.length > 0 && shown.every((module) => module.passed),
    modules: shown,
  };
}

/** Marks a JSON export as Frontline's, so the cohort view (cohort.ts) knows what it reads. */
export const PROGRESS_FORMAT = 'frontline-progress';
/** The JSON export's shape; exports without the field, made before it was added, are version 1 too. */
export const PROGRESS_VERSION = 1;

export function reportToJson(report: ProgressReport): string {
  return `${JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, ...report }, null, 2)}\n`;
}

/**
 * One CSV field (RFC 4180). Text from the link (the trainee's name) reaches a spreadsheet here, so
 * a leading = + - @ is neutralised with an apostrophe: spreadsheets would run it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per playbook, knowledge check, module score and pass, then the overall score and pass. */
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
    row(module.title, 'pass', `pass mark ${module.passMark}%`, '', module.passed ? 'passed' : 'not yet');
  }
  row('All modules', 'score', `${report.score.correct} of ${report.score.total}`, '', `${report.score.percent}%`);
  const passed = report.modules.filter((module) => module.passed).length;
  row('All modules', 'pass', `${passed} of ${report.modules.length} modules passed`, '', report.passed ? 'passed' : 'not yet');
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
