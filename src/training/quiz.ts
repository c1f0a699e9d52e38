// Knowledge checks: marking an answer, wording the feedback, scoring a module or an assignment.
// Shared by the module page, the assignment page and the progress export.

export interface Question {
  choices: readonly string[];
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

/** Where a module's question is kept in progress: `module-id:index`, index from 0. */
export function checkKey(moduleId: string, index: number): string {
  return `${moduleId}:${index}`;
}

/** Only an exact choice is right: choices are shown as written, so nothing else can be picked. */
export function isCorrect(question: Question, choice: string | undefined): boolean {
  return choice !== undefined && choice === question.answer;
}

/** `part` of `whole` as a whole percent from 0 to 100; 0 when there is nothing to count. */
export function percent(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((part / whole) * 100)));
}

/** Scores one module's questions against answers keyed by `checkKey`. Answers to other questions are ignored. */
export function scoreModule(moduleId: string, questions: readonly Question[], answers: Readonly<Record<string, string>>): Score {
  let answered = 0;
  let correct = 0;
  questions.forEach((question, index) => {
    const choice = answers[checkKey(moduleId, index)];
    if (choice === undefined) return;
    answered += 1;
    if (isCorrect(question, choice)) correct += 1;
  });
  return { answered, correct, total: questions.length, percent: percent(correct, questions.length) };
}

/** Adds module scores together; the percent is over all questions, so long modules weigh more. */
export function combineScores(scores: readonly Score[]): Score {
  const sum = (key: 'answered' | 'correct' | 'total') => scores.reduce((total, score) => total + score[key], 0);
  const correct = sum('correct');
  const total = sum('total');
  return { answered: sum('answered'), correct, total, percent: percent(correct, total) };
}

/** The words shown (and announced) after an answer. */
export function feedback(question: Question, choice: string): string {
  return isCorrect(question, choice) ? 'Correct.' : `Not quite. The answer is: ${question.answer}`;
}

/** "3 of 4 correct (75%)", or how many are left when not all are answered. */
export function describeScore(score: Score): string {
  if (score.total === 0) return 'No questions';
  const result = `${score.correct} of ${score.total} correct (${score.percent}%)`;
  const left = score.total - score.answered;
  return left > 0 ? `${result}, ${left} still to answer` : result;
}
