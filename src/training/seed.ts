// Whose order a knowledge check is shuffled in. On an assignment the link names the trainee, so the
// order follows them to any browser and onto the printed record. Without a name (a module page, or
// a link made for whoever opens it) the order follows the browser: a random seed kept in
// localStorage, checked on every read like progress, so a reload keeps the order.
import { cleanTrainee } from './assignment.ts';
import type { StorageLike } from './progress.ts';

export const SEED_KEY = 'frontline:training:seed:v1';
const BROWSER_SEED = /^[0-9a-f]{16}$/;

/** Eight random bytes as 16 hex digits; `bytes` is injectable for tests. */
export function newSeed(bytes: (length: number) => Uint8Array = (length) => crypto.getRandomValues(new Uint8Array(length))): string {
  return [...bytes(8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * This browser's seed: the stored one when it is well formed, otherwise a new one, stored. Where
 * storage is refused the seed lasts only for the page, and the order may change on reload.
 */
export function browserSeed(storage: StorageLike | undefined, make: () => string = newSeed): string {
  try {
    const stored = storage?.getItem(SEED_KEY);
    if (stored && BROWSER_SEED.test(stored)) return `browser:${stored}`;
  } catch {
    // unreadable storage: make one for this page
  }
  const seed = make();
  try {
    storage?.setItem(SEED_KEY, seed);
  } catch {
    // refused: this page keeps it in memory
  }
  return `browser:${seed}`;
}

/** The seed for an assignment: the trainee's name when the link has one, else the browser's. */
export function assignmentSeed(trainee: string, storage: StorageLike | undefined, make?: () => string): string {
  const name = cleanTrainee(trainee).toLowerCase();
  return name ? `trainee:${name}` : browserSeed(storage, make);
}
