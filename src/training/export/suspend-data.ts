// A trainee's progress inside an LMS package, kept by the LMS as suspend data (SCORM) or a state
// document (cmi5), so a trainee who closes the course resumes where they left off. SCORM 1.2 allows
// 4,096 characters, so answers are kept as the chosen choice's position in the written order (not
// its words), and what comes back is checked like anything else read from storage: the LMS may
// hand back data from an older package, or someone else's.
import type { CatalogModule } from '../catalog.ts';
import { emptyProgress, parseProgress, type Progress } from '../progress.ts';
import { checkKey } from '../quiz.ts';

/** SCORM 1.2's limit for cmi.suspend_data (SCORM 2004 allows 64,000). */
export const SCORM12_SUSPEND_LIMIT = 4096;
const VERSION = 1;

type LessonModule = Pick<CatalogModule, 'id' | 'checks' | 'steps'>;

interface Encoded {
  v: number;
  r: string[];
  a: Record<string, number>;
}

/** Progress as suspend data: `{"v":1,"r":[read steps],"a":{"module:q…":choice index}}`. */
export function encodeSuspendData(progress: Progress, modules: readonly LessonModule[], limit = SCORM12_SUSPEND_LIMIT): string {
  const choices = choiceIndex(modules);
  const answers: Record<string, number> = {};
  for (const [key, choice] of Object.entries(progress.answers)) {
    const index = choices.get(key)?.indexOf(choice) ?? -1;
    if (index >= 0) answers[key] = index;
  }
  const data: Encoded = { v: VERSION, r: progress.read, a: answers };
  const text = JSON.stringify(data);
  // Answers are the score, ticks are a convenience: if both do not fit, the ticks give way.
  return text.length <= limit ? text : JSON.stringify({ ...data, r: [] });
}

/** Suspend data back to progress; anything unknown, malformed or from another version is dropped. */
export function decodeSuspendData(text: string | null | undefined, modules: readonly LessonModule[]): Progress {
  if (!text) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (typeof data !== 'object' || data === null || (data as Partial<Encoded>).v !== VERSION) return emptyProgress();
  const { r, a } = data as Partial<Encoded>;
  const choices = choiceIndex(modules);
  const steps = new Set(modules.flatMap((module) => module.steps.map((step) => `${module.id}/${step.playbook}`)));
  const answers: Record<string, string> = {};
  if (typeof a === 'object' && a !== null && !Array.isArray(a)) {
    for (const [key, index] of Object.entries(a)) {
      // A Map, not an object: a key such as __proto__ finds nothing.
      const choice = typeof index === 'number' && Number.isInteger(index) ? choices.get(key)?.[index] : undefined;
      if (choice !== undefined) answers[key] = choice;
    }
  }
  const read = Array.isArray(r) ? r.filter((step): step is string => typeof step === 'string' && steps.has(step)) : [];
  // parseProgress applies the same shape and size limits as the site's own storage.
  return parseProgress(JSON.stringify({ read, answers }));
}

/** Each question's choices in the written order, by its progress key. */
function choiceIndex(modules: readonly LessonModule[]): Map<string, readonly string[]> {
  return new Map(modules.flatMap((module) => module.checks.map((check) => [checkKey(module.id, check.question), check.choices] as const)));
}
