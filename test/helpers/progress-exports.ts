// Two small modules and the progress files trainees export from them, shared by the cohort view's
// unit tests (test/training/cohort.test.ts) and its browser test (test/e2e/training-cohort.test.ts).
import { progressReport, type ProgressReport, type ReportModule } from '../../src/training/progress.ts';
import { checkKey } from '../../src/training/quiz.ts';

export const COHORT_MODULES: ReportModule[] = [
  {
    id: 'porting-rescue',
    title: 'Rescuing a failed number transfer',
    steps: [{ playbook: 'porting-troubleshooting', title: 'Porting troubleshooting' }],
    checks: [
      { question: 'Why did the port fail?', answer: 'Line cancelled' },
      { question: 'What may you promise?', answer: 'A callback' },
    ],
    passMark: 50,
  },
  {
    id: 'fee-fairness',
    title: 'Fair fee decisions',
    steps: [],
    checks: [{ question: 'Who may waive a fee?', answer: 'A supervisor' }],
    passMark: 100,
  },
];

/** An export as the assignment page writes it, for a trainee who chose these answers (question → choice). */
export function exportedProgress(
  trainee: string,
  answers: Record<string, string>,
  { due, assignment = 'Selected modules', at = new Date('2026-11-30T10:00:00Z') }: { due: string; assignment?: string; at?: Date },
): ProgressReport {
  const keyed = Object.fromEntries(
    Object.entries(answers).map(([question, choice]) => {
      const module = COHORT_MODULES.find((candidate) => candidate.checks.some((check) => check.question === question));
      return [checkKey(module?.id ?? '', question), choice];
    }),
  );
  return progressReport({ trainee, due, assignment, link: 'https://x/' }, COHORT_MODULES, { read: [], answers: keyed }, at);
}
