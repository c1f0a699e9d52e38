import { z } from 'zod';

/** Who a page or module is for, from first week to floor supervisor. */
export const ROLES = ['new-hire', 'agent', 'senior', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export function role() {
  return z.enum(ROLES, {
    error: (issue) => `"${String(issue.input)}" is not a role — use one of: ${ROLES.join(', ')}`,
  });
}

/** A list of roles; at least one, no repeats. */
export function audience() {
  return z
    .array(role(), { error: `must be a list of roles — write it as [agent, new-hire], choosing from: ${ROLES.join(', ')}` })
    .min(1, { error: `needs at least one role — choose from: ${ROLES.join(', ')}` })
    .refine((roles) => new Set(roles).size === roles.length, { error: 'lists a role twice — keep each role once' });
}
