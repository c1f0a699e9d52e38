import { describe, expect, it } from 'vitest';
import { checkKey, combineScores, describeScore, feedback, isCorrect, percent, scoreModule } from '../../src/training/quiz.ts';

const questions = [
  { choices: ['A live number', 'An expired PIN'], answer: 'A live number' },
  { choices: ['Always', 'Never', 'Twice'], answer: 'Always' },
  { choices: ['Yes', 'No'], answer: 'No' },
  { choices: ['Named person', 'Someone'], answer: 'Named person' },
];

describe('quiz', () => {
  it('keys a question by module id and position', () => {
    expect(checkKey('porting-rescue', 0)).toBe('porting-rescue:0');
  });

  it('marks only the exact answer as correct', () => {
    expect(isCorrect(questions[0] ?? { choices: [], answer: '' }, 'A live number')).toBe(true);
    expect(isCorrect(questions[0] ?? { choices: [], answer: '' }, 'a live number')).toBe(false);
    expect(isCorrect(questions[0] ?? { choices: [], answer: '' }, undefined)).toBe(false);
  });

  it('rounds a percent to a whole number and returns 0 when there is nothing to count', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
    expect(percent(5, 4)).toBe(100);
    expect(percent(Number.NaN, 4)).toBe(0);
  });

  it('scores a module from its own answers and ignores other modules’ answers', () => {
    const answers = { 'm:0': 'A live number', 'm:1': 'Never', 'other:2': 'No' };
    expect(scoreModule('m', questions, answers)).toEqual({ answered: 2, correct: 1, total: 4, percent: 25 });
  });

  it('scores every question when all are answered correctly', () => {
    const answers = { 'm:0': 'A live number', 'm:1': 'Always', 'm:2': 'No', 'm:3': 'Named person' };
    expect(scoreModule('m', questions, answers).percent).toBe(100);
  });

  it('combines module scores over all questions, so a longer module weighs more', () => {
    const combined = combineScores([
      { answered: 4, correct: 4, total: 4, percent: 100 },
      { answered: 1, correct: 0, total: 1, percent: 0 },
    ]);
    expect(combined).toEqual({ answered: 5, correct: 4, total: 5, percent: 80 });
  });

  it('says "Correct." for the right answer and names the right answer otherwise', () => {
    const question = questions[1] ?? { choices: [], answer: '' };
    expect(feedback(question, 'Always')).toBe('Correct.');
    expect(feedback(question, 'Never')).toBe('Not quite. The answer is: Always');
  });

  it('describes a score, with how many questions are still to answer', () => {
    expect(describeScore({ answered: 4, correct: 3, total: 4, percent: 75 })).toBe('3 of 4 correct (75%)');
    expect(describeScore({ answered: 1, correct: 1, total: 4, percent: 25 })).toBe('1 of 4 correct (25%), 3 still to answer');
    expect(describeScore({ answered: 0, correct: 0, total: 0, percent: 0 })).toBe('No questions');
  });
});
