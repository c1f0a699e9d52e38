// The cmi5 side of the lesson, through @xapi/cmi5: the LMS launches the page with its LRS endpoint,
// a one-use fetch URL for the credentials, the learner and the registration. The library sends
// "initialized"; this sends "completed" and then "passed" or "failed" once every question is
// answered, and "terminated" when the page closes. Progress is an xAPI state document for this
// learner and registration, so the trainee resumes on any device.
import Cmi5 from '@xapi/cmi5';
import type { LmsResult } from '../lms-result.ts';
import { cmi5Verdict } from '../lms-result.ts';
import { LessonStopped, type LessonRuntime } from './lesson.ts';

const STATE_ID = 'https://frontline.example.org/xapi/state/progress';

interface Saved {
  data: string;
  /** The verdict was sent: cmi5 allows one completed and one passed or failed per registration. */
  reported: boolean;
}

/**
 * A launch's session, kept for a reload of the same launch: its fetch URL gives credentials only
 * once. A new launch from the LMS has a new fetch URL, so a new session.
 */
const sessionKey = (fetchUrl: string) => `frontline:cmi5:${fetchUrl}`;

interface Session {
  authToken: string;
  initializedDate: Date;
  /** "terminated" was sent: cmi5 allows no more statements in this session. */
  ended: boolean;
}

function readSession(fetchUrl: string): Session | undefined {
  try {
    const raw = sessionStorage.getItem(sessionKey(fetchUrl));
    const data = raw ? (JSON.parse(raw) as { authToken?: unknown; initializedDate?: unknown; ended?: unknown }) : undefined;
    if (typeof data?.authToken === 'string' && typeof data.initializedDate === 'string') {
      return { authToken: data.authToken, initializedDate: new Date(data.initializedDate), ended: data.ended === true };
    }
  } catch {
    // no usable session: start a new one
  }
  return undefined;
}

function writeSession(fetchUrl: string, session: Session): void {
  try {
    sessionStorage.setItem(sessionKey(fetchUrl), JSON.stringify({ ...session, initializedDate: session.initializedDate.toISOString() }));
  } catch {
    // storage refused: a reload then needs a new launch from the LMS
  }
}

const SESSION_ENDED = 'This session has ended. Open the course again from your learning system to carry on: your answers are kept.';

export function cmi5Runtime(): LessonRuntime {
  let cmi5: Cmi5 | undefined;
  let reported = false;
  let sentProgress = 0;
  let fetchUrl = '';
  const target = () => {
    if (!cmi5) throw new Error('cmi5 is not started');
    const { actor, activityId, registration } = cmi5.getLaunchParameters();
    return { agent: actor, activityId, registration, stateId: STATE_ID };
  };
  return {
    suspendLimit: 64000,
    start: async () => {
      if (!Cmi5.isCmiAvailable) return false;
      cmi5 = new Cmi5();
      fetchUrl = cmi5.getLaunchParameters().fetch;
      const session = readSession(fetchUrl);
      if (session?.ended) throw new LessonStopped(SESSION_ENDED);
      await cmi5.initialize(session && { authToken: session.authToken, initializedDate: session.initializedDate });
      writeSession(fetchUrl, { authToken: cmi5.getAuthToken(), initializedDate: cmi5.getInitializedDate(), ended: false });
      return true;
    },
    learnerId: () => {
      const actor = cmi5?.getLaunchParameters().actor as { account?: { name?: string }; mbox?: string } | undefined;
      return actor?.account?.name ?? actor?.mbox ?? 'unknown';
    },
    load: async () => {
      if (!cmi5?.xapi) return undefined;
      try {
        const saved = (await cmi5.xapi.getState(target())).data as unknown as Partial<Saved> | undefined;
        reported = saved?.reported === true;
        return typeof saved?.data === 'string' ? saved.data : undefined;
      } catch {
        return undefined; // none saved yet (404)
      }
    },
    save: async (data: string, result: LmsResult) => {
      if (!cmi5?.xapi) return;
      const verdict = cmi5Verdict(result);
      if (verdict.send && !reported) {
        await cmi5.complete();
        await (verdict.passed ? cmi5.pass({ scaled: verdict.scaled }) : cmi5.fail({ scaled: verdict.scaled }));
        reported = true;
      } else if (!verdict.send && Math.round(result.progress * 100) !== sentProgress) {
        sentProgress = Math.round(result.progress * 100);
        await cmi5.progress(sentProgress);
      }
      const saved: Saved = { data, reported };
      await cmi5.xapi.setState({ ...target(), state: saved as unknown as Record<string, unknown> });
    },
    finish: () => {
      if (!cmi5) return;
      writeSession(fetchUrl, { authToken: cmi5.getAuthToken(), initializedDate: cmi5.getInitializedDate(), ended: true });
      void cmi5.terminate();
    },
  };
}
