import { z } from 'zod';

/**
 * Plain text between `min` and `max` characters. Messages say the limit and the length found so
 * a contributor knows how much to cut or add.
 */
export function boundedText(min: number, max: number, what: string) {
  return z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(min, { error: (issue) => `is too short (${textLength(issue.input)} of at least ${min} characters) — write ${what}` })
    .max(max, {
      error: (issue) => `is ${textLength(issue.input)} characters; the limit is ${max} — shorten it to ${what} of at most ${max} characters`,
    });
}

function textLength(input: unknown): number {
  return typeof input === 'string' ? input.trim().length : 0;
}
