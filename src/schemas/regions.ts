import { z } from 'zod';

/**
 * Where a rule applies, when it is not everywhere: the countries whose regulators Frontline cites,
 * by the ids the region files use (content/regions/<id>.yaml, being added with the safety routes).
 */
export const REGIONS = ['us', 'uk'] as const;
export type Region = (typeof REGIONS)[number];

export function region() {
  return z.enum(REGIONS, {
    error: (issue) =>
      `"${String(issue.input)}" is not a region — use one of: ${REGIONS.join(', ')}, or leave it out when the value applies everywhere`,
  });
}
