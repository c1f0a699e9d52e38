import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Date parsing rolls 2026-02-30 over to March; a real day survives the round trip unchanged. */
function isRealDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const notARealDay = (issue: { input?: unknown }) => `"${String(issue.input)}" is not a real calendar day — check the month and the day`;

const notADay = (issue: { input?: unknown }) => `"${String(issue.input)}" is not a date — write it as YYYY-MM-DD, for example 2026-11-02`;

/**
 * A calendar day written `YYYY-MM-DD`. YAML readers differ (Astro's turns it into a Date, the
 * check's keeps text), so both are accepted and the result is always a Date at midnight UTC.
 */
export function isoDay() {
  return z
    .union([z.date(), z.string().regex(ISO_DAY, { error: notADay, abort: true }).refine(isRealDay, { error: notARealDay })], {
      error: notADay,
    })
    .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));
}
