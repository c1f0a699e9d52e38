import { CHECKED_LEVELS, type CheckedLevel, type VerificationCheck } from '../schemas/verification.ts';

/**
 * The playbook that explains every check in full. `<Verify />` links to it, and it is the one
 * account playbook that does not open with `<Verify />`: its first step is choosing the check.
 */
export const VERIFICATION_PLAYBOOK = 'identity-verification';

/** What an agent needs to run one level's check, ready to render. */
export interface CheckToRun extends VerificationCheck {
  /** Everything the caller must give, including what lower levels ask for: the strong check is the standard check plus more. */
  fullMethod: string[];
}

/** The check a level needs; `undefined` when content/verification.yaml has no entry for it. */
export function checkToRun(level: CheckedLevel, checks: readonly VerificationCheck[]): CheckToRun | undefined {
  const check = checks.find((entry) => entry.id === level);
  if (!check) return undefined;
  const upTo = CHECKED_LEVELS.slice(0, CHECKED_LEVELS.indexOf(level) + 1);
  const fullMethod = upTo.flatMap((id) => checks.find((entry) => entry.id === id)?.method ?? []);
  return { ...check, fullMethod };
}
