import { describe, expect, it } from 'vitest';
import {
  checkKey,
  combineScores,
  correctNeeded,
  describeScore,
  feedback,
  isCorrect,
  passes,
  passLabel,
  percent,
  questionsShown,
  scoreModule,
} from '../../src/training/quiz.ts';
import { questionId } from '../../src/training/shuffle.ts';

const questions = [
  { question: 'What must stay live?', answer: 'A live number' },
  { question: 'How often do you verify?', answer: 'Always' },
  { question: 'Can you promise a time?', answer: 'No' },
  { question: 'Who owns the callback?', answer: 'Named person' },
];
const key = (index: number) => checkKey('m', questions[index]?.question ?? '');

describe('quiz', () => {
  it('keys a question by module id and the question’s words, not its position', () => {
    expect(checkKey('porting-rescue', 'Why did the port fail?')).toBe(`porting-rescue:${questionId('Why did the port fail?')}`);
    expect(checkKey('porting-rescue', 'Why did the port fail?')).toMatch(/^porting-rescue:q[0-9a-z]+$/);
  });

  it('marks only the exact answer as correct', () => {
    const question = questions[0] ?? { question: '', answer: '' };
    expect(isCorrect(question, 'A live number')).toBe(true);
    expect(isCorrect(question, 'a live number')).toBe(false);
    expect(isCorrect(question, undefined)).toBe(false);
  });

  it('rounds a percent to a whole number and returns 0 when there is nothing to count', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
    expect(percent(5, 4)).toBe(100);
    expect(percent(Number.NaN, 4)).toBe(0);
  });

  it('scores a module from its own answers and ignores other modules’ answers', () => {
    const answers = { [key(0)]: 'A live number', [key(1)]: 'Never', [`other:${questionId('Can you promise a time?')}`]: 'No' };
    expect(scoreModule('m', questions, answers)).toEqual({ answered: 2, correct: 1, total: 4, percent: 25 });
  });

  it('scores every question when all are answered correctly', () => {
    const answers = { [key(0)]: 'A live number', [key(1)]: 'Always', [key(2)]: 'No', [key(3)]: 'Named person' };
    expect(scoreModule('m', questions, answers).percent).toBe(100);
  });

  it('scores the same answers the same in any order, as a shuffled or drawn order cannot mix them up', () => {
    const answers = { [key(0)]: 'A live number', [key(2)]: 'Yes', [key(3)]: 'Named person' };
    const forward = scoreModule('m', questions, answers);
    expect(scoreModule('m', [...questions].reverse(), answers)).toEqual(forward);
    expect(forward).toEqual({ answered: 3, correct: 2, total: 4, percent: 50 });
  });

  it('scores only the questions a trainee was given, ignoring answers to the rest of the bank', () => {
    const answers = { [key(0)]: 'A live number', [key(1)]: 'Always' };
    expect(
      scoreModule(
        'm',
        [questions[0], questions[2]].flatMap((q) => q ?? []),
        answers,
      ),
    ).toEqual({
      answered: 1,
      correct: 1,
      total: 2,
      percent: 50,
    });
  });

  it('combines module scores over all questions, so a longer module weighs more', () => {
    const combined = combineScores([
      { answered: 4, correct: 4, total: 4, percent: 100 },
      { answered: 1, correct: 0, total: 1, percent: 0 },
    ]);
    expect(combined).toEqual({ answered: 5, correct: 4, total: 5, percent: 80 });
  });

  it('says "Correct." for the right answer and names the right answer otherwise', () => {
    const question = questions[1] ?? { question: '', answer: '' };
    expect(feedback(question, 'Always')).toBe('Correct.');
    expect(feedback(question, 'Never')).toBe('Not quite. The answer is: Always');
  });

  it('describes a score, with how many questions are still to answer', () => {
    expect(describeScore({ answered: 4, correct: 3, total: 4, percent: 75 })).toBe('3 of 4 correct (75%)');
    expect(describeScore({ answered: 1, correct: 1, total: 4, percent: 25 })).toBe('1 of 4 correct (25%), 3 still to answer');
    expect(describeScore({ answered: 0, correct: 0, total: 0, percent: 0 })).toBe('No questions');
  });
});

describe('pass mark', () => {
  const score = (correct: number, total: number, answered = total) => ({ answered, correct, total, percent: percent(correct, total) });

  it('needs the pass mark’s share of the questions, rounded up to a whole question', () => {
    expect(correctNeeded(5, 80)).toBe(4);
    expect(correctNeeded(4, 80)).toBe(4);
    expect(correctNeeded(3, 70)).toBe(3);
    expect(correctNeeded(3, 60)).toBe(2);
    expect(correctNeeded(10, 100)).toBe(10);
    expect(correctNeeded(6, 50)).toBe(3);
  });

  it('passes on exactly enough right answers, counted exactly and not from the rounded percent', () => {
    expect(passes(score(4, 5), 80)).toBe(true);
    expect(passes(score(3, 4), 80)).toBe(false);
    // 2 of 3 is 66.7%, shown as 67%: it does not pass a 67% mark.
    expect(passes(score(2, 3), 67)).toBe(false);
    expect(passes(score(2, 3), 66)).toBe(true);
  });

  it('counts unanswered questions as not right, so "Passed" never goes back to "Not yet"', () => {
    expect(passes(score(4, 5, 4), 80)).toBe(true);
    expect(passes(score(3, 5, 3), 80)).toBe(false);
  });

  it('never passes a module with no questions', () => {
    expect(passes(score(0, 0), 80)).toBe(false);
  });

  it('labels the result', () => {
    expect([passLabel(true), passLabel(false)]).toEqual(['Passed', 'Not yet']);
  });

  it('counts the questions a trainee is given: checksShown of the bank, or all of them', () => {
    const checks = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(questionsShown({ checks, checksShown: 4 })).toBe(4);
    expect(questionsShown({ checks })).toBe(6);
    expect(questionsShown({ checks: checks.slice(0, 3), checksShown: 4 })).toBe(3);
  });
});
