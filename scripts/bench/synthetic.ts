// Generates a realistic synthetic library for benchmarks: valid playbooks (about 600 words each,
// using every block component, a GFM table and a decision) plus the real teams and categories.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERIFICATION_PLAYBOOK } from '../../src/lib/verification.ts';

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

// Words follow a Zipf distribution over a 6,000-word vocabulary, as text does: a few words are on
// every page, most are rare. (A tiny vocabulary puts every word on every page and makes search
// look far slower than it is on a real library.)
const COMMON = (
  'the customer account call line number agent check team issue order charge fee plan phone service time day back help ' +
  'port carrier transfer cancel refund credit bill payment invoice device handset sim upgrade contract policy exception ' +
  'supervisor manager escalate callback promise notes case ticket record history confirm explain restore verify reset ' +
  'arrange review update resend apologise listen owner hours limit waiver booking change return address delivery part ' +
  'warranty replacement broken lid handle outage signal roaming data message email complaint feedback survey loyalty ' +
  'discount offer eligible renewal tariff porting request rejection reason pin reference form queue extension hold'
).split(' ');
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ra',
  'tu',
  'vo',
  'zen',
  'pra',
  'sil',
  'dor',
  'fen',
  'gra',
  'hul',
  'jin',
  'ket',
  'lum',
  'mor',
  'nix',
  'pol',
];
const VOCABULARY = [
  ...COMMON,
  ...Array.from({ length: 6000 - COMMON.length }, (_, i) => {
    const a = SYLLABLES[i % 20] ?? '';
    const b = SYLLABLES[Math.floor(i / 20) % 20] ?? '';
    const c = SYLLABLES[Math.floor(i / 400) % 20] ?? '';
    return `${a}${b}${c}`;
  }),
];
const CUMULATIVE: number[] = [];
for (let rank = 0, sum = 0; rank < VOCABULARY.length; rank++) CUMULATIVE.push((sum += 1 / (rank + 1)));

function zipfWord(next: () => number): string {
  const target = next() * (CUMULATIVE.at(-1) ?? 1);
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((CUMULATIVE[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low] ?? 'the';
}

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => zipfWord(next)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Two-word queries from the middle of the vocabulary: words on some pages, not on all. */
export function syntheticQueries(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${VOCABULARY[20 + ((i * 7) % 80)]} ${VOCABULARY[120 + ((i * 13) % 400)]}`);
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
verification: account
---

${paragraph(3)}

## Steps

${steps
  .map(
    // Like most real playbooks, each opens its first step with the identity check.
    (title, i) => `<Step title="${title}">
${i === 0 ? '\n<Verify />\n' : ''}<Do>
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

/** A playbook's source with no related pages and its links to sibling playbooks kept as plain text. */
export function withoutLinksToOtherPlaybooks(source: string): string {
  return source.replace(/^related: .*$/m, 'related: []').replace(/\[([^\]]+)\]\(\.\.\/[a-z0-9-]+\/[^)]*\)/g, '$1');
}

/** Writes `count` synthetic playbooks plus the real teams, categories, regions, synonyms, values, verification checks and safety route into `dir`. */
export function writeSyntheticLibrary(dir: string, count: number, source = 'content'): void {
  rmSync(dir, { recursive: true, force: true });
  // Training folders exist but stay empty: modules point at the real playbooks, not these.
  for (const folder of ['playbooks', 'modules', 'paths']) mkdirSync(join(dir, folder), { recursive: true });
  for (const folder of ['teams', 'categories', 'regions']) cpSync(join(source, folder), join(dir, folder), { recursive: true });
  for (const file of ['synonyms.yaml', 'values.yaml', 'verification.yaml', 'safety.yaml']) cpSync(join(source, file), join(dir, file));
  // <Verify /> links to the identity-verification playbook, so the library carries it too, with
  // its related pages and its links to other playbooks left out: those pages are not in the library.
  const reference = readFileSync(join(source, 'playbooks', `${VERIFICATION_PLAYBOOK}.mdx`), 'utf8');
  writeFileSync(join(dir, 'playbooks', `${VERIFICATION_PLAYBOOK}.mdx`), withoutLinksToOtherPlaybooks(reference));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'playbooks', `synthetic-${String(i).padStart(5, '0')}.mdx`), syntheticPlaybook(i));
}

export function countPlaybooks(dir: string): number {
  return readdirSync(join(dir, 'playbooks')).length;
}
