import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  csvField,
  exportFileName,
  parseProgress,
  progressReport,
  reportToCsv,
  reportToJson,
  STORAGE_PREFIX,
  type ReportModule,
  type StorageLike,
} from '../../src/training/progress.ts';

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
      { question: 'Why did the port fail?', choices: ['PIN expired', 'Line cancelled'], answer: 'Line cancelled' },
      { question: 'What may you promise?', choices: ['Today', 'That you will try'], answer: 'That you will try' },
    ],
  },
];

describe('parseProgress', () => {
  it('reads what the store wrote', () => {
    const raw = JSON.stringify({ read: ['m/p'], answers: { 'm:0': 'Yes' } });
    expect(parseProgress(raw)).toEqual({ read: ['m/p'], answers: { 'm:0': 'Yes' } });
  });

  it('ignores corrupt JSON, JSON of the wrong shape, and nothing at all', () => {
    for (const raw of [null, '', '{', 'null', '42', '"text"', '[]', '{"read":"m/p","answers":[]}', 'undefined']) {
      expect(parseProgress(raw), String(raw)).toEqual({ read: [], answers: {} });
    }
  });

  it('keeps the well-formed entries of foreign JSON and drops the rest, one by one', () => {
    const raw = JSON.stringify({
      read: ['m/p', 42, '<img>/x', 'm/p', 'no-slash'],
      answers: { 'm:0': 'Yes', 'm:1': 7, __proto__: 'x', constructor: 'y', '<b>:1': 'z', 'm:2': 'x'.repeat(1000) },
      extra: { anything: true },
    });
    expect(parseProgress(raw)).toEqual({ read: ['m/p'], answers: { 'm:0': 'Yes' } });
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
    store.answer('porting-rescue:0', 'Line cancelled');
    const reloaded = createProgressStore(storage, 'path:week-1|sam');
    expect(reloaded.get()).toEqual({ read: ['porting-rescue/porting-troubleshooting'], answers: { 'porting-rescue:0': 'Line cancelled' } });
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
    store.answer('m:0', 'Wrong');
    expect(store.answer('m:0', 'Right').answers).toEqual({ 'm:0': 'Wrong' });
  });

  it('refuses malformed keys instead of storing them', () => {
    const store = createProgressStore(memoryStorage(), 'k');
    store.setRead('<script>', true);
    store.answer('__proto__', 'x');
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
    store.answer('m:0', 'Yes');
    expect(store.reset()).toEqual({ read: [], answers: {} });
    expect(storage.data.size).toBe(0);
    expect(createProgressStore(storage, 'k').get().answers).toEqual({});
  });

  it('keeps working from memory, and says so, when storage refuses writes or reads', () => {
    const full = createProgressStore(memoryStorage({ refuseWrites: true }), 'k');
    expect(full.answer('m:0', 'Yes').answers).toEqual({ 'm:0': 'Yes' });
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
    store.answer('m:0', 'Yes');
    expect(store.persistent()).toBe(true);
  });
});

describe('progress export', () => {
  const header = {
    trainee: 'Sam Lee',
    due: '2026-12-04',
    assignment: 'New hire — week 1',
    link: 'https://example.org/training/assignment/?path=x',
  };
  const progress = { read: ['porting-rescue/porting-troubleshooting'], answers: { 'porting-rescue:0': 'Line cancelled' } };
  const report = progressReport(header, MODULES, progress, new Date('2026-11-25T10:00:00Z'));

  it('joins progress with the modules: playbooks read, answers chosen and marked, scores', () => {
    expect(report.modules[0]).toEqual({
      id: 'porting-rescue',
      title: 'Rescuing a failed number transfer',
      score: { answered: 1, correct: 1, total: 2, percent: 50 },
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
  });

  it('exports JSON that reads back to the same report', () => {
    expect(JSON.parse(reportToJson(report))).toEqual({ ...report, exportedAt: '2026-11-25T10:00:00.000Z', due: '2026-12-04' });
  });

  it('exports CSV with a header, one row per playbook, question and score, and CRLF line ends', () => {
    expect(reportToCsv(report).split('\r\n')).toEqual([
      'trainee,due,module,kind,item,answer,result',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,playbook,Porting troubleshooting,,read',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,playbook,Calling another provider for the customer,,not read',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,check,Why did the port fail?,Line cancelled,correct',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,check,What may you promise?,,not answered',
      'Sam Lee,2026-12-04,Rescuing a failed number transfer,score,1 of 2,,50%',
      'Sam Lee,2026-12-04,All modules,score,1 of 2,,50%',
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
