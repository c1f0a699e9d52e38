import { describe, expect, it } from 'vitest';
import {
  addToCohort,
  cohortCsv,
  COHORT_LIMITS,
  describeCell,
  emptyCohort,
  isOverdue,
  mostMissed,
  readProgressFile,
  type FileResult,
} from '../../src/training/cohort.ts';
import { reportToCsv, reportToJson } from '../../src/training/progress.ts';
import { exportedProgress } from '../helpers/progress-exports.ts';

/** An export as the assignment page writes it, due on `due`. */
const exported = (trainee: string, answers: Record<string, string>, due = '2026-12-04') => exportedProgress(trainee, answers, { due });

const read = (name: string, text: string): FileResult => readProgressFile(name, text.length, () => text);
/** The item at `index`, which the test knows is there. */
function at<T>(items: readonly T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}
const ok = (result: FileResult) => {
  if (!result.ok) throw new Error(result.message);
  return result.progress;
};

const SAM = exported('Sam Lee', {
  'Why did the port fail?': 'Line cancelled',
  'What may you promise?': 'A refund',
  'Who may waive a fee?': 'A supervisor',
});
const ALEX = exported('Alex Kim', { 'Why did the port fail?': 'Wrong PIN' });

describe('readProgressFile: the site’s own exports', () => {
  it('reads a JSON export into each module’s result and each question’s', () => {
    const progress = ok(read('sam.json', reportToJson(SAM)));
    expect(progress).toMatchObject({ file: 'sam.json', trainee: 'Sam Lee', due: '2026-12-04' });
    expect(progress.modules).toEqual([
      { title: 'Rescuing a failed number transfer', answered: 2, correct: 1, total: 2, passMark: 50, passed: true, done: true },
      { title: 'Fair fee decisions', answered: 1, correct: 1, total: 1, passMark: 100, passed: true, done: true },
    ]);
    expect(progress.questions).toContainEqual({
      module: 'Rescuing a failed number transfer',
      question: 'What may you promise?',
      correct: false,
    });
  });

  it('reads the CSV export of the same progress to the same result', () => {
    const fromJson = ok(read('sam.json', reportToJson(SAM)));
    const fromCsv = ok(read('sam.csv', reportToCsv(SAM)));
    expect({ ...fromCsv, file: 'sam.json' }).toEqual(fromJson);
  });

  it('reads an unfinished export as not done, with unanswered questions as such', () => {
    const progress = ok(read('alex.csv', reportToCsv(ALEX)));
    expect(progress.modules[0]).toMatchObject({ answered: 1, correct: 0, total: 2, passed: false, done: false });
    expect(progress.questions.filter((question) => question.correct === null)).toHaveLength(2);
  });

  it('reads a JSON export made before exports carried a version as version 1', () => {
    const old = JSON.parse(reportToJson(SAM)) as Record<string, unknown>;
    delete old['format'];
    delete old['version'];
    expect(ok(read('old.json', JSON.stringify(old))).trainee).toBe('Sam Lee');
  });
});

describe('readProgressFile: foreign and hostile files are refused, one clear message each', () => {
  const refused = (name: string, text: string, size = text.length) => {
    const result = readProgressFile(name, size, () => text);
    return result.ok ? 'read' : result.message;
  };

  it('refuses other file types and files too large to be an export, without reading them', () => {
    let reads = 0;
    const never = () => {
      reads += 1;
      return '';
    };
    expect(readProgressFile('setup.exe', 10, never)).toEqual({
      ok: false,
      file: 'setup.exe',
      message: 'setup.exe: not a progress export. Choose the .csv or .json file a trainee exported from their assignment page.',
    });
    expect(readProgressFile('huge.json', 50_000_000, never)).toMatchObject({
      message: 'huge.json: 50000 KB is far larger than a progress export (under 1 MB), so it was not read.',
    });
    expect(reads).toBe(0);
  });

  it('refuses malformed JSON and JSON of another shape, format or version', () => {
    expect(refused('a.json', '{"trainee": "Sam", "modules": [')).toMatch(
      /^a\.json: is not valid JSON \(.+\)\. Ask the trainee to export it again\.$/,
    );
    expect(refused('b.json', '[1, 2, 3]')).toBe('b.json: is JSON, but not a Frontline progress export (it has no trainee and modules).');
    expect(refused('c.json', JSON.stringify({ format: 'other-tool', trainee: 'x', modules: [] }))).toBe(
      'c.json: is JSON, but not a Frontline progress export.',
    );
    expect(refused('d.json', reportToJson(SAM).replace('"version": 1', '"version": 7'))).toBe(
      'd.json: is a progress export of version 7; this page reads version 1. Export it again from the current site.',
    );
    const impossible = JSON.parse(reportToJson(SAM)) as { modules: { score: { correct: number } }[] };
    at(impossible.modules, 0).score.correct = 99;
    expect(refused('e.json', JSON.stringify(impossible))).toBe('e.json: module 1 has no title or an impossible score.');
  });

  it('refuses malformed CSV, a CSV with other columns, and rows that break the export’s shape', () => {
    expect(refused('a.csv', 'trainee,due,module,kind,item,answer,result\r\n"Sam,2026-12-04,x,check,q,a,correct\r\n')).toMatch(
      /^a\.csv: is not a well-formed CSV \(row \d+: .+\)\.$/,
    );
    expect(refused('b.csv', 'name,email\r\nSam,sam@example.org\r\n')).toBe(
      'b.csv: is a CSV, but not a Frontline progress export (its first row should be trainee,due,module,kind,item,answer,result).',
    );
    const csv = reportToCsv(SAM);
    expect(refused('c.csv', csv.replace(',correct\r\n', ',maybe\r\n'))).toBe(
      'c.csv: row 3 is a question without a result of correct, incorrect or not answered.',
    );
    expect(refused('d.csv', `${csv}Someone Else,,Fair fee decisions,pass,pass mark 80%,,passed\r\n`)).toBe(
      "d.csv: row 12 is for another trainee: one file is one trainee's export.",
    );
    expect(refused('e.csv', csv.replace(',check,', ',script,'))).toBe('e.csv: row 3 has an unknown kind "script".');
  });

  it('keeps markup and formulas in names and questions as plain text, and strips control and bidi characters', () => {
    const hostile = exported('<img src=x onerror=alert(1)>\u202eSam', {});
    const json = ok(read('h.json', reportToJson(hostile).replace('Why did the port fail?', '=HYPERLINK(\\"http://evil\\",\\"x\\")')));
    expect(json.trainee).toBe('img src=x onerror=alert(1) Sam');
    expect(json.questions[0]?.question).toBe('=HYPERLINK("http://evil","x")');
    // The CSV export neutralised the leading =; reading it back gives the text the trainee saw.
    const csv = ok(read('h.csv', reportToCsv(exported('=HYPERLINK("http://evil","x")', {}))));
    expect(csv.trainee).toBe('=HYPERLINK("http://evil","x")');
  });

  it('treats __proto__ and constructor as ordinary text, polluting nothing', () => {
    const text = reportToJson(SAM)
      .replace(
        '"trainee": "Sam Lee"',
        '"trainee": "__proto__", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }',
      )
      .replace('"title": "Fair fee decisions"', '"title": "__proto__"');
    const progress = ok(read('p.json', text));
    const cohort = addToCohort(emptyCohort(), [{ ok: true, progress }]);
    expect(cohort.modules).toContain('__proto__');
    expect(cohort.trainees[0]?.trainee).toBe('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a file with more modules than any path has', () => {
    const many = JSON.parse(reportToJson(SAM)) as { modules: unknown[] };
    many.modules = Array.from({ length: COHORT_LIMITS.modules + 1 }, () => many.modules[0]);
    expect(refused('m.json', JSON.stringify(many))).toBe(`m.json: lists more than ${COHORT_LIMITS.modules} modules, so it was not read.`);
  });
});

describe('the cohort', () => {
  const cohort = addToCohort(emptyCohort(), [
    read('sam.json', reportToJson(SAM)),
    read('alex.csv', reportToCsv(ALEX)),
    read('x.exe', 'MZ'),
  ]);

  it('lists trainees by name, modules in the order first seen, and each refused file’s message', () => {
    expect(cohort.trainees.map((trainee) => trainee.trainee)).toEqual(['Alex Kim', 'Sam Lee']);
    expect(cohort.modules).toEqual(['Rescuing a failed number transfer', 'Fair fee decisions']);
    expect(cohort.refused).toEqual([
      'x.exe: not a progress export. Choose the .csv or .json file a trainee exported from their assignment page.',
    ]);
  });

  it('replaces a trainee’s earlier file when a newer one is added', () => {
    const newer = exported('Alex Kim', { 'Why did the port fail?': 'Line cancelled' });
    const updated = addToCohort(cohort, [read('alex-2.json', reportToJson(newer))]);
    expect(updated.trainees).toHaveLength(2);
    expect(updated.trainees[0]?.file).toBe('alex-2.json');
  });

  it('counts a trainee overdue once the due day has passed with a module not passed', () => {
    const [alex, sam] = [at(cohort.trainees, 0), at(cohort.trainees, 1)];
    expect(isOverdue(alex, '2026-12-05')).toBe(true);
    expect(isOverdue(alex, '2026-12-04')).toBe(false);
    expect(isOverdue(sam, '2026-12-05')).toBe(false);
  });

  it('ranks the questions most missed across the cohort, then by the share of those who answered', () => {
    expect(mostMissed(cohort)).toEqual([
      { module: 'Rescuing a failed number transfer', question: 'What may you promise?', missed: 1, answered: 1 },
      { module: 'Rescuing a failed number transfer', question: 'Why did the port fail?', missed: 1, answered: 2 },
    ]);
    expect(mostMissed(cohort, 1)).toHaveLength(1);
  });

  it('describes each cell of the table in words', () => {
    const [alex, sam] = [at(cohort.trainees, 0), at(cohort.trainees, 1)];
    expect(describeCell(sam.modules[0])).toBe('Passed · 50%');
    expect(describeCell(alex.modules[0])).toBe('1 of 2 answered');
    expect(describeCell({ ...at(sam.modules, 1), passed: false })).toBe('Not passed · 100%');
    expect(describeCell(undefined)).toBe('Not assigned');
  });

  it('writes a summary CSV with formula-leading cells neutralised', () => {
    const hostile = addToCohort(emptyCohort(), [read('h.csv', reportToCsv(exported('=HYPERLINK("http://evil","x")', {})))]);
    const csv = cohortCsv(hostile, '2026-12-10').split('\r\n');
    expect(csv[0]).toBe('trainee,due,overdue,module,done,answered,correct,questions,score,pass mark,passed');
    expect(csv[1]).toBe(`"'=HYPERLINK(""http://evil"",""x"")",2026-12-04,yes,Rescuing a failed number transfer,no,0,0,2,0%,50%,no`);
  });
});
