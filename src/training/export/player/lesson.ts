// The lesson inside an LMS package: the site's own knowledge checks (first answer stands), with
// progress kept by the LMS instead of the browser. Each standard's runtime (scorm.ts, cmi5.ts)
// says who the learner is, hands back what it saved last time, and is told the result after every
// answer. Text from the LMS (the learner's name) is only ever set with textContent.
import { moduleForTrainee, parseCatalog } from '../../catalog.ts';
import { mountKnowledgeChecks } from '../../client/knowledge-check.ts';
import { emptyProgress, type Progress } from '../../progress.ts';
import { describeScore, passes, passLabel, scoreModule } from '../../quiz.ts';
import { lmsResult, type LmsResult } from '../lms-result.ts';
import { decodeSuspendData, encodeSuspendData } from '../suspend-data.ts';

export interface LessonRuntime {
  /**
   * Connects to the LMS; false when there is none (the page opened on its own). Throws when there
   * is one that cannot be used; a `LessonStopped` error's message is shown to the trainee.
   */
  start(): Promise<boolean>;
  /** The learner's id, for their own draw of questions and order of choices. */
  learnerId(): string;
  /** What `save` stored last time, if anything. */
  load(): Promise<string | undefined>;
  /** Stores `data` and reports `result`; called after every change. */
  save(data: string, result: LmsResult): Promise<void>;
  /** Ends the session (the page is closing). */
  finish(): void;
  /** SCORM 1.2 keeps 4,096 characters of suspend data; the others more. */
  suspendLimit: number;
}

/** A reason the lesson cannot report to the LMS, in words for the trainee. */
export class LessonStopped extends Error {}

function setText(selector: string, value: string): void {
  const element = document.querySelector(selector);
  if (element) element.textContent = value;
}

export async function startLesson(runtime: LessonRuntime): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-lesson-status]');
  const say = (line: string) => {
    if (status) status.textContent = line;
  };
  const catalog = parseCatalog(document.getElementById('training-catalog')?.textContent);
  let connected = false;
  let stopped: string | undefined;
  try {
    connected = await runtime.start();
  } catch (error) {
    stopped =
      error instanceof LessonStopped
        ? error.message
        : 'Your learning system could not be reached, so answers are not recorded. Open the course again from your learning system.';
  }
  const seed = connected ? `lms:${runtime.learnerId()}` : 'lms:preview';
  const modules = catalog.modules.map((module) => moduleForTrainee(module, seed));
  let progress: Progress = emptyProgress();
  if (connected) {
    try {
      progress = decodeSuspendData(await runtime.load(), catalog.modules);
    } catch {
      progress = emptyProgress();
    }
  }
  let saving = Promise.resolve();
  const report = () => {
    const result = lmsResult(modules, progress);
    setText('[data-assignment-score]', describeScore(result.score));
    let passed = 0;
    for (const module of modules) {
      const score = scoreModule(module.id, module.checks, progress.answers);
      const pass = passes(score, module.passMark);
      if (pass) passed += 1;
      setText(`[data-module-score="${module.id}"]`, describeScore(score));
      const mark = document.querySelector<HTMLElement>(`[data-module-pass="${module.id}"]`);
      if (mark) {
        mark.textContent = passLabel(pass);
        mark.toggleAttribute('data-passed', pass);
      }
    }
    setText('[data-assignment-passed]', `${passed} of ${modules.length}`);
    if (!connected) return;
    // One save at a time, in order: an LMS may be slow, and the last state must win.
    const data = encodeSuspendData(progress, catalog.modules, runtime.suspendLimit);
    saving = saving
      .then(() => runtime.save(data, result))
      .catch(() => say('Your learning system did not accept the last answer. Check your connection.'));
  };
  const checks = mountKnowledgeChecks(document, {
    lock: true,
    seed,
    onAnswer: (key, choice) => {
      if (Object.hasOwn(progress.answers, key)) return;
      progress = { ...progress, answers: { ...progress.answers, [key]: choice } };
      report();
    },
  });
  for (const [key, choice] of Object.entries(progress.answers)) checks.get(key)?.show(choice, true);
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-playbook]')) {
    details.addEventListener('toggle', () => {
      if (!details.open) return;
      const steps = catalog.modules.flatMap((module) =>
        module.steps.filter((step) => step.playbook === details.dataset['playbook']).map((step) => `${module.id}/${step.playbook}`),
      );
      const read = [...new Set([...progress.read, ...steps])];
      if (read.length === progress.read.length) return;
      progress = { ...progress, read };
      report();
    });
  }
  report();
  const answered = Object.keys(progress.answers).length;
  if (stopped) say(stopped);
  else if (!connected) say('No learning system found: this is a preview, and answers are not recorded.');
  else say(answered > 0 ? `Welcome back: your ${answered === 1 ? 'answer is' : `${answered} answers are`} as you left them.` : '');
  addEventListener('pagehide', () => {
    if (connected) runtime.finish();
  });
}
