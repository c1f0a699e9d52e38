import { describe, expect, it } from 'vitest';
import { leftOffCard, printCardLeavesOut } from '../../src/lib/print-card.ts';

const BODY = `This page covers US numbers.

## Steps

<Step title="Verify the caller">
<Verify />
<Note>Why it matters.</Note>
</Step>

<Step title="Fix it">
<Decision question="Is it down?">
</Decision>
<Note>
Another note.
</Note>
</Step>

## Rejection reasons: US numbers

| a | b |
| - | - |

## Realistic timelines

- one

## Escalate when

<Escalate team="porting-desk" />
`;

describe('leftOffCard', () => {
  it('names the introduction, the notes and every section besides the steps and the escalation, in page order', () => {
    expect(leftOffCard({ body: BODY, customerSays: 0, related: 0, sources: 0 })).toEqual([
      'the introduction',
      '2 notes',
      'the sections “Rejection reasons: US numbers”, “Realistic timelines”',
    ]);
  });

  it('names the customer phrases, related playbooks and sources the page has', () => {
    expect(leftOffCard({ body: '## Steps\n\n<Step title="A">x</Step>\n', customerSays: 3, related: 1, sources: 2 })).toEqual([
      'what customers may say',
      '1 related playbook',
      '2 sources',
    ]);
  });
});

describe('printCardLeavesOut', () => {
  it('lists what is left out in one sentence and points to the page', () => {
    expect(printCardLeavesOut({ body: '## Steps\n\n## Why this works\n', customerSays: 2, related: 0, sources: 1 })).toBe(
      'Not on this card: the section “Why this works”, what customers may say and 1 source. The whole page is at the address above.',
    );
  });

  it('says the card holds the whole page when nothing is left out', () => {
    expect(printCardLeavesOut({ body: '## Steps\n\n<Step title="A">x</Step>\n', customerSays: 0, related: 0, sources: 0 })).toBe(
      'This card holds the whole page.',
    );
  });
});
