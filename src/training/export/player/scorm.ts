// The SCORM side of the lesson: finds the LMS's API object and speaks SCORM 1.2 (`API`) or SCORM
// 2004 (`API_1484_11`). This is the only protocol code written by hand: the SCO side of SCORM is
// finding an object in a parent window and calling a few named functions on it, and the wrapper
// libraries on npm for it are unmaintained bundles that alert() on errors.
import type { LmsResult } from '../lms-result.ts';
import { scorm12Status, scorm2004Status, scormScore } from '../lms-result.ts';
import type { LessonRuntime } from './lesson.ts';

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

interface Scorm2004Api {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

/**
 * The API object named `name` in this window, a parent (up to 10 frames up, as the SCORM run-time
 * guide suggests) or the opener's frames: LMSs launch SCOs in a frame or a new window.
 */
export function findApi<Api>(name: 'API' | 'API_1484_11', start: Window = window): Api | undefined {
  const search = (from: Window | null): Api | undefined => {
    let current = from;
    for (let depth = 0; current && depth <= 10; depth += 1) {
      try {
        const api = (current as unknown as Record<string, unknown>)[name];
        if (api) return api as Api;
      } catch {
        // a frame from another origin: keep climbing
      }
      if (current.parent === current) break;
      current = current.parent;
    }
    return undefined;
  };
  return search(start) ?? search(start.opener as Window | null);
}

/** Seconds as SCORM 1.2's CMITimespan, HHHH:MM:SS. */
export function scorm12Time(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(Math.floor(whole / 3600)).padStart(4, '0')}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
}

/** Seconds as SCORM 2004's ISO 8601 duration, PT…S. */
export function scorm2004Time(seconds: number): string {
  return `PT${Math.max(0, Math.round(seconds))}S`;
}

export function scorm12Runtime(): LessonRuntime {
  let api: Scorm12Api | undefined;
  const started = Date.now();
  return {
    suspendLimit: 4096,
    start: async () => {
      api = findApi<Scorm12Api>('API');
      return api !== undefined && String(api.LMSInitialize('')) === 'true';
    },
    learnerId: () => api?.LMSGetValue('cmi.core.student_id') || 'unknown',
    load: async () => api?.LMSGetValue('cmi.suspend_data') || undefined,
    save: async (data: string, result: LmsResult) => {
      if (!api) return;
      const score = scormScore(result);
      api.LMSSetValue('cmi.suspend_data', data);
      api.LMSSetValue('cmi.core.score.min', score.min);
      api.LMSSetValue('cmi.core.score.max', score.max);
      api.LMSSetValue('cmi.core.score.raw', score.raw);
      api.LMSSetValue('cmi.core.lesson_status', scorm12Status(result));
      // "suspend" asks the LMS to keep the suspend data for the next session.
      api.LMSSetValue('cmi.core.exit', result.completed ? '' : 'suspend');
      api.LMSCommit('');
    },
    finish: () => {
      if (!api) return;
      api.LMSSetValue('cmi.core.session_time', scorm12Time((Date.now() - started) / 1000));
      api.LMSFinish('');
      api = undefined;
    },
  };
}

export function scorm2004Runtime(): LessonRuntime {
  let api: Scorm2004Api | undefined;
  const started = Date.now();
  return {
    suspendLimit: 64000,
    start: async () => {
      api = findApi<Scorm2004Api>('API_1484_11');
      return api !== undefined && String(api.Initialize('')) === 'true';
    },
    learnerId: () => api?.GetValue('cmi.learner_id') || 'unknown',
    load: async () => api?.GetValue('cmi.suspend_data') || undefined,
    save: async (data: string, result: LmsResult) => {
      if (!api) return;
      const score = scormScore(result);
      const status = scorm2004Status(result);
      api.SetValue('cmi.suspend_data', data);
      api.SetValue('cmi.score.min', score.min);
      api.SetValue('cmi.score.max', score.max);
      api.SetValue('cmi.score.raw', score.raw);
      api.SetValue('cmi.score.scaled', score.scaled);
      api.SetValue('cmi.progress_measure', String(result.progress));
      api.SetValue('cmi.completion_status', status.completion);
      api.SetValue('cmi.success_status', status.success);
      api.SetValue('cmi.exit', result.completed ? 'normal' : 'suspend');
      api.Commit('');
    },
    finish: () => {
      if (!api) return;
      api.SetValue('cmi.session_time', scorm2004Time((Date.now() - started) / 1000));
      api.Terminate('');
      api = undefined;
    },
  };
}
