import { describe, expect, it } from 'vitest';
import { checkPlaybookFile } from '../../../src/check/check-playbook.ts';
import { formatDiagnostic } from '../../../src/check/diagnostics.ts';
import { NO_SHARED_DATA } from '../../../src/check/rule.ts';
import { channels } from '../../../src/check/rules/channels.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { playbook, VALID_BODY, VALID_FRONTMATTER } from '../../helpers/content.ts';
import { EMPTY_CONTENT, findingsIn } from '../helpers.ts';

const RULE_IDS = new Set(channels.rules.map((rule) => rule.id));

/** What the channel rules report about a whole playbook, as the check prints it. */
function report(frontmatter: string, body = VALID_BODY): string[] {
  return checkPlaybookFile(playbook('a', frontmatter, body), NO_SHARED_DATA, playbookSchema())
    .diagnostics.filter((d) => RULE_IDS.has(d.rule))
    .map(formatDiagnostic);
}

/** What the channel rules report about an MDX body on its own, as `line:column rule message — fix`. */
function inBody(body: string): string[] {
  return findingsIn(channels, body).map(
    ({ position, rule, message, fix }) => `${position.line}:${position.column} ${rule} ${message} — ${fix}`,
  );
}

const SAY_WITH_CHAT = `<Say>
I can hear this has been a long wait, and I am sorry.

<Say channel="chat">
I can see this has been a long wait, and I am sorry.
</Say>

<Say channel="email">
Thank you for your patience while this has been sorted out.
</Say>
</Say>
`;

describe('channel/placement', () => {
  it('accepts chat and email wording nested in the spoken line they reword', () => {
    expect(inBody(SAY_WITH_CHAT)).toEqual([]);
  });

  it('refuses channel wording that stands on its own, or inside another channel', () => {
    const body = `<Say channel="chat">
Thanks for waiting.
</Say>

<Say>
Thanks for holding.

<Say channel="chat">
Thanks for waiting.

<Say channel="email">
Thank you for waiting.
</Say>
</Say>
</Say>
`;
    expect(inBody(body)).toMatchInlineSnapshot(`
      [
        "1:1 channel/placement <Say channel="chat"> is not inside the spoken <Say> it rewords — move it inside the <Say> whose words it gives in writing, after the spoken words: <Say>spoken words <Say channel="chat">written words</Say></Say>, each tag on its own line",
        "11:1 channel/placement <Say channel="email"> is not inside the spoken <Say> it rewords — move it inside the <Say> whose words it gives in writing, after the spoken words: <Say>spoken words <Say channel="email">written words</Say></Say>, each tag on its own line",
      ]
    `);
  });

  it('refuses a second wording for one channel, a nested line with no channel and a line with no spoken words', () => {
    const body = `<Say>
<Say channel="chat">
Thanks for waiting.
</Say>

<Say channel="chat">
Thanks for your patience.
</Say>

<Say>
Thank you.
</Say>
</Say>
`;
    expect(inBody(body)).toMatchInlineSnapshot(`
      [
        "10:1 channel/placement a <Say> inside another <Say> names no channel — give it channel="chat" or channel="email", or move it out to stand on its own",
        "6:1 channel/placement a second <Say channel="chat"> in one line (the first is on line 2) — keep one chat wording per <Say>; put another line in its own <Say>",
        "1:1 channel/placement this <Say> holds channel wording but no spoken words of its own — write the phone wording first, inside the outer <Say>: it is what an agent on a call reads, and what shows without JavaScript",
      ]
    `);
  });
});

describe('channel/register', () => {
  it('accepts written wording that says what the customer reads', () => {
    expect(inBody(SAY_WITH_CHAT)).toEqual([]);
    expect(
      report(`${VALID_FRONTMATTER}\nfirstWordsChat: Thanks for your message. I can see what happened and will stay with this here.`),
    ).toEqual([]);
  });

  it('flags chat and email wording that only makes sense on a call, quoting the phrase', () => {
    const body = `<Say>
I can hear how frustrating this is.

<Say channel="chat">
I can hear how frustrating this is.
</Say>

<Say channel="email">
Please stay on the line while I check, or I can put you on hold.
</Say>
</Say>
`;
    expect(inBody(body)).toMatchInlineSnapshot(`
      [
        "4:1 channel/register the chat wording says "can hear", which only makes sense on a call — write what the customer reads, such as "I can see…", "I understand…"",
        "8:1 channel/register the email wording says "stay on the line", which only makes sense on a call — write what the customer reads, such as "please keep this chat open", "I will reply here"",
      ]
    `);
  });

  it('flags spoken first words for chat and email at their field', () => {
    expect(
      report(
        `${VALID_FRONTMATTER}\nfirstWordsChat: Thanks for holding on the phone with me.\nfirstWordsEmail: I hear you, and I am sorry about the bill.`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/playbooks/a.mdx:19:17  channel/register  firstWordsChat says "on the phone", which only makes sense on a call — write the first chat message as the customer reads it, such as "in this chat", "in this email", "here"",
        "content/playbooks/a.mdx:20:18  channel/register  firstWordsEmail says "I hear", which only makes sense on a call — write the first email message as the customer reads it, such as "I can see…", "I understand…"",
      ]
    `);
  });

  it('leaves the spoken wording alone: "I can hear" is right on a call', () => {
    expect(inBody('<Say>\nI can hear that, and I am on it. Please stay on the line.\n</Say>\n')).toEqual([]);
    expect(report(VALID_FRONTMATTER.replace('I can see what happened', 'I can hear what happened'))).toEqual([]);
  });
});

describe('contact/duplicate-reason', () => {
  const facts = (id: string, reasons: string[]) =>
    checkPlaybookFile(
      playbook(
        id,
        `${VALID_FRONTMATTER.replace('Restoring a cancelled line', `Restoring ${id}`)}\ncontactReasons: [${reasons.join(', ')}]`,
      ),
      NO_SHARED_DATA,
      playbookSchema(),
    );

  it('accepts reasons each claimed by one playbook', () => {
    const playbooks = [facts('porting', ['number-port-rejected']), facts('fees', ['fee-dispute'])];
    expect(runAllFiles({ ...EMPTY_CONTENT, playbooks }, channels.rules)).toEqual([]);
  });

  it('refuses a reason a second playbook claims, pointing at the first claim', () => {
    const playbooks = [facts('porting', ['number-port-rejected', 'port-out']), facts('fees', ['fee-dispute', 'port-out'])];
    expect(runAllFiles({ ...EMPTY_CONTENT, playbooks }, channels.rules).map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "content/playbooks/fees.mdx:19:31  contact/duplicate-reason  the contact reason "port-out" is already claimed by content/playbooks/porting.mdx:19:40 — keep "port-out" on the one playbook a case with that reason should open, and remove it here (or give this playbook a narrower reason its own cases are filed under)",
      ]
    `);
  });
});
