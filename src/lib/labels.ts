// The words the screen uses for the ids content is written with: one map per kind, used by every
// page, filter, badge and script, so an agent reads "New hires" or "Not yet validated" everywhere
// and never "new-hire" or "not-validated".
import type { Confidence } from '../schemas/playbook.ts';

const CONFIDENCE_LABELS: Record<Confidence, string> = {
  wip: 'Work in progress',
  'not-validated': 'Not yet validated',
  validated: 'Validated',
  archived: 'Archived',
};

const ROLE_LABELS: Record<string, string> = {
  'new-hire': 'New hires',
  agent: 'Agents',
  senior: 'Senior agents',
  supervisor: 'Supervisors',
};

/** The kinds of page search finds (the `type` filter), in the plural a filter lists them in. */
const PAGE_TYPE_LABELS: Record<string, string> = {
  playbook: 'Playbooks',
  module: 'Training modules',
};

export function confidenceLabel(confidence: Confidence): string {
  return CONFIDENCE_LABELS[confidence];
}

/** "New hires", "Senior agents": a role id as a heading or filter label. Unknown ids are shown as written. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/**
 * A search filter's value as the filter shows it. Categories are filtered by their title already;
 * a value with no label (a new one not yet named here) is shown as written.
 */
export function filterValueLabel(filter: string, value: string): string {
  const labels: Record<string, Record<string, string>> = {
    audience: ROLE_LABELS,
    confidence: CONFIDENCE_LABELS,
    type: PAGE_TYPE_LABELS,
  };
  return labels[filter]?.[value] ?? value;
}
