import { describe, expect, it } from 'vitest';
import { cmi5Verdict, lmsResult, scorm12Status, scorm2004Status, scormScore } from '../../../src/training/export/lms-result.ts';
import type { ReportModule } from '../../../src/training/progress.ts';
import { checkKey } from '../../../src/training/quiz.ts';
import { CALLS, FEES } from './fixtures.ts';

const MODULES: ReportModule[] = [CALLS, FEES].map((module) => ({ ...module, checks: module.checks }));
const answers = (pairs: [string, string, string][]) =>
  Object.fromEntries(pairs.map(([module, question, choice]) => [checkKey(module, question), choice]));
const ALL_RIGHT = answers([
  ['calls', 'What do you say first?', 'Your name'],
  ['calls', 'When do you verify?', 'Before the account'],
  ['fees', 'Who may waive a fee?', 'A supervisor'],
]);

describe('lmsResult and the words of each standard', () => {
  it('is incomplete with the score so far while questions are left', () => {
    const result = lmsResult(MODULES, { read: [], answers: answers([['calls', 'What do you say first?', 'Your name']]) });
    expect(result).toMatchObject({ completed: false, passed: false, progress: 0.33, score: { correct: 1, total: 3, percent: 33 } });
    expect(scorm12Status(result)).toBe('incomplete');
    expect(scorm2004Status(result)).toEqual({ completion: 'incomplete', success: 'unknown' });
    expect(cmi5Verdict(result).send).toBe(false);
  });

  it('passes when every module reaches its own pass mark', () => {
    const result = lmsResult(MODULES, { read: [], answers: ALL_RIGHT });
    expect(scorm12Status(result)).toBe('passed');
    expect(scorm2004Status(result)).toEqual({ completion: 'completed', success: 'passed' });
    expect(scormScore(result)).toEqual({ raw: '100', min: '0', max: '100', scaled: '1' });
    expect(cmi5Verdict(result)).toEqual({ send: true, passed: true, scaled: 1 });
  });

  it('fails a trainee who misses one module’s pass mark, even with a good overall score', () => {
    const result = lmsResult(MODULES, { read: [], answers: { ...ALL_RIGHT, [checkKey('fees', 'Who may waive a fee?')]: 'Anyone' } });
    expect(result.score.percent).toBe(67);
    expect(scorm12Status(result)).toBe('failed');
    expect(scorm2004Status(result)).toEqual({ completion: 'completed', success: 'failed' });
    expect(cmi5Verdict(result)).toEqual({ send: true, passed: false, scaled: 0.67 });
  });

  it('never completes or passes a package with no questions', () => {
    expect(lmsResult([], { read: [], answers: {} })).toMatchObject({ completed: false, passed: false, progress: 0 });
  });
});
