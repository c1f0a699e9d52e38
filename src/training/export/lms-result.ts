// What an LMS is told about a trainee: the same scores and pass rule as the assignment page (every
// module at its own pass mark, counted over the questions this trainee was given), in the words of
// each standard. The training is complete once every question given has an answer.
import type { Progress, ReportModule } from '../progress.ts';
import { combineScores, passes, scoreModule, type Score } from '../quiz.ts';

export interface LmsResult {
  score: Score;
  /** Every question given has an answer. */
  completed: boolean;
  /** Every module passed at its pass mark. */
  passed: boolean;
  /** Answered of given, 0 to 1. */
  progress: number;
}

export function lmsResult(modules: readonly ReportModule[], progress: Progress): LmsResult {
  const scores = modules.map((module) => scoreModule(module.id, module.checks, progress.answers));
  const score = combineScores(scores);
  const passed = modules.length > 0 && modules.every((module, index) => passes(scores[index] as Score, module.passMark));
  return {
    score,
    completed: score.total > 0 && score.answered === score.total,
    passed,
    progress: score.total === 0 ? 0 : Math.round((score.answered / score.total) * 100) / 100,
  };
}

/**
 * cmi.core.lesson_status in SCORM 1.2: "incomplete" until every question is answered, then
 * "passed" or "failed". A trainee who has passed before answering the last question is still
 * "incomplete": 1.2 has one status for both, and "passed" tells most LMSs the course is done.
 */
export function scorm12Status(result: LmsResult): 'incomplete' | 'passed' | 'failed' {
  if (!result.completed) return 'incomplete';
  return result.passed ? 'passed' : 'failed';
}

/** SCORM 2004's two statuses: completion as it stands, success once it is known. */
export function scorm2004Status(result: LmsResult): {
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
} {
  return {
    completion: result.completed ? 'completed' : 'incomplete',
    success: result.completed ? (result.passed ? 'passed' : 'failed') : 'unknown',
  };
}

/** SCORM's score elements: raw 0–100 (a percent), and 2004's scaled 0–1. */
export function scormScore(result: LmsResult): { raw: string; min: string; max: string; scaled: string } {
  return { raw: String(result.score.percent), min: '0', max: '100', scaled: String(result.score.percent / 100) };
}

/** What a cmi5 AU sends once the training is complete: completed, then passed or failed, with the scaled score. */
export function cmi5Verdict(result: LmsResult): { send: boolean; passed: boolean; scaled: number } {
  return { send: result.completed, passed: result.passed, scaled: result.score.percent / 100 };
}
