// The cohort view's logic: trainees' exported progress files (the CSV or JSON the assignment page
// writes, see progress.ts) read into one table of trainees by module, the questions most missed,
// and a summary CSV. Files come from anywhere (a trainee may have edited theirs, or sent the wrong
// file), so each is read as data against the shape the site writes, bounded everywhere, and a file
// that does not fit is refused whole with a message that names it and says why. Nothing read here
// is ever markup: names and questions are plain text for textContent, and text bound for a
// spreadsheet goes through csvField. Lookups are Maps, so a key like __proto__ is only a string.
import Papa from 'papaparse';
import { cleanTrainee, dueStatus } from './assignment.ts';
import { csvField, PROGRESS_FORMAT, PROGRESS_VERSION } from './progress.ts';
import { percent } from './quiz.ts';

export const COHORT_LIMITS = {
  /** Bytes: a week's path exports about 20 KB; anything near this is not an export. */
  fileSize: 1_000_000,
  files: 100,
  modules: 50,
  checks: 200,
  /** Characters of a module title, question or answer. */
  text: 400,
} as const;

export interface ModuleResult {
  title: string;
  answered: number;
  correct: number;
  total: number;
  /** Pass mark in percent, when the file says (JSON does, CSV says it in words). */
  passMark: number | null;
  passed: boolean;
  /** Every question answered. */
  done: boolean;
}

export interface QuestionResult {
  module: string;
  question: string;
  /** Null when not answered. */
  correct: boolean | null;
}

export interface TraineeProgress {
  /** The file it came from. */
  file: string;
  trainee: string;
  due: string | null;
  modules: ModuleResult[];
  questions: QuestionResult[];
}

export type FileResult = { ok: true; progress: TraineeProgress } | { ok: false; file: string; message: string };

/** Text safe to show and count: control, format and bidi characters removed, cut to the limit. */
function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/[\p{Cc}]/gu, ' ')
    .replace(/[\p{Cf}\p{Cs}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? Array.from(text).slice(0, COHORT_LIMITS.text).join('') : undefined;
}

/** A field the export neutralised for spreadsheets (`'=…`), back to what the trainee saw. */
function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const refuse = (file: string, message: string): FileResult => ({ ok: false, file, message: `${file}: ${message}` });

/** Reads one file, refusing anything that is not a Frontline progress export. `size` is checked before `text` is read. */
export function readProgressFile(file: string, size: number, read: () => string): FileResult {
  const name = cleanText(file) ?? 'unnamed file';
  const extension = /\.(csv|json)$/i.exec(name)?.[1]?.toLowerCase();
  if (!extension)
    return refuse(name, 'not a progress export. Choose the .csv or .json file a trainee exported from their assignment page.');
  if (size > COHORT_LIMITS.fileSize) {
    return refuse(
      name,
      `${Math.round(size / 1000)} KB is far larger than a progress export (under ${COHORT_LIMITS.fileSize / 1_000_000} MB), so it was not read.`,
    );
  }
  let text: string;
  try {
    text = read();
  } catch {
    return refuse(name, 'could not be read.');
  }
  if (text.length > COHORT_LIMITS.fileSize) return refuse(name, 'is too large to be a progress export, so it was not read.');
  return extension === 'json' ? readJson(name, text) : readCsv(name, text);
}

// ---- JSON (reportToJson) ----

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000 ? value : undefined;

function readJson(file: string, text: string): FileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(
      file,
      `is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}). Ask the trainee to export it again.`,
    );
  }
  if (!isObject(data) || !Array.isArray(data['modules']) || typeof data['trainee'] !== 'string') {
    return refuse(file, 'is JSON, but not a Frontline progress export (it has no trainee and modules).');
  }
  if (data['format'] !== undefined && data['format'] !== PROGRESS_FORMAT)
    return refuse(file, 'is JSON, but not a Frontline progress export.');
  // Exports made before the version field was added have the same shape as version 1.
  const version = data['version'] ?? 1;
  if (version !== PROGRESS_VERSION) {
    return refuse(
      file,
      `is a progress export of version ${String(version).slice(0, 20)}; this page reads version ${PROGRESS_VERSION}. Export it again from the current site.`,
    );
  }
  if (data['modules'].length > COHORT_LIMITS.modules)
    return refuse(file, `lists more than ${COHORT_LIMITS.modules} modules, so it was not read.`);
  const modules: ModuleResult[] = [];
  const questions: QuestionResult[] = [];
  for (const [index, module] of data['modules'].entries()) {
    const where = `module ${index + 1}`;
    if (!isObject(module) || !isObject(module['score']) || !Array.isArray(module['checks']))
      return refuse(file, `${where} is not in the export's shape.`);
    const title = cleanText(module['title']);
    const { score } = module;
    const answered = count(score['answered']);
    const correct = count(score['correct']);
    const total = count(score['total']);
    const passMark = count(module['passMark']);
    if (!title || answered === undefined || correct === undefined || total === undefined || correct > answered || answered > total) {
      return refuse(file, `${where} has no title or an impossible score.`);
    }
    if (module['checks'].length > COHORT_LIMITS.checks) return refuse(file, `${where} lists more than ${COHORT_LIMITS.checks} questions.`);
    for (const check of module['checks']) {
      const question = isObject(check) ? cleanText(check['question']) : undefined;
      const result = isObject(check) ? check['correct'] : undefined;
      if (!question || !(result === null || typeof result === 'boolean'))
        return refuse(file, `${where} has a question that is not in the export's shape.`);
      questions.push({ module: title, question, correct: result });
    }
    modules.push({
      title,
      answered,
      correct,
      total,
      passMark: passMark ?? null,
      passed: module['passed'] === true,
      done: total > 0 && answered === total,
    });
  }
  return trainee(file, data['trainee'], data['due'], modules, questions);
}

function trainee(file: string, name: unknown, due: unknown, modules: ModuleResult[], questions: QuestionResult[]): FileResult {
  if (modules.length === 0) return refuse(file, 'has no modules in it.');
  const dueDay = typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) && !Number.isNaN(Date.parse(`${due}T00:00:00Z`)) ? due : null;
  return {
    ok: true,
    progress: {
      file,
      trainee: cleanTrainee(typeof name === 'string' ? name.slice(0, 1000) : '') || 'Unnamed trainee',
      due: dueDay,
      modules,
      questions,
    },
  };
}

// ---- CSV (reportToCsv) ----

const CSV_HEADER = ['trainee', 'due', 'module', 'kind', 'item', 'answer', 'result'];

function readCsv(file: string, text: string): FileResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const rows = parsed.data;
  if (parsed.errors.length > 0) {
    const [error] = parsed.errors;
    return refuse(file, `is not a well-formed CSV (row ${(error?.row ?? 0) + 1}: ${error?.message ?? 'unreadable'}).`);
  }
  const header = rows[0]?.map((cell) => cell.trim().toLowerCase());
  if (!header || header.join(',') !== CSV_HEADER.join(',')) {
    return refuse(file, `is a CSV, but not a Frontline progress export (its first row should be ${CSV_HEADER.join(',')}).`);
  }
  const byModule = new Map<string, ModuleResult>();
  const questions: QuestionResult[] = [];
  let name = '';
  let due = '';
  for (const [index, row] of rows.slice(1).entries()) {
    const line = index + 2;
    if (row.length !== CSV_HEADER.length) return refuse(file, `row ${line} has ${row.length} fields, not ${CSV_HEADER.length}.`);
    const [rowTrainee = '', rowDue = '', rawModule = '', kind = '', rawItem = '', , result = ''] = row.map(unescapeCell);
    if (index === 0) [name, due] = [rowTrainee, rowDue];
    else if (rowTrainee !== name) return refuse(file, `row ${line} is for another trainee: one file is one trainee's export.`);
    const title = cleanText(rawModule);
    if (!title) return refuse(file, `row ${line} names no module.`);
    if (title === 'All modules') continue;
    let module = byModule.get(title);
    if (!module) {
      if (byModule.size >= COHORT_LIMITS.modules)
        return refuse(file, `lists more than ${COHORT_LIMITS.modules} modules, so it was not read.`);
      module = { title, answered: 0, correct: 0, total: 0, passMark: null, passed: false, done: false };
      byModule.set(title, module);
    }
    if (kind === 'check') {
      const question = cleanText(rawItem);
      const outcome = { correct: true, incorrect: false, 'not answered': null }[result];
      if (!question || outcome === undefined || !['correct', 'incorrect', 'not answered'].includes(result)) {
        return refuse(file, `row ${line} is a question without a result of correct, incorrect or not answered.`);
      }
      if (questions.length >= COHORT_LIMITS.modules * COHORT_LIMITS.checks) return refuse(file, 'lists too many questions.');
      questions.push({ module: title, question, correct: outcome });
      module.total += 1;
      if (outcome !== null) module.answered += 1;
      if (outcome === true) module.correct += 1;
    } else if (kind === 'pass') {
      if (result !== 'passed' && result !== 'not yet')
        return refuse(file, `row ${line} is a pass row whose result is neither passed nor not yet.`);
      module.passed = result === 'passed';
      const mark = /^pass mark (\d{1,3})%$/.exec(rawItem)?.[1];
      module.passMark = mark === undefined ? null : Number(mark);
    } else if (kind !== 'playbook' && kind !== 'score') {
      return refuse(file, `row ${line} has an unknown kind "${cleanText(kind)?.slice(0, 20) ?? ''}".`);
    }
  }
  const modules = [...byModule.values()].map((module) => ({ ...module, done: module.total > 0 && module.answered === module.total }));
  return trainee(file, name, due, modules, questions);
}

// ---- The cohort ----

export interface Cohort {
  trainees: TraineeProgress[];
  /** Module titles in the order first seen. */
  modules: string[];
  /** Messages for files that were refused, one each. */
  refused: string[];
}

export function emptyCohort(): Cohort {
  return { trainees: [], modules: [], refused: [] };
}

/**
 * Adds read files to the cohort. A trainee already in it is replaced by the newer file (the
 * trainer chose it again); more than the file limit is refused.
 */
export function addToCohort(cohort: Cohort, results: readonly FileResult[]): Cohort {
  const trainees = new Map(cohort.trainees.map((trainee) => [trainee.trainee.toLowerCase(), trainee]));
  const refused: string[] = [];
  for (const result of results) {
    if (!result.ok) {
      refused.push(result.message);
      continue;
    }
    const key = result.progress.trainee.toLowerCase();
    if (!trainees.has(key) && trainees.size >= COHORT_LIMITS.files) {
      refused.push(`${result.progress.file}: the cohort view shows at most ${COHORT_LIMITS.files} trainees.`);
      continue;
    }
    trainees.set(key, result.progress);
  }
  const list = [...trainees.values()].sort((a, b) => a.trainee.localeCompare(b.trainee, 'en'));
  const modules = [...new Set(list.flatMap((trainee) => trainee.modules.map((module) => module.title)))];
  return { trainees: list, modules, refused };
}

/** Behind: a due date before `today` and a module not yet passed. */
export function isOverdue(trainee: Pick<TraineeProgress, 'due' | 'modules'>, today: string): boolean {
  return trainee.due !== null && dueStatus(trainee.due, today).days < 0 && !trainee.modules.every((module) => module.passed);
}

export interface MissedQuestion {
  module: string;
  question: string;
  missed: number;
  answered: number;
}

/** Questions answered wrong by the most trainees, then by the highest share of those who answered; at most `limit`. */
export function mostMissed(cohort: Pick<Cohort, 'trainees'>, limit = 10): MissedQuestion[] {
  const tally = new Map<string, MissedQuestion>();
  for (const trainee of cohort.trainees) {
    for (const { module, question, correct } of trainee.questions) {
      if (correct === null) continue;
      const key = `${module}\u0000${question}`;
      const entry = tally.get(key) ?? { module, question, missed: 0, answered: 0 };
      entry.answered += 1;
      if (!correct) entry.missed += 1;
      tally.set(key, entry);
    }
  }
  return [...tally.values()]
    .filter((entry) => entry.missed > 0)
    .sort((a, b) => b.missed - a.missed || b.missed / b.answered - a.missed / a.answered || a.question.localeCompare(b.question, 'en'))
    .slice(0, limit);
}

/** A module's cell in the table, short enough for a column: "Passed · 100%", "Not passed · 50%", "2 of 4 answered", "Not assigned". */
export function describeCell(module: ModuleResult | undefined): string {
  if (!module) return 'Not assigned';
  const score = `${percent(module.correct, module.total)}%`;
  if (module.passed) return `Passed · ${score}`;
  if (module.done) return `Not passed · ${score}`;
  return `${module.answered} of ${module.total} answered`;
}

/** One row per trainee and module, for a spreadsheet; every field through csvField. */
export function cohortCsv(cohort: Cohort, today: string): string {
  const rows = [['trainee', 'due', 'overdue', 'module', 'done', 'answered', 'correct', 'questions', 'score', 'pass mark', 'passed']];
  for (const trainee of cohort.trainees) {
    const overdue = isOverdue(trainee, today) ? 'yes' : 'no';
    for (const module of trainee.modules) {
      rows.push([
        trainee.trainee,
        trainee.due ?? '',
        overdue,
        module.title,
        module.done ? 'yes' : 'no',
        String(module.answered),
        String(module.correct),
        String(module.total),
        `${percent(module.correct, module.total)}%`,
        module.passMark === null ? '' : `${module.passMark}%`,
        module.passed ? 'yes' : 'no',
      ]);
    }
  }
  return `${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
