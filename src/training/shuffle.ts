// Stable shuffles for knowledge checks: the same seed always gives the same order, so a trainee sees
// the same choices in the same places after a reload, and the printed record matches the page.
// Small and well known on purpose: FNV-1a (32-bit) turns a seed text into a number, mulberry32
// turns that number into a stream, and Fisher–Yates uses the stream. Not for secrets: the order
// only has to be unrelated to which choice is right, not unguessable.

const encoder = new TextEncoder();

/** FNV-1a, 32-bit, over the text's UTF-8 bytes: an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32 (Tommy Ettinger, public domain): numbers in [0, 1) from a 32-bit state. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a Fisher–Yates order drawn from `seed`; `items` itself is left alone. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(fnv1a(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * A question's identity: its text with case, accents' forms, punctuation and spacing ignored,
 * hashed to `q` and up to 7 base-36 characters. Answers are kept under it, so moving, shuffling or
 * drawing questions never mixes answers up; rewording a question starts it afresh.
 */
export function questionId(question: string): string {
  const words = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `q${fnv1a(words).toString(36)}`;
}

/**
 * Which of a module's `count` questions a trainee is given: `shown` of them drawn with `seed`, in
 * the module's own order (the order questions are written in often builds on itself). All of
 * them when `shown` is absent or not smaller than `count`.
 */
export function drawnIndices(count: number, shown: number | undefined, seed: string): number[] {
  const all = Array.from({ length: count }, (_, index) => index);
  if (shown === undefined || shown >= count) return all;
  return shuffled(all, seed)
    .slice(0, Math.max(0, shown))
    .sort((a, b) => a - b);
}

/**
 * The seed text for one module's draw, and for one question's choices (named by its progress key,
 * `module-id:q…`, see quiz.ts `checkKey`): every order has its own stream.
 */
export const drawSeed = (seed: string, moduleId: string) => `${seed}|${moduleId}|draw`;
export const choiceSeed = (seed: string, checkKey: string) => `${seed}|${checkKey}`;

/** The questions a trainee is given from a module's bank (see `drawnIndices`). */
export function drawnChecks<Check>(module: { id: string; checks: readonly Check[]; shown?: number | undefined }, seed: string): Check[] {
  return drawnIndices(module.checks.length, module.shown, drawSeed(seed, module.id)).flatMap((index) => module.checks[index] ?? []);
}
