import { z } from 'zod';
import { boundedText } from './text.ts';

/**
 * What a playbook needs to know about the caller before acting: nothing (`none`), the standard
 * check (`account`: reads or changes an account) or the strong check (`high-risk`: SIM, number
 * transfer, contact details, locks). Each level but `none` has its entry in content/verification.yaml.
 */
export const VERIFICATION_LEVELS = ['none', 'account', 'high-risk'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];
export type CheckedLevel = Exclude<VerificationLevel, 'none'>;
export const CHECKED_LEVELS = VERIFICATION_LEVELS.filter((level): level is CheckedLevel => level !== 'none');

const LEVEL_CHOICES =
  'none (the call never reads or changes an account), account (standard check) or high-risk (strong check: SIM, number transfer, contact details)';

export function verificationLevel() {
  return z.enum(VERIFICATION_LEVELS, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing — add verification: ${LEVEL_CHOICES}`
        : `"${String(issue.input)}" is not a verification level — use ${LEVEL_CHOICES}`,
  });
}

function textList(what: string, max: number) {
  return z
    .array(boundedText(5, 240, what))
    .min(1, { error: `is empty — list at least one (${what})` })
    .max(max, { error: `has more than ${max} items — keep the ${max} that matter most` });
}

/** One entry of `content/verification.yaml`: how a level's check is run, rendered by `<Verify />` and the identity-verification playbook. */
export function verificationCheckSchema() {
  return z.strictObject({
    id: z
      .enum(CHECKED_LEVELS, {
        error: (issue) => `"${String(issue.input)}" is not a level that needs a check — use ${CHECKED_LEVELS.join(' or ')}`,
      })
      .meta({ description: 'The level this check is for: `account` or `high-risk`. Each appears once.' }),
    check: boundedText(3, 40, "the check's name as agents say it, e.g. Strong check").meta({
      description: "The check's name as agents say it, e.g. `Strong check`. 3–40 characters.",
    }),
    requests: textList('a request that needs this check', 12).meta({
      description: 'What the caller wants to do that needs this check, each finishing "The caller wants to…". 1–12 items.',
    }),
    method: textList('one thing the caller must give or pass', 6).meta({
      description:
        'What the caller must give or pass, in order. 1–6 items. The strong check includes the standard check: list only what it adds.',
    }),
    locks: boundedText(20, 300, 'what happens to a SIM or port lock')
      .optional()
      .meta({ description: 'The rule for SIM and port locks at this level, in one or two sentences. Optional.' }),
    fraudSigns: textList('a sign the caller may not be the account holder', 10)
      .optional()
      .meta({ description: 'Signs that the caller may not be the account holder; on hearing one, stop the change. Optional.' }),
    notice: boundedText(20, 300, 'how the account holder hears about the change')
      .optional()
      .meta({ description: 'How the account holder hears about a change made after this check. Optional.' }),
  });
}

export type VerificationCheck = z.output<ReturnType<typeof verificationCheckSchema>>;
