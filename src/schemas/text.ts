import { z } from 'zod';

/**
 * Plain text between `min` and `max` characters. Messages say the limit and the length found so
 * a contributor knows how much to cut or add.
 */
export function boundedText(min: number, max: number, what: string) {
  return z
    .string({ error: `must be text — write ${what}` })
    .trim()
    .min(min, {
      error: (issue) =>
        `is ${textLength(issue.input)} characters, under the minimum of ${min} — write at least ${min} characters (${what})`,
    })
    .max(max, {
      error: (issue) =>
        `is ${textLength(issue.input)} characters, over the limit of ${max} — shorten it to ${max} characters or fewer (${what})`,
    });
}

function textLength(input: unknown): number {
  return typeof input === 'string' ? input.trim().length : 0;
}
