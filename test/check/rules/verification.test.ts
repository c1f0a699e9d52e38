import { describe, expect, it } from 'vitest';
import {
  accountWork,
  verificationDataFindings,
  verificationFindings,
  verificationReferenceFindings,
  type VerificationInput,
} from '../../../src/check/rules/verification.ts';
import type { JsxElement } from '../../../src/check/rules/mdx-safety.ts';
import { treeIndex } from '../../../src/check/rules/structure.ts';
import type { VerificationCheck } from '../../../src/schemas/verification.ts';
import { tree } from '../../helpers/mdx.ts';

const LEVEL_AT = { line: 3, column: 15 };

function check(body: string, level: VerificationInput['level'], id = 'restoring-a-line') {
  return verificationFindings(tree(body), { id, level, levelAt: LEVEL_AT }).map((f) => [f.rule, f.position.line, f.message]);
}

const VERIFIED = `## Steps

<Step title="Verify the caller">

<Verify />

<Say>
Could you give me the passcode on the account?
</Say>

</Step>

<Step title="Read the history">

<Do>
Open the account and read every contact on this line.
</Do>

</Step>
`;

/** The body of the device-change playbook before it verified anyone: the history was read first. */
const HISTORY_FIRST = `## Steps

<Step title="Read the history first">

<Do>
Read every contact on this line from the last few weeks.
</Do>

</Step>

<Step title="Make the change yourself">

<Verify />

<Do>
Make the change in the account tool.
</Do>

</Step>
`;

function firstStep(body: string): JsxElement {
  const step = treeIndex(tree(body)).jsx.find((entry) => entry.node.name === 'Step')?.node;
  if (!step) throw new Error('no step');
  return step;
}

describe('accountWork', () => {
  it('finds reading or changing the account, its history, its case or its tools', () => {
    for (const text of [
      'Open the account.',
      'Read every contact on this line.',
      'Open the porting case and read the rejection reason.',
      'Check the account tool sent the notice.',
      "Don't make the SIM change yet.",
      'Before I look into your account, could you give me the passcode?',
    ]) {
      expect(accountWork(firstStep(`<Step title="x">\n\n${text}\n\n</Step>`)), text).toBeDefined();
    }
  });

  it('leaves listening, safety and notes alone', () => {
    for (const text of [
      'Let the caller finish before you reply.',
      'Check the recall list for the model.',
      'Log a product-safety incident in the case tool the same day.',
      'Work down your list in order.',
    ]) {
      expect(accountWork(firstStep(`<Step title="x">\n\n${text}\n\n</Step>`)), text).toBeUndefined();
    }
  });
});

describe('verificationFindings', () => {
  it('accepts <Verify /> opening the first step of an account playbook', () => {
    expect(check(VERIFIED, 'account')).toEqual([]);
    expect(check(VERIFIED, 'high-risk')).toEqual([]);
  });

  it('accepts a later verification step when no step before it touches the account', () => {
    const body = `<Step title="Let them finish">\n\nListen until they stop.\n\n</Step>\n\n${VERIFIED}`;
    expect(check(body, 'account')).toEqual([]);
  });

  it('asks for <Verify /> on a playbook that needs a check, at its verification field', () => {
    const body = VERIFIED.replace('<Verify />\n\n', '');
    expect(verificationFindings(tree(body), { id: 'a', level: 'high-risk', levelAt: LEVEL_AT })).toEqual([
      {
        position: LEVEL_AT,
        rule: 'verification/missing',
        message: 'the playbook has verification: high-risk but no <Verify />',
        fix: 'put <Verify /> on its own line as the first thing in the first step, so the check is run before anything on the account is read or changed',
      },
    ]);
  });

  it('rejects a step that reads the account before the check (the old device-change order)', () => {
    expect(check(HISTORY_FIRST, 'high-risk')).toEqual([
      [
        'verification/before-check',
        3,
        'step "Read the history first" reads or changes the account ("Read every contact on this line") before <Verify /> has run the check',
      ],
    ]);
  });

  it('rejects a playbook that says none but reads the account', () => {
    // Asking for the passcode is not reading the account; opening it is.
    expect(check(VERIFIED.replace('<Verify />\n\n', ''), 'none')).toEqual([
      [
        'verification/before-check',
        11,
        'step "Read the history" reads or changes the account ("Open the account"), but the playbook has verification: none',
      ],
    ]);
  });

  it('rejects <Verify /> on a playbook that says none', () => {
    expect(check('<Step title="Listen">\n\n<Verify />\n\nListen.\n\n</Step>\n', 'none')).toEqual([
      ['verification/position', 3, '<Verify /> is on a playbook with verification: none'],
    ]);
  });

  it('rejects <Verify /> after other content in its step, outside a step, or twice', () => {
    expect(
      check(VERIFIED.replace('<Verify />\n\n<Say>', '<Say>').replace('</Say>\n\n</Step>', '</Say>\n\n<Verify />\n\n</Step>'), 'account'),
    ).toEqual([['verification/position', 9, '<Verify /> is not the first thing in its step']]);
    expect(check(`<Verify />\n\n${VERIFIED.replace('<Verify />\n\n', '')}`, 'account')).toEqual([
      ['verification/position', 1, '<Verify /> is not inside a <Step>'],
    ]);
    expect(check(VERIFIED.replace('<Do>\nOpen', '<Verify />\n\n<Do>\nOpen'), 'account')).toEqual([
      ['verification/position', 15, 'a second <Verify /> (the first is on line 5)'],
    ]);
  });

  it('leaves the identity-verification playbook, which is the check itself, and invalid frontmatter alone', () => {
    expect(check(HISTORY_FIRST.replace('<Verify />\n\n', ''), 'high-risk', 'identity-verification')).toEqual([]);
    expect(check(HISTORY_FIRST, undefined)).toEqual([]);
  });
});

const ACCOUNT: VerificationCheck = {
  id: 'account',
  check: 'Standard check',
  requests: ['Ask about a bill'],
  method: ['The account passcode'],
};

describe('verificationDataFindings', () => {
  const declared = [{ file: 'content/playbooks/a.mdx', level: 'account' as const, at: LEVEL_AT }];

  it('asks for one entry per level that needs a check', () => {
    expect(verificationDataFindings({ file: 'content/verification.yaml', checks: [ACCOUNT, ACCOUNT] }, declared)).toEqual([
      {
        file: 'content/verification.yaml',
        line: 1,
        column: 1,
        rule: 'verification/levels',
        message: 'the level account has 2 entries',
        fix: 'keep one entry with id: account',
        severity: 'error',
      },
      {
        file: 'content/verification.yaml',
        line: 1,
        column: 1,
        rule: 'verification/levels',
        message: 'there is no entry for the level high-risk',
        fix: 'add an entry with id: high-risk, with its check, requests and method',
        severity: 'error',
      },
    ]);
  });

  it('tells each playbook that needs a check when there is no verification file, and says nothing of an invalid one', () => {
    expect(verificationDataFindings(undefined, declared).map((d) => [d.file, d.line, d.message])).toEqual([
      ['content/playbooks/a.mdx', 3, 'verification: account needs a check from content/verification.yaml, which does not exist'],
    ]);
    expect(verificationDataFindings({ file: 'content/verification.yaml', checks: undefined }, declared)).toEqual([]);
  });
});

describe('verificationReferenceFindings', () => {
  const playbooks = [
    { file: 'content/playbooks/a.mdx', verifyAt: { line: 20, column: 1 } },
    { file: 'content/playbooks/b.mdx', verifyAt: undefined },
  ];

  it('requires the identity-verification playbook that <Verify /> links to', () => {
    expect(verificationReferenceFindings(playbooks, new Map()).map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      [
        'content/playbooks/a.mdx',
        20,
        'verification/reference',
        '<Verify /> links to the identity-verification playbook, which does not exist',
      ],
    ]);
    expect(verificationReferenceFindings(playbooks, new Map([['identity-verification', 'archived']]))[0]?.message).toContain('is archived');
    expect(verificationReferenceFindings(playbooks, new Map([['identity-verification', 'validated']]))).toEqual([]);
  });
});
