import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../../src/training/export/suspend-data.ts';
import { checkKey } from '../../../src/training/quiz.ts';
import { CALLS, FEES } from './fixtures.ts';

const FIRST = checkKey('calls', 'What do you say first?');
const WAIVE = checkKey('fees', 'Who may waive a fee?');
const MODULES = [CALLS, FEES];

describe('suspend data', () => {
  it('keeps answers as the chosen choice’s position, and ticks as they are', () => {
    const text = encodeSuspendData({ read: ['calls/greeting'], answers: { [FIRST]: 'Nothing', [WAIVE]: 'A supervisor' } }, MODULES);
    expect(JSON.parse(text)).toEqual({ v: 1, r: ['calls/greeting'], a: { [FIRST]: 1, [WAIVE]: 1 } });
  });

  it('gives back the progress it was made from', () => {
    const progress = { read: ['fees/fee-waiver'], answers: { [FIRST]: 'The weather' } };
    expect(decodeSuspendData(encodeSuspendData(progress, MODULES), MODULES)).toEqual(progress);
  });

  it('drops answers to questions the package no longer has, positions out of range and unknown steps', () => {
    const text = JSON.stringify({
      v: 1,
      r: ['calls/greeting', 'gone/page', 7],
      a: { [FIRST]: 9, 'calls:qgone': 0, [WAIVE]: 2, __proto__: 1 },
    });
    expect(decodeSuspendData(text, MODULES)).toEqual({ read: ['calls/greeting'], answers: { [WAIVE]: 'The caller' } });
  });

  it('starts afresh from empty, malformed or another version’s data', () => {
    for (const text of [undefined, '', '{', '[]', 'null', '{"v":2,"r":[],"a":{}}', JSON.stringify({ v: 1, a: 'x', r: 'y' })]) {
      expect(decodeSuspendData(text, MODULES)).toEqual({ read: [], answers: {} });
    }
  });

  it('leaves the ticks out rather than pass SCORM 1.2’s limit', () => {
    const read = Array.from({ length: 200 }, (_, index) => `calls/a-long-playbook-name-number-${index}`);
    const text = encodeSuspendData({ read, answers: { [FIRST]: 'Your name' } }, MODULES);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(JSON.parse(text)).toEqual({ v: 1, r: [], a: { [FIRST]: 0 } });
  });
});
