import type { StorageLike } from '../progress.ts';

/** localStorage, or undefined where merely touching it throws (some privacy settings do). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
