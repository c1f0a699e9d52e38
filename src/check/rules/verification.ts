// Verification is declared: a playbook says what it needs to know about the caller before acting
// (`verification:` none, account or high-risk), and one that reads or changes an account runs the
// check, rendered by <Verify /> from content/verification.yaml, before any step that touches it.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VERIFICATION_PLAYBOOK } from '../../lib/verification.ts';
import { CHECKED_LEVELS, type VerificationLevel } from '../../schemas/verification.ts';
import { FILE_START, type Position } from '../diagnostics.ts';
import { attributeValue, elements, startOf, treeIndex, type JsxElement } from '../mdx-tree.ts';
import type { FileScope, Rule, RuleFamily } from '../rule.ts';

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

/**
 * A playbook's declared level with where it stands, when its frontmatter fits the schema. The
 * identity-verification playbook is left out: it is the check itself, and its first step is
 * choosing which one to run.
 */
function declaredLevel({ collection, id, yaml }: FileScope): { level: VerificationLevel; at: Position } | undefined {
  if (collection !== 'playbooks' || id === VERIFICATION_PLAYBOOK || !yaml || yaml.schemaError || yaml.located.errors.length)
    return undefined;
  const { verification } = yaml.located.data as { verification: VerificationLevel };
  return { level: verification, at: yaml.located.locate(['verification']) };
}

/** Every <Verify /> with the step it opens, if it opens one. */
function verifies(tree: Root): { element: JsxElement; opens: JsxElement | undefined }[] {
  return treeIndex(tree)
    .jsx.filter(({ node }) => node.name === 'Verify')
    .map(({ node, parent }) => ({ element: node, opens: parent?.name === 'Step' && parent.children[0] === node ? parent : undefined }));
}

const missing: Rule = {
  id: 'verification/missing',
  severity: 'error',
  checks:
    'The playbook says `verification: account` or `high-risk` but has no `<Verify />`, so the check the caller must pass is not on the page.',
  eachFile(scope, report) {
    const declared = declaredLevel(scope);
    if (!scope.tree || !declared || declared.level === 'none' || elements(scope.tree, 'Verify').length) return;
    report({
      position: declared.at,
      message: `the playbook has verification: ${declared.level} but no <Verify />`,
      fix: 'put <Verify /> on its own line as the first thing in the first step, so the check is run before anything on the account is read or changed',
    });
  },
};

const position: Rule = {
  id: 'verification/position',
  severity: 'error',
  checks:
    '`<Verify />` is not the first thing in its step, stands outside a step, appears twice, or is on a playbook with `verification: none`.',
  eachFile(scope, report) {
    const declared = declaredLevel(scope);
    if (!scope.tree || !declared) return;
    const [first, ...others] = verifies(scope.tree);
    if (!first) return;
    if (declared.level === 'none') {
      for (const { element } of [first, ...others]) {
        report({
          position: startOf(element),
          message: '<Verify /> is on a playbook with verification: none',
          fix: 'set verification to account (standard check) or high-risk (strong check) if the call reads or changes an account; otherwise remove <Verify />',
        });
      }
      return;
    }
    if (!first.opens) {
      const inStep = treeIndex(scope.tree).jsx.find(({ node }) => node === first.element)?.parent?.name === 'Step';
      report({
        position: startOf(first.element),
        message: inStep ? '<Verify /> is not the first thing in its step' : '<Verify /> is not inside a <Step>',
        fix: 'put <Verify /> on its own line at the top of the first step, before anything on the account is read or changed',
      });
    }
    for (const other of others) {
      report({
        position: startOf(other.element),
        message: `a second <Verify /> (the first is on line ${startOf(first.element).line})`,
        fix: 'keep one <Verify />, at the top of the step that runs the check',
      });
    }
  },
};

const beforeCheck: Rule = {
  id: 'verification/before-check',
  severity: 'error',
  checks:
    'A step reads or changes the account (opens it, its history or case, the account tool, a SIM change) before the step that opens with `<Verify />` — or on a playbook that says `verification: none`.',
  eachFile(scope, report) {
    const declared = declaredLevel(scope);
    if (!scope.tree || !declared) return;
    const checkStep = verifies(scope.tree)[0]?.opens;
    // Without a placed <Verify />, verification/missing or verification/position is the problem to fix.
    if (declared.level !== 'none' && !checkStep) return;
    for (const step of elements(scope.tree, 'Step')) {
      if (step === checkStep) break;
      const work = accountWork(step);
      if (work === undefined) continue;
      report(
        declared.level === 'none'
          ? {
              position: startOf(step),
              message: `${stepLabel(step)} reads or changes the account ("${work}"), but the playbook has verification: none`,
              fix: 'set verification to account (standard check) or high-risk (strong check), and open the first step with <Verify />',
            }
          : {
              position: startOf(step),
              message: `${stepLabel(step)} reads or changes the account ("${work}") before <Verify /> has run the check`,
              fix: 'open this step (or an earlier one) with <Verify />, or move this work after the check',
            },
      );
    }
  },
};

const levels: Rule = {
  id: 'verification/levels',
  severity: 'error',
  checks:
    '`content/verification.yaml` lacks the entry for a level (`account`, `high-risk`) or has one twice, or does not exist while a playbook needs a check.',
  allFiles({ verification, playbooks }, report) {
    if (!verification) {
      // Without the file, each playbook that needs a check is told why it cannot have one.
      for (const { file, data, locations } of playbooks) {
        if (!data || data.verification === 'none') continue;
        report(file, {
          position: locations['verification'] ?? FILE_START,
          message: `verification: ${data.verification} needs a check from content/verification.yaml, which does not exist`,
          fix: `add content/verification.yaml with an entry for each of ${CHECKED_LEVELS.join(', ')} (see the schema reference)`,
        });
      }
      return;
    }
    // An invalid file's problems are reported by its schema already.
    const checks = verification.data;
    if (!checks) return;
    for (const level of CHECKED_LEVELS) {
      const count = checks.filter((check) => check.id === level).length;
      if (count === 1) continue;
      report(verification.file, {
        position: FILE_START,
        message: count === 0 ? `there is no entry for the level ${level}` : `the level ${level} has ${count} entries`,
        fix: count === 0 ? `add an entry with id: ${level}, with its check, requests and method` : `keep one entry with id: ${level}`,
      });
    }
  },
};

const reference: Rule = {
  id: 'verification/reference',
  severity: 'error',
  checks: '`<Verify />` links to the identity-verification playbook, which is missing or archived.',
  allFiles({ playbooks, known }, report) {
    const state = known.playbooks.get(VERIFICATION_PLAYBOOK);
    if (state !== undefined && state !== 'archived') return;
    for (const { file, verifyAt } of playbooks) {
      if (!verifyAt) continue;
      report(file, {
        position: verifyAt,
        message: `<Verify /> links to the ${VERIFICATION_PLAYBOOK} playbook, which ${state === 'archived' ? 'is archived' : 'does not exist'}`,
        fix: `keep content/playbooks/${VERIFICATION_PLAYBOOK}.mdx published: it explains every check the agents run`,
      });
    }
  },
};

export const verification: RuleFamily = {
  title: 'Verification',
  introduction:
    'Every playbook says in `verification` what it needs to know about the caller before acting. `<Verify />` renders the check from `content/verification.yaml`; the identity-verification playbook explains them all and is exempt from the placement rules.',
  rules: [missing, position, beforeCheck, levels, reference],
};
