import type { ContentFiles, SourceFile } from '../../src/check/source.ts';

/** A small playbook that passes every check; tests break one thing at a time. */
export const VALID_FRONTMATTER = `title: Restoring a cancelled line
summary: Bring back a line the customer cancelled too early so that the number transfer can go through.
category: porting
tags: [porting, cancelled line]
audience: [agent]
confidence: validated
owner: porting-desk
lastReviewed: 2026-11-01
reviewEvery: 90
whenToUse: The port was rejected because the old line was cancelled before the transfer completed.
firstMove: Open the port request and read the rejection code.
firstWords: I can see what happened, and I am going to stay with this until it is fixed.
customerSays:
  - my number stopped working after i switched
  - they told me to cancel my old account
related: []
verification: none`;

export const VALID_BODY = `
## Steps

<Step title="Read the rejection">
<Do>
Open the port request.
</Do>
<Say>
I can see why it stopped.
</Say>
</Step>

<Step title="Reactivate the line">
<Do>
Ask the customer to call the old provider.
</Do>
</Step>

<Decision question="Did the old provider restore the line?">
<Branch when="Yes" goto="step-read-the-rejection">
Resubmit.
</Branch>
<Branch when="No" escalate="porting-desk">
Hand over.
</Branch>
</Decision>

## Escalate when

<Escalate team="porting-desk">
- The old provider refuses.
</Escalate>
`;

export function playbook(name: string, frontmatter = VALID_FRONTMATTER, body = VALID_BODY): SourceFile {
  return { path: `content/playbooks/${name}.mdx`, source: `---\n${frontmatter}\n---\n${body}` };
}

export const PORTING_TEAM: SourceFile = {
  path: 'content/teams/porting-desk.yaml',
  source: `name: Number Porting Desk
handles: [Number transfers]
hours: Monday to Friday, 09:00–17:00
reach: Extension 4410
authority:
  - id: port-fee-credit
    label: Credit a porting charge
    unit: USD
    byRole: { agent: 10, senior: 35 }
callbackSla: { hours: 24, clock: business }
`,
};

export const PORTING_CATEGORY: SourceFile = {
  path: 'content/categories/porting.yaml',
  source: 'title: Porting\ndescription: Moving numbers between providers.\norder: 1\n',
};

export function contentWith(...playbooks: SourceFile[]): ContentFiles {
  return { playbooks, teams: [PORTING_TEAM], categories: [PORTING_CATEGORY], modules: [], paths: [], regions: [] };
}

/** Replaces one frontmatter line (matched by its field name) in the valid frontmatter. */
export function withField(field: string, line: string | undefined): string {
  const lines = VALID_FRONTMATTER.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (at === -1) return line === undefined ? VALID_FRONTMATTER : `${VALID_FRONTMATTER}\n${line}`;
  if (line === undefined) lines.splice(at, 1);
  else lines[at] = line;
  return lines.join('\n');
}

export const TODAY = new Date('2026-11-25T00:00:00Z');
