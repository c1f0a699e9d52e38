import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_LIMITS,
  assignmentKey,
  cleanDue,
  cleanTrainee,
  decodeAssignment,
  dueStatus,
  encodeAssignment,
  formatDay,
  localDay,
  type Assignment,
  type Decoded,
} from '../../src/training/assignment.ts';
import { ID_PATTERN } from '../../src/schemas/ids.ts';

const PATH: Assignment = { scope: { kind: 'path', path: 'new-hire-week-1' }, trainee: 'Sam Lee', due: '2026-12-04' };
const MODULES: Assignment = { scope: { kind: 'modules', modules: ['fee-fairness', 'hostile-callers'] }, trainee: 'Ana', due: undefined };

function assignmentOf(decoded: Decoded): Assignment {
  if (!decoded.ok) throw new Error(`expected a decoded assignment, got: ${decoded.reason}`);
  return decoded.assignment;
}

/** Every string a decoded assignment holds, for checks that must hold for all of them. */
function texts(decoded: Decoded): string[] {
  if (!decoded.ok) return [decoded.reason];
  const { scope, trainee, due } = decoded.assignment;
  return [...(scope.kind === 'path' ? [scope.path] : scope.modules), trainee, due ?? '', ...decoded.notes];
}

/** Deterministic pseudo-random generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ALPHABET = [
  'a',
  'z',
  '0',
  '-',
  '&',
  '=',
  '?',
  '%',
  '%3C',
  '%3E',
  '<',
  '>',
  '"',
  "'",
  ' ',
  '+',
  ',',
  '\u202e',
  '\u0000',
  '😀',
  '\ud800',
  'é',
  'modules=',
  'path=',
  'trainee=',
  'due=',
  'kind=',
];

function randomQuery(next: () => number): string {
  const length = Math.floor(next() * 60);
  return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '').join('');
}

describe('encodeAssignment and decodeAssignment', () => {
  it('round-trips a path assignment through the link', () => {
    const query = encodeAssignment(PATH);
    expect(query).toBe('path=new-hire-week-1&trainee=Sam+Lee&due=2026-12-04');
    expect(decodeAssignment(`?${query}`)).toEqual({ ok: true, assignment: PATH, notes: [] });
  });

  it('round-trips chosen modules, keeping their order, with no due date', () => {
    const query = encodeAssignment(MODULES);
    expect(query).toBe('modules=fee-fairness&modules=hostile-callers&trainee=Ana');
    expect(assignmentOf(decodeAssignment(query))).toEqual(MODULES);
  });

  it('reads what the builder form sends without JavaScript, using kind to choose modules over path', () => {
    const decoded = decodeAssignment('kind=modules&path=new-hire-week-1&modules=porting-rescue&modules=fee-fairness&trainee=Jo&due=');
    expect(assignmentOf(decoded).scope).toEqual({ kind: 'modules', modules: ['porting-rescue', 'fee-fairness'] });
    expect(assignmentOf(decodeAssignment('kind=path&path=new-hire-week-1&trainee=Jo')).scope).toEqual({
      kind: 'path',
      path: 'new-hire-week-1',
    });
  });

  it('accepts a hand-typed comma-separated module list and drops repeats', () => {
    expect(assignmentOf(decodeAssignment('modules=a,b, a&modules=c')).scope).toEqual({ kind: 'modules', modules: ['a', 'b', 'c'] });
  });

  it('refuses a link that names no path or module, with a reason for the trainee', () => {
    expect(decodeAssignment('trainee=Sam')).toEqual({
      ok: false,
      reason: 'This link names no training path or module. Ask your trainer for a new link.',
    });
    expect(decodeAssignment('').ok).toBe(false);
  });

  it('drops module ids that are not ids, and says so', () => {
    const decoded = decodeAssignment('modules=good-one&modules=../../etc&modules=%3Cscript%3E');
    expect(decoded).toEqual({
      ok: true,
      assignment: { scope: { kind: 'modules', modules: ['good-one'] }, trainee: '', due: undefined },
      notes: ['Some module names in the link were not valid and were left out.'],
    });
  });

  it('falls back to modules when the path is not a valid id', () => {
    const decoded = decodeAssignment('path=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&modules=fee-fairness');
    expect(assignmentOf(decoded).scope).toEqual({ kind: 'modules', modules: ['fee-fairness'] });
    expect(decoded.ok && decoded.notes).toEqual(['The path named in the link is not valid.']);
  });

  it('keeps at most the module limit', () => {
    const many = Array.from({ length: 50 }, (_, i) => `modules=m-${i}`).join('&');
    const decoded = decodeAssignment(many);
    const scope = assignmentOf(decoded).scope;
    expect(scope.kind === 'modules' && scope.modules).toHaveLength(ASSIGNMENT_LIMITS.modules);
    expect(decoded.ok && decoded.notes).toContain(`Only the first ${ASSIGNMENT_LIMITS.modules} modules in the link are shown.`);
  });

  it('refuses a huge link whole instead of parsing it', () => {
    const decoded = decodeAssignment(`path=a&trainee=${'x'.repeat(1_000_000)}`);
    expect(decoded.ok).toBe(false);
  });

  it('drops a due date that is not a real day, and says so', () => {
    for (const due of ['2026-02-30', 'tomorrow', '2026-13-01', '1999-12-31', '2100-01-01', '2026-1-5', '<script>']) {
      const decoded = decodeAssignment(`path=p&due=${encodeURIComponent(due)}`);
      expect(assignmentOf(decoded).due, due).toBeUndefined();
      expect(decoded.ok && decoded.notes, due).toEqual(['The due date in the link could not be read, so none is shown.']);
    }
  });

  it('turns hostile trainee names into plain text with no angle brackets', () => {
    const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', "javascript:alert('x')"];
    for (const name of hostile) {
      const trainee = assignmentOf(decodeAssignment(`path=p&trainee=${encodeURIComponent(name)}`)).trainee;
      expect(trainee, name).not.toMatch(/[<>]/);
    }
    expect(assignmentOf(decodeAssignment('path=p&trainee=%3Cb%3ESam%3C%2Fb%3E')).trainee).toBe('b Sam /b');
  });

  it('never throws and never yields markup or invalid ids for random query strings', () => {
    const next = random(20261125);
    for (let i = 0; i < 3000; i++) {
      const query = randomQuery(next);
      let decoded: Decoded | undefined;
      expect(() => (decoded = decodeAssignment(query)), query).not.toThrow();
      if (!decoded) continue;
      for (const text of texts(decoded)) expect(text, query).not.toMatch(/[<>\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
      if (decoded.ok) {
        const { scope, due } = decoded.assignment;
        for (const id of scope.kind === 'path' ? [scope.path] : scope.modules) expect(id, query).toMatch(ID_PATTERN);
        if (due !== undefined) expect(cleanDue(due)).toBe(due);
      }
    }
  });

  it('never throws on malformed percent escapes', () => {
    expect(() => decodeAssignment('path=%E0%A4%A&trainee=%%%')).not.toThrow();
    expect(assignmentOf(decodeAssignment('path=p&trainee=%%%')).trainee).toBe('%%%');
  });

  it('leaves out a path that is not an id, so the link says it names nothing', () => {
    const query = encodeAssignment({ scope: { kind: 'path', path: '../admin' }, trainee: 'Sam', due: undefined });
    expect(query).toBe('trainee=Sam');
    expect(decodeAssignment(query).ok).toBe(false);
  });

  it('encodes the cleaned name and date, so what is shared is what is shown', () => {
    const query = encodeAssignment({ scope: { kind: 'path', path: 'p' }, trainee: '  <Sam>\u202e  ', due: '2026-02-30' });
    expect(query).toBe('path=p&trainee=Sam');
  });
});

describe('cleanTrainee', () => {
  it('removes control, bidi-override and zero-width characters and collapses spaces', () => {
    expect(cleanTrainee('  Sam\u0000\u202e\u200b   Lee\n\t')).toBe('Sam Lee');
  });

  it('cuts a long name at the limit without splitting an emoji', () => {
    const name = `${'a'.repeat(ASSIGNMENT_LIMITS.trainee - 1)}😀😀`;
    const cleaned = cleanTrainee(name);
    expect(Array.from(cleaned)).toHaveLength(ASSIGNMENT_LIMITS.trainee);
    expect(cleaned.endsWith('😀')).toBe(true);
  });

  it('drops a lone surrogate, which cannot be stored or shown', () => {
    expect(cleanTrainee('Sam\ud800')).toBe('Sam');
  });

  it('keeps apostrophes, accents and non-Latin names intact', () => {
    expect(cleanTrainee("Siobhán O'Neill")).toBe("Siobhán O'Neill");
    expect(cleanTrainee('山田 太郎')).toBe('山田 太郎');
  });
});

describe('assignment keys and due dates', () => {
  it('gives the same key to the same assignment whatever its due date or name case', () => {
    expect(assignmentKey(PATH)).toBe(assignmentKey({ ...PATH, due: '2027-01-10', trainee: 'sam lee' }));
  });

  it('gives different keys to different trainees and different modules', () => {
    expect(assignmentKey(PATH)).not.toBe(assignmentKey({ ...PATH, trainee: 'Ana' }));
    expect(assignmentKey(MODULES)).not.toBe(assignmentKey({ ...MODULES, scope: { kind: 'modules', modules: ['fee-fairness'] } }));
  });

  it('says how far away the due day is, or how overdue it is', () => {
    expect(dueStatus('2026-12-04', '2026-11-25')).toEqual({ days: 9, label: 'due in 9 days' });
    expect(dueStatus('2026-11-26', '2026-11-25')).toEqual({ days: 1, label: 'due tomorrow' });
    expect(dueStatus('2026-11-25', '2026-11-25')).toEqual({ days: 0, label: 'due today' });
    expect(dueStatus('2026-11-24', '2026-11-25')).toEqual({ days: -1, label: 'overdue by 1 day' });
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(dueStatus('2027-04-01', '2027-03-01').days).toBe(31);
  });

  it('uses the reader’s own calendar day, not UTC’s', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('spells a day out in words, with the weekday, for the printed sheet', () => {
    // ICU versions differ on the comma after the weekday.
    expect(formatDay('2026-12-04')).toMatch(/^Friday,? 4 December 2026$/);
  });
});
