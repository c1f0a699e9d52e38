// Verification is declared: a playbook says what it needs to know about the caller before acting
// (`verification:` none, account or high-risk), and a playbook that reads or changes an account
// runs the check, rendered by <Verify />, before any step that touches the account.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VERIFICATION_PLAYBOOK } from '../../lib/verification.ts';
import { CHECKED_LEVELS, type VerificationCheck, type VerificationLevel } from '../../schemas/verification.ts';
import { FILE_START, type Diagnostic, type Position } from '../diagnostics.ts';
import { attributeValue, startOf, type Finding, type JsxElement } from './mdx-safety.ts';
import { treeIndex } from './structure.ts';

/**
 * Words for reading or changing an account: opening it, its history or case, its contacts, the
 * account tool, a SIM change. Matched sentence by sentence, so a quote stays short.
 */
const ACCOUNT_WORK = [
  /\b(?:open|opens|opening|read|reads|reading|look (?:at|into|up)|pull up|go through|quote|change|changes|changing|update|updates)\b(?:\s+[\w'’-]+){0,4}?\s+(?:account|history|contacts? on (?:this|the) line|order history|(?:porting |port )?case(?! tool)|bill|usage)\b/i,
  /\baccount tool\b/i,
  /\b(?:sim|esim) (?:change|swap)\b/i,
];

/** The first words in a step that read or change the account, or `undefined`. */
export function accountWork(step: JsxElement): string | undefined {
  for (const sentence of toString(step).split(/(?<=[.!?])\s+|\n+/)) {
    for (const pattern of ACCOUNT_WORK) {
      const match = pattern.exec(sentence);
      if (match) return match[0];
    }
  }
  return undefined;
}

function stepLabel(step: JsxElement): string {
  const title = attributeValue(step, 'title');
  return typeof title === 'string' ? `step "${title}"` : 'a step';
}

export interface VerificationInput {
  /** The playbook's id: the identity-verification playbook is the check itself. */
  id: string;
  /** `verification:` from the frontmatter; undefined when the frontmatter is invalid. */
  level: VerificationLevel | undefined;
  /** Where `verification:` stands in the frontmatter. */
  levelAt: Position;
}

/** Where <Verify /> is, whether it is there at all, and what a step before it may not do. */
export function verificationFindings(tree: Root, { id, level, levelAt }: VerificationInput): Finding[] {
  if (level === undefined || id === VERIFICATION_PLAYBOOK) return [];
  const findings: Finding[] = [];
  const jsx = treeIndex(tree).jsx;
  const steps = jsx.filter((entry) => entry.node.name === 'Step').map((entry) => entry.node);
  const verifies = jsx.filter((entry) => entry.node.name === 'Verify');

  if (level === 'none') {
    for (const { node } of verifies) {
      findings.push({
        position: startOf(node),
        rule: 'verification/position',
        message: '<Verify /> is on a playbook with verification: none',
        fix: 'set verification to account (standard check) or high-risk (strong check) if the call reads or changes an account; otherwise remove <Verify />',
      });
    }
  } else if (verifies.length === 0) {
    findings.push({
      position: levelAt,
      rule: 'verification/missing',
      message: `the playbook has verification: ${level} but no <Verify />`,
      fix: 'put <Verify /> on its own line as the first thing in the first step, so the check is run before anything on the account is read or changed',
    });
  }
  const [first, ...others] = verifies;
  if (first && level !== 'none' && !(first.parent?.name === 'Step' && first.parent.children[0] === first.node)) {
    findings.push({
      position: startOf(first.node),
      rule: 'verification/position',
      message: first.parent?.name === 'Step' ? '<Verify /> is not the first thing in its step' : '<Verify /> is not inside a <Step>',
      fix: 'put <Verify /> on its own line at the top of the first step, before anything on the account is read or changed',
    });
  }
  for (const other of level === 'none' ? [] : others) {
    findings.push({
      position: startOf(other.node),
      rule: 'verification/position',
      message: `a second <Verify /> (the first is on line ${startOf(first?.node ?? other.node).line})`,
      fix: 'keep one <Verify />, at the top of the step that runs the check',
    });
  }

  const checkStep = first?.parent?.name === 'Step' ? first.parent : undefined;
  // Without a placed <Verify /> the problem above is the one to fix; every step would be "before" it.
  if (level !== 'none' && !checkStep) return findings;
  for (const step of steps) {
    if (step === checkStep) break;
    const work = accountWork(step);
    if (work === undefined) continue;
    findings.push(
      level === 'none'
        ? {
            position: startOf(step),
            rule: 'verification/before-check',
            message: `${stepLabel(step)} reads or changes the account ("${work}"), but the playbook has verification: none`,
            fix: 'set verification to account (standard check) or high-risk (strong check), and open the first step with <Verify />',
          }
        : {
            position: startOf(step),
            rule: 'verification/before-check',
            message: `${stepLabel(step)} reads or changes the account ("${work}") before <Verify /> has run the check`,
            fix: 'open this step (or an earlier one) with <Verify />, or move this work after the check',
          },
    );
  }
  return findings;
}

/** A playbook's declared level, where it is declared. */
export interface DeclaredLevel {
  file: string;
  level: VerificationLevel;
  at: Position;
}

/**
 * content/verification.yaml has one entry for each level that needs a check, so <Verify /> always
 * has a check to show. Without the file, each playbook that needs a check is told why it cannot
 * have one. `checks` is undefined when the file is invalid: its schema problems are reported already.
 */
export function verificationDataFindings(
  data: { file: string; checks: readonly VerificationCheck[] | undefined } | undefined,
  declared: readonly DeclaredLevel[],
): Diagnostic[] {
  if (!data) {
    return declared
      .filter((entry) => entry.level !== 'none')
      .map((entry) => ({
        file: entry.file,
        ...entry.at,
        rule: 'verification/levels',
        message: `verification: ${entry.level} needs a check from content/verification.yaml, which does not exist`,
        fix: `add content/verification.yaml with an entry for each of ${CHECKED_LEVELS.join(', ')} (see the schema reference)`,
        severity: 'error' as const,
      }));
  }
  const { file, checks } = data;
  if (!checks) return [];
  return CHECKED_LEVELS.flatMap((level) => {
    const count = checks.filter((check) => check.id === level).length;
    if (count === 1) return [];
    return [
      {
        file,
        ...FILE_START,
        rule: 'verification/levels',
        message: count === 0 ? `there is no entry for the level ${level}` : `the level ${level} has ${count} entries`,
        fix: count === 0 ? `add an entry with id: ${level}, with its check, requests and method` : `keep one entry with id: ${level}`,
        severity: 'error' as const,
      },
    ];
  });
}

/** <Verify /> links to the identity-verification playbook, which must be there and listed. */
export function verificationReferenceFindings(
  playbooks: readonly { file: string; verifyAt: Position | undefined }[],
  known: ReadonlyMap<string, string>,
): Diagnostic[] {
  const state = known.get(VERIFICATION_PLAYBOOK);
  if (state !== undefined && state !== 'archived') return [];
  return playbooks.flatMap(({ file, verifyAt }) =>
    verifyAt
      ? [
          {
            file,
            ...verifyAt,
            rule: 'verification/reference',
            message: `<Verify /> links to the ${VERIFICATION_PLAYBOOK} playbook, which ${state === 'archived' ? 'is archived' : 'does not exist'}`,
            fix: `keep content/playbooks/${VERIFICATION_PLAYBOOK}.mdx published: it explains every check the agents run`,
            severity: 'error' as const,
          },
        ]
      : [],
  );
}
