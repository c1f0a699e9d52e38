// Generates a realistic synthetic library for benchmarks: valid playbooks (about 600 words each,
// using every block component, a GFM table and a decision) plus the real teams and categories.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = [
  'porting',
  'billing',
  'refund',
  'device',
  'callback',
  'outage',
  'upgrade',
  'roaming',
  'contract',
  'address',
  'password',
  'delivery',
  'warranty',
  'complaint',
  'cancellation',
  'sim',
];
const VERBS = ['check', 'confirm', 'explain', 'restore', 'escalate', 'record', 'review', 'resend', 'update', 'verify', 'reset', 'arrange'];
const NOUNS = ['account', 'line', 'order', 'invoice', 'handset', 'case', 'booking', 'payment', 'number', 'plan', 'ticket', 'address'];
const CATEGORIES = [
  'porting',
  'difficult-conversations',
  'billing-and-fees',
  'escalation-and-follow-up',
  'devices-and-products',
  'policies',
];
const TEAMS = ['customer-care', 'porting-desk', 'duty-supervisors', 'technical-support', 'parts-and-replacements'];

/** A small deterministic PRNG, so every run generates the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const parts = Array.from({ length: words }, (_, i) => (i % 3 === 0 ? pick(VERBS) : i % 3 === 1 ? 'the' : pick(NOUNS)));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function syntheticPlaybook(index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const topic = pick(TOPICS);
  const team = pick(TEAMS);
  const steps = Array.from({ length: 5 }, (_, i) => `Step ${i + 1} ${pick(VERBS)} the ${pick(NOUNS)}`);
  const paragraph = (n: number) => Array.from({ length: n }, () => sentence(next, 8 + Math.floor(next() * 8))).join(' ');
  return `---
title: Synthetic ${topic} playbook ${index}
summary: ${sentence(next, 14)}
category: ${pick(CATEGORIES)}
tags: [${topic}, synthetic]
audience: [agent, new-hire]
confidence: ${index % 10 === 0 ? 'not-validated' : 'validated'}
owner: ${team}
lastReviewed: 2026-11-01
whenToUse: ${sentence(next, 16)}
firstMove: ${sentence(next, 10)}
firstWords: ${sentence(next, 14)}
customerSays:
  - my ${topic} ${pick(NOUNS)} stopped working
  - why is my ${pick(NOUNS)} wrong again
  - case ${index} ${pick(NOUNS)} ${pick(VERBS)}
related: []
---

${paragraph(3)}

## Steps

${steps
  .map(
    (title) => `<Step title="${title}">
<Do>
${paragraph(3)}
</Do>
<Say>
${paragraph(2)}
</Say>
</Step>
`,
  )
  .join('\n')}
<Decision question="${sentence(next, 8).replace(/\.$/, '?')}">
<Branch when="Yes" goto="step-${steps[0]?.toLowerCase().replace(/ /g, '-')}">
${paragraph(1)}
</Branch>
<Branch when="No" escalate="${team}">
${paragraph(1)}
</Branch>
</Decision>

## Reference

| Situation | What to check | Fix |
| --- | --- | --- |
| ${sentence(next, 4)} | ${sentence(next, 5)} | ${sentence(next, 6)} |
| ${sentence(next, 4)} | ${sentence(next, 5)} | ${sentence(next, 6)} |
| ${sentence(next, 4)} | ${sentence(next, 5)} | ${sentence(next, 6)} |

${paragraph(4)}

## Escalate when

<Escalate team="${team}">
- ${sentence(next, 10)}
- ${sentence(next, 10)}
</Escalate>
`;
}

/** Writes `count` synthetic playbooks plus the real teams, categories and synonyms into `dir`. */
export function writeSyntheticLibrary(dir: string, count: number, source = 'content'): void {
  rmSync(dir, { recursive: true, force: true });
  // Training folders exist but stay empty: modules point at the real playbooks, not these.
  for (const folder of ['playbooks', 'modules', 'paths']) mkdirSync(join(dir, folder), { recursive: true });
  for (const folder of ['teams', 'categories']) cpSync(join(source, folder), join(dir, folder), { recursive: true });
  cpSync(join(source, 'synonyms.yaml'), join(dir, 'synonyms.yaml'));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'playbooks', `synthetic-${String(i).padStart(5, '0')}.mdx`), syntheticPlaybook(i));
}

export function countPlaybooks(dir: string): number {
  return readdirSync(join(dir, 'playbooks')).length;
}
