import type { Team } from '../schemas/team.ts';

/**
 * Words that make a sentence a safety case: a threat or a risk of harm, a dangerous product, an
 * emergency. Deliberately narrow: "an emergency" or "a threat to complain" alone (fraud signs)
 * are not safety cases.
 */
const SAFETY_SIGNS =
  /\b(?:safety|unsafe|(?:self-)?harm(?:s|ed|ing)?|hurt|injur(?:y|ies|ed)|danger(?:ous)?|hazard(?:s|ous)?|suicid\w*|burning|scorch\w*|emergency services)\b/i;

export function namesSafetyCase(text: string): boolean {
  return SAFETY_SIGNS.test(text);
}

/** Where the first safety word stands in the text (after runs of spaces are made one), or -1. */
export function safetyWordAt(text: string): number {
  return text.replace(/\s+/g, ' ').trim().search(SAFETY_SIGNS);
}

/**
 * Why a team may not take a safety case, or `undefined` when it may: its safety line must be
 * answered live around the clock, because a safety case cannot wait for opening hours or a callback.
 */
export function notImmediateBecause(team: Team): string | undefined {
  const line = team.safetyLine;
  if (!line) return 'it has no safetyLine';
  const reasons = [
    line.hours === 'around-the-clock' ? undefined : 'is answered only in opening hours',
    line.answers === 'live' ? undefined : 'answers by callback',
  ].filter(Boolean);
  return reasons.length ? `its safety line ${reasons.join(' and ')}` : undefined;
}

/** Teams that may take a safety case, by id, for fix messages. */
export function immediateTeams(teams: ReadonlyMap<string, Team>): string[] {
  return [...teams].filter(([, team]) => notImmediateBecause(team) === undefined).map(([id]) => id);
}
