import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  csvField,
  describeUpgrade,
  LEGACY_STORAGE_PREFIX,
  upgradeLegacyProgress,
  exportFileName,
  parseProgress,
  progressReport,
  reportToCsv,
  reportToJson,
  STORAGE_PREFIX,
  type LegacyModule,
  type ReportModule,
  type StorageLike,
} from '../../src/training/progress.ts';
import { checkKey } from '../../src/training/quiz.ts';

const FAIL = checkKey('porting-rescue', 'Why did the port fail?');
const PROMISE = checkKey('porting-rescue', 'What may you promise?');

/** A Map-backed Storage, optionally refusing writes like a full or private-mode localStorage. */
function memoryStorage(options: { refuseWrites?: boolean; refuseReads?: boolean } = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => {
      if (options.refuseReads) throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (options.refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

const MODULES: ReportModule[] = [
  {
    id: 'porting-rescue',
    title: 'Rescuing a failed number transfer',
    steps: [
      { playbook: 'porting-troubleshooting', title: 'Porting troubleshooting' },
      { playbook: 'calling-another-provider', title: 'Calling another provider for the customer' },
    ],
    checks: [
      { question: 'Why did the port fail?', answer: 'Line cancelled' },
      { question: 'What may you promise?', answer: 'That you will try' },
    ],
    passMark: 50,
  },
];

describe('parseProgress', () => {
  it('reads what the store wrote', () => {
    const raw = JSON.stringify({ read: ['m/p'], answers: { 'm:q1a2b': 'Yes' } });
    expect(parseProgress(raw)).toEqual({ read: ['m/p'], answers: { 'm:q1a2b': 'Yes' } });
  });

  it('does not read answers kept by position (version 1) as answers: they are upgraded, not trusted', () => {
    expect(parseProgress(JSON.stringify({ read: [], answers: { 'm:0': 'Yes' } })).answers).toEqual({});
  });

  it('ignores corrupt JSON, JSON of the wrong shape, and nothing at all', () => {
    for (const raw of [null, '', '{', 'null', '42', '"text"', '[]', '{"read":"m/p","answers":[]}', 'undefined']) {
      expect(parseProgress(raw), String(raw)).toEqual({ read: [], answers: {} });
    }
  });

  it('keeps the well-formed entries of foreign JSON and drops the rest, one by one', () => {
    const raw = JSON.stringify({
      read: ['m/p', 42, '<img>/x', 'm/p', 'no-slash'],
      answers: { 'm:qa': 'Yes', 'm:qb': 7, __proto__: 'x', constructor: 'y', '<b>:qa': 'z', 'm:qc': 'x'.repeat(1000), 'm:qtoolong1': 'n' },
      extra: { anything: true },
    });
    expect(parseProgress(raw)).toEqual({ read: ['m/p'], answers: { 'm:qa': 'Yes' } });
  });

  it('does not let a "__proto__" key change the object it returns', () => {
    const progress = parseProgress('{"read":[],"answers":{"__proto__":{"polluted":"yes"}}}');
    expect(Object.getPrototypeOf(progress.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('createProgressStore', () => {
  it('keeps playbooks read and answers per assignment, and they survive a new store (a reload)', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, 'path:week-1|sam');
    store.setRead('porting-rescue/porting-troubleshooting', true);
    store.answer(FAIL, 'Line cancelled');
    const reloaded = createProgressStore(storage, 'path:week-1|sam');
    expect(reloaded.get()).toEqual({ read: ['porting-rescue/porting-troubleshooting'], answers: { [FAIL]: 'Line cancelled' } });
    expect(createProgressStore(storage, 'path:week-1|ana').get()).toEqual({ read: [], answers: {} });
    expect([...storage.data.keys()]).toEqual([`${STORAGE_PREFIX}path:week-1|sam`]);
  });

  it('unticks a playbook and never lists one twice', () => {
    const store = createProgressStore(memoryStorage(), 'k');
    store.setRead('m/p', true);
    store.setRead('m/p', true);
    expect(store.get().read).toEqual(['m/p']);
    expect(store.setRead('m/p', false).read).toEqual([]);
  });

  it('keeps the first answer to a question, so the score cannot be improved by guessing again', () => {
    const store = createProgressStore(memoryStorage(), 'k');
    store.answer('m:qa', 'Wrong');
    expect(store.answer('m:qa', 'Right').answers).toEqual({ 'm:qa': 'Wrong' });
  });

  it('refuses malformed keys instead of storing them', () => {
    const store = createProgressStore(memoryStorage(), 'k');
    store.setRead('<script>', true);
    store.answer('__proto__', 'x');
    store.answer('m:0', 'x');
    expect(store.get()).toEqual({ read: [], answers: {} });
  });

  it('starts over when the stored value is corrupt', () => {
    const storage = memoryStorage();
    storage.setItem(`${STORAGE_PREFIX}k`, '{"read": [oops');
    expect(createProgressStore(storage, 'k').get()).toEqual({ read: [], answers: {} });
  });

  it('resets to nothing and removes the stored value', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, 'k');
    store.answer('m:qa', 'Yes');
    expect(store.reset()).toEqual({ read: [], answers: {} });
    expect(storage.data.size).toBe(0);
    expect(createProgressStore(storage, 'k').get().answers).toEqual({});
  });

  it('keeps working from memory, and says so, when storage refuses writes or reads', () => {
    const full = createProgressStore(memoryStorage({ refuseWrites: true }), 'k');
    expect(full.answer('m:qa', 'Yes').answers).toEqual({ 'm:qa': 'Yes' });
    expect(full.persistent()).toBe(false);
    const locked = createProgressStore(memoryStorage({ refuseReads: true }), 'k');
    expect(locked.get()).toEqual({ read: [], answers: {} });
    expect(locked.persistent()).toBe(false);
    const none = createProgressStore(undefined, 'k');
    expect(none.setRead('m/p', true).read).toEqual(['m/p']);
    expect(none.persistent()).toBe(false);
  });

  it('reports storage as persistent while writes succeed', () => {
    const store = createProgressStore(memoryStorage(), 'k');
    store.answer('m:qa', 'Yes');
    expect(store.persistent()).toBe(true);
  });
});

describe('version 1 progress (answers kept by position)', () => {
  const modules: LegacyModule[] = [
    {
      id: 'porting-rescue',
      checks: [
        { question: 'Why did the port fail?', choices: ['PIN expired', 'Line cancelled'] },
        { question: 'What may you promise?', choices: ['Today', 'That you will try'] },
      ],
    },
  ];
  const legacy = JSON.stringify({
    read: ['porting-rescue/porting-troubleshooting'],
    // 0: still a choice of question 0. 1: "Tomorrow" is no choice of the question now at 1 (it was
    // replaced). 7: no such question. other-module: not in this assignment any more.
    answers: { 'porting-rescue:0': 'Line cancelled', 'porting-rescue:1': 'Tomorrow', 'porting-rescue:7': 'x', 'other-module:0': 'y' },
  });

  it('keeps an answer under its question’s new key while its text is still one of that question’s choices, and drops the rest', () => {
    expect(upgradeLegacyProgress(legacy, modules)).toEqual({
      progress: { read: ['porting-rescue/porting-troubleshooting'], answers: { [FAIL]: 'Line cancelled' } },
      kept: 1,
      dropped: 3,
    });
  });

  it('reads nothing from corrupt version 1 progress', () => {
    expect(upgradeLegacyProgress('{oops', modules)).toEqual({ progress: { read: [], answers: {} }, kept: 0, dropped: 0 });
  });

  it('upgrades once when the store opens: saved as version 2, the old entry removed, the result kept for the page', () => {
    const storage = memoryStorage();
    storage.setItem(`${LEGACY_STORAGE_PREFIX}path:week-1|sam`, legacy);
    const store = createProgressStore(storage, 'path:week-1|sam', modules);
    expect(store.get().answers).toEqual({ [FAIL]: 'Line cancelled' });
    expect(store.upgrade()).toMatchObject({ kept: 1, dropped: 3 });
    expect([...storage.data.keys()]).toEqual([`${STORAGE_PREFIX}path:week-1|sam`]);
    const reloaded = createProgressStore(storage, 'path:week-1|sam', modules);
    expect(reloaded.get()).toEqual(store.get());
    expect(reloaded.upgrade()).toBeUndefined();
  });

  it('prefers version 2 progress when both are stored', () => {
    const storage = memoryStorage();
    storage.setItem(`${LEGACY_STORAGE_PREFIX}k`, legacy);
    storage.setItem(`${STORAGE_PREFIX}k`, JSON.stringify({ read: [], answers: { [PROMISE]: 'Today' } }));
    const store = createProgressStore(storage, 'k', modules);
    expect(store.get().answers).toEqual({ [PROMISE]: 'Today' });
    expect(store.upgrade()).toBeUndefined();
  });

  it('keeps the old entry when the upgraded progress could not be saved', () => {
    const storage = memoryStorage({ refuseWrites: true });
    storage.data.set(`${LEGACY_STORAGE_PREFIX}k`, legacy);
    const store = createProgressStore(storage, 'k', modules);
    expect(store.get().answers).toEqual({ [FAIL]: 'Line cancelled' });
    expect(storage.data.has(`${LEGACY_STORAGE_PREFIX}k`)).toBe(true);
  });

  it('tells the trainee how many answers were cleared, and why, and says nothing when none were', () => {
    expect(describeUpgrade({ dropped: 3 })).toBe(
      '3 answers saved before these knowledge checks were changed no longer match their question, so they were cleared. Answer those questions again.',
    );
    expect(describeUpgrade({ dropped: 1 })).toBe(
      '1 answer saved before these knowledge checks were changed no longer matches its question, so it was cleared. Answer that question again.',
    );
    expect(describeUpgrade({ dropped: 0 })).toBeUndefined();
    expect(describeUpgrade(undefined)).toBeUndefined();
  });
});

describe('progress export', () => {
  const header = {
    trainee: 'Sam Lee',
    due: '2026-12-04',
    assignment: 'New hire — week 1',
    link: 'https://example.org/training/assignment/?path=x',
  };
  const progress = { read: ['porting-rescue/porting-troubleshooting'], answers: { [FAIL]: 'Line cancelled' } };
  const report = progressReport(header, MODULES, progress, new Date('2026-11-25T10:00:00Z'));

  it('joins progress with the modules: playbooks read, answers chosen and marked, scores', () => {
    expect(report.modules[0]).toEqual({
      id: 'porting-rescue',
      title: 'Rescuing a failed number transfer',
      score: { answered: 1, correct: 1, total: 2, percent: 50 },
      passMark: 50,
      passed: true,
      playbooks: [
        { id: 'porting-troubleshooting', title: 'Porting troubleshooting', read: true },
        { id: 'calling-another-provider', title: 'Calling another provider for the customer', read: false },
      ],
      checks: [
        { question: 'Why did the port fail?', chosen: 'Line cancelled', correct: true },
        { question: 'What may you promise?', chosen: null, correct: null },
      ],
    });
    expect(report.score.percent).toBe(50);
    expect(report.passed).toBe(true);
  });

  it('marks the assignment passed only when every module is', () => {
    const strict = progressReport(header, [{ ...MODULES[0], passMark: 80 } as ReportModule, ...MODULES], progress, new Date());
    expect(strict.modules.map((module) => module.passed)).toEqual([false, true]);
    expect(strict.passed).toBe(false);
    expect(progressReport(header, [], progress, new Date()).passed).toBe(false);
  });

  it('exports JSON marked as Frontline progress, version 1, that reads back to the same report', () => {
    expect(JSON.parse(reportToJson(report))).toEqual({
      format: 'frontline-progress',
      version: 1,
      ...report,
      exportedAt: '2026-11-25T10:00:00.000Z',
      due: '2026-12-04',
    });
  });

  it('exports CSV with a header, one row per playbook, question, score and pass, and CRLF line ends', () => {
    expect(reportToCsv(report).split('\r\n')).toEqual([
      'trainee,due,module,kind,item,answer,result',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,playbook,Porting troubleshooting,,read',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,playbook,Calling another provider for the customer,,not read',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,check,Why did the port fail?,Line cancelled,correct',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,check,What may you promise?,,not answered',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,score,1 of 2,,50%',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,pass,pass mark 50%,,passed',
      'Sam Lee,2026-12-04,All modules,score,1 of 2,,50%',
      'Sam Lee,2026-12-04,All modules,pass,1 of 1 modules passed,,passed',
      '',
    ]);
  });

  it('quotes CSV fields with commas, quotes or line breaks', () => {
    expect(csvField('Lee, Sam')).toBe('"Lee, Sam"');
    expect(csvField('say "hello"')).toBe('"say ""hello"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('neutralises a field a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('names the file after the trainee, in safe characters only', () => {
    expect(exportFileName('Sam Lee', 'csv')).toBe('frontline-progress-sam-lee.csv');
    expect(exportFileName('Siobhán O’Neill', 'json')).toBe('frontline-progress-siobhan-o-neill.json');
    expect(exportFileName('../../<>', 'csv')).toBe('frontline-progress-trainee.csv');
    expect(exportFileName('', 'json')).toBe('frontline-progress-trainee.json');
  });
});
