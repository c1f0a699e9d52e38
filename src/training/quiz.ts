// Knowledge checks: marking an answer, wording the feedback, scoring a module or an assignment,
// and whether it passes. Shared by the module page, the assignment page, the completion record and
// the progress export.
import { questionId } from './shuffle.ts';

export interface Question {
  question: string;
  answer: string;
}

export interface Score {
  /** Questions with an answer recorded. */
  answered: number;
  correct: number;
  /** All questions, answered or not. */
  total: number;
  /** `correct` out of `total`, as a whole percent. */
  percent: number;
}

/**
 * Where a module's question is kept in progress: `module-id:q…`, by the question's words (see
 * shuffle.ts `questionId`), never by its position, which differs from trainee to trainee.
 */
export function checkKey(moduleId: string, question: string): string {
  return `${moduleId}:${questionId(question)}`;
}

/** Only an exact choice is right: choices are shown as written, so nothing else can be picked. */
export function isCorrect(question: Pick<Question, 'answer'>, choice: string | undefined): boolean {
  return choice !== undefined && choice === question.answer;
}

/** `part` of `whole` as a whole percent from 0 to 100; 0 when there is nothing to count. */
export function percent(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((part / whole) * 100)));
}

/**
 * Scores the questions a trainee was given from one module against answers keyed by `checkKey`.
 * Answers to other questions (another module's, or ones not drawn for this trainee) are ignored.
 */
export function scoreModule(moduleId: string, questions: readonly Question[], answers: Readonly<Record<string, string>>): Score {
  let answered = 0;
  let correct = 0;
  for (const question of questions) {
    const choice = answers[checkKey(moduleId, question.question)];
    if (choice === undefined) continue;
    answered += 1;
    if (isCorrect(question, choice)) correct += 1;
  }
  return { answered, correct, total: questions.length, percent: percent(correct, questions.length) };
}

/** How many questions a trainee is given from a module: `checksShown` of its bank, or all of them. */
export function questionsShown(module: { checks: readonly unknown[]; checksShown?: number | undefined }): number {
  return Math.min(module.checksShown ?? module.checks.length, module.checks.length);
}

/** Right answers needed out of `total` to reach `passMark` percent. */
export function correctNeeded(total: number, passMark: number): number {
  return Math.ceil((Math.min(100, Math.max(0, passMark)) * total) / 100);
}

/**
 * Whether a module is passed: enough right answers for the pass mark, counted exactly rather than
 * from the rounded percent. Unanswered questions count as not right, so "Passed" never goes back
 * to "Not yet" as the trainee answers more.
 */
export function passes(score: Score, passMark: number): boolean {
  return score.total > 0 && score.correct >= correctNeeded(score.total, passMark);
}

export function passLabel(passed: boolean): 'Passed' | 'Not yet' {
  return passed ? 'Passed' : 'Not yet';
}

/** Adds module scores together; the percent is over all questions, so long modules weigh more. */
export function combineScores(scores: readonly Score[]): Score {
  const sum = (key: 'answered' | 'correct' | 'total') => scores.reduce((total, score) => total + score[key], 0);
  const correct = sum('correct');
  const total = sum('total');
  return { answered: sum('answered'), correct, total, percent: percent(correct, total) };
}

/** The words shown (and announced) after an answer. */
export function feedback(question: Pick<Question, 'answer'>, choice: string): string {
  return isCorrect(question, choice) ? 'Correct.' : `Not quite. The answer is: ${question.answer}`;
}

/** "3 of 4 correct (75%)", or how many are left when not all are answered. */
export function describeScore(score: Score): string {
  if (score.total === 0) return 'No questions';
  const result = `${score.correct} of ${score.total} correct (${score.percent}%)`;
  const left = score.total - score.answered;
  return left > 0 ? `${result}, ${left} still to answer` : result;
}
