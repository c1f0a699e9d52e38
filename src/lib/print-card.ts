// The printed playbook card: one A4 page with everything an agent acts on during the call (the
// glance, every step with what to say and do, the identity check, decisions, safety routes and the
// escalation box). What does not fit stays on screen, and the card names it exactly, so nobody
// takes the card for the whole page. The check has already validated the body, so a light scan of
// its source is exact (as in outline.ts).

/** The sections of a playbook body that the card always keeps (their h2 anchors). */
const CARD_SECTIONS = new Set(['Steps', 'Escalate when']);
const SECTION = /^## +(.+?) *$/gm;
const NOTE = /<Note[\s>]/g;

export interface ScreenOnlyParts {
  /** The playbook's MDX body. */
  body: string;
  customerSays: number;
  related: number;
  sources: number;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listed(items: string[]): string {
  return items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The parts of the page the card leaves out, in page order; empty when it holds the whole page. */
export function leftOffCard(parts: ScreenOnlyParts): string[] {
  const firstSection = parts.body.search(/^## /m);
  const introduction = (firstSection === -1 ? '' : parts.body.slice(0, firstSection)).trim();
  const sections = [...parts.body.matchAll(SECTION)].map((match) => match[1] ?? '').filter((title) => !CARD_SECTIONS.has(title));
  const notes = parts.body.match(NOTE)?.length ?? 0;
  return [
    introduction ? 'the introduction' : '',
    notes > 0 ? count(notes, 'note') : '',
    sections.length > 0 ? `the section${sections.length === 1 ? '' : 's'} “${sections.join('”, “')}”` : '',
    parts.customerSays > 0 ? 'what customers may say' : '',
    parts.related > 0 ? count(parts.related, 'related playbook') : '',
    parts.sources > 0 ? count(parts.sources, 'source') : '',
  ].filter(Boolean);
}

/** The card's line about what it leaves out. */
export function printCardLeavesOut(parts: ScreenOnlyParts): string {
  const left = leftOffCard(parts);
  if (left.length === 0) return 'This card holds the whole page.';
  return `Not on this card: ${listed(left)}. The whole page is at the address above.`;
}
