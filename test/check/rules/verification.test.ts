import { describe, expect, it } from 'vitest';
import { checkPlaybookFile } from '../../../src/check/check-playbook.ts';
import { formatDiagnostic } from '../../../src/check/diagnostics.ts';
import { elements } from '../../../src/check/mdx-tree.ts';
import { NO_SHARED_DATA, type AllFilesScope, type YamlEntry } from '../../../src/check/rule.ts';
import { accountWork, verification } from '../../../src/check/rules/verification.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import type { VerificationCheck, VerificationLevel } from '../../../src/schemas/verification.ts';
import { playbook, withField } from '../../helpers/content.ts';
import { tree } from '../../helpers/mdx.ts';
import { EMPTY_CONTENT } from '../helpers.ts';

/** The body of a file made by `playbook()` starts after `---`, 17 lines of YAML and `---`. */
const BODY_OFFSET = 19;
const RULE_IDS = new Set(verification.rules.map((rule) => rule.id));

/** What the verification rules report about a playbook with this level and body; lines counted from the body's first. */
function check(body: string, level: VerificationLevel | 'invalid', id = 'restoring-a-line') {
  const frontmatter =
    level === 'invalid' ? withField('confidence', 'confidence: done') : withField('verification', `verification: ${level}`);
  return checkPlaybookFile(playbook(id, frontmatter, body), NO_SHARED_DATA, playbookSchema())
    .diagnostics.filter((d) => RULE_IDS.has(d.rule))
    .map((d) => [d.rule, d.line - BODY_OFFSET, d.message]);
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

function firstStep(body: string) {
  const [step] = elements(tree(body), 'Step');
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
    const frontmatter = withField('verification', 'verification: high-risk');
    expect(
      checkPlaybookFile(playbook('a', frontmatter, body), NO_SHARED_DATA, playbookSchema())
        .diagnostics.filter((d) => RULE_IDS.has(d.rule))
        .map(formatDiagnostic),
    ).toEqual([
      'content/playbooks/a.mdx:18:15  verification/missing  the playbook has verification: high-risk but no <Verify /> — put <Verify /> on its own line as the first thing in the first step, so the check is run before anything on the account is read or changed',
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
      ['verification/position', 15, 'a second <Verify /> (the first is on line 24)'],
    ]);
  });

  it('leaves the identity-verification playbook, which is the check itself, and invalid frontmatter alone', () => {
    expect(check(HISTORY_FIRST.replace('<Verify />\n\n', ''), 'high-risk', 'identity-verification')).toEqual([]);
    expect(check(HISTORY_FIRST, 'invalid')).toEqual([]);
  });
});

const ACCOUNT: VerificationCheck = {
  id: 'account',
  check: 'Standard check',
  requests: ['Ask about a bill'],
  method: ['The account passcode'],
};

/** What the cross-file verification rules report, as `npm run check` prints it. */
function across(scope: Partial<AllFilesScope>): string[] {
  return runAllFiles({ ...EMPTY_CONTENT, ...scope }, verification.rules).map(formatDiagnostic);
}

function verificationFile(checks: VerificationCheck[] | undefined): YamlEntry<VerificationCheck[]> {
  return { file: 'content/verification.yaml', id: 'verification', yaml: undefined, data: checks };
}

const ACCOUNT_PLAYBOOK = checkPlaybookFile(
  playbook('a', withField('verification', 'verification: account'), '## Steps\n\n<Step title="Verify">\n\n<Verify />\n\n</Step>\n'),
  NO_SHARED_DATA,
  playbookSchema(),
);

describe('verification/levels', () => {
  it('asks for one entry per level that needs a check', () => {
    expect(across({ verification: verificationFile([ACCOUNT, ACCOUNT]) })).toEqual([
      'content/verification.yaml:1:1  verification/levels  the level account has 2 entries — keep one entry with id: account',
      'content/verification.yaml:1:1  verification/levels  there is no entry for the level high-risk — add an entry with id: high-risk, with its check, requests and method',
    ]);
  });

  it('tells each playbook that needs a check when there is no verification file, and says nothing of an invalid one', () => {
    expect(across({ playbooks: [ACCOUNT_PLAYBOOK] }).filter((line) => line.includes(' verification/levels '))).toEqual([
      'content/playbooks/a.mdx:18:15  verification/levels  verification: account needs a check from content/verification.yaml, which does not exist — add content/verification.yaml with an entry for each of account, high-risk (see the schema reference)',
    ]);
    expect(
      across({ playbooks: [ACCOUNT_PLAYBOOK], verification: verificationFile(undefined) }).filter((line) =>
        line.includes(' verification/levels '),
      ),
    ).toEqual([]);
  });
});

describe('verification/reference', () => {
  const known = (state?: 'archived' | 'validated'): AllFilesScope['known'] => ({
    teams: new Set(),
    categories: new Set(),
    playbooks: new Map(state ? [['identity-verification', state]] : []),
    modules: new Set(),
  });

  it('requires the identity-verification playbook that <Verify /> links to', () => {
    expect(
      across({ playbooks: [ACCOUNT_PLAYBOOK], known: known(), verification: verificationFile([ACCOUNT]) }).filter((line) =>
        line.includes(' verification/reference '),
      ),
    ).toEqual([
      'content/playbooks/a.mdx:24:1  verification/reference  <Verify /> links to the identity-verification playbook, which does not exist — keep content/playbooks/identity-verification.mdx published: it explains every check the agents run',
    ]);
    expect(across({ playbooks: [ACCOUNT_PLAYBOOK], known: known('archived') }).some((line) => line.includes('which is archived'))).toBe(
      true,
    );
    expect(
      across({ playbooks: [ACCOUNT_PLAYBOOK], known: known('validated') }).some((line) => line.includes(' verification/reference ')),
    ).toBe(false);
  });
});
