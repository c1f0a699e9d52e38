// Safety routes at once: a playbook that covers a threat, a risk of self-harm or a dangerous
// product shows the safety route (<SafetyRoute case="…" />, rendered from content/safety.yaml and
// content/regions/), and nothing on the page sends a safety case to a team that is not answered
// live around the clock (the team's `safetyLine`).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { immediateTeams, namesSafetyCase, notImmediateBecause, safetyWordAt } from '../../lib/safety.ts';
import type { Team } from '../../schemas/team.ts';
import type { Position } from '../diagnostics.ts';
import { attributeValue, startOf, type Finding, type JsxElement } from './mdx-safety.ts';
import { treeIndex } from './structure.ts';

const SENTENCE = /(?<=[.!?])\s+/;

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Up to 80 characters of a sentence to quote in a message, from a few words before `at` when the sentence is longer. */
function quote(text: string, at = 0): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 80) return clean;
  const start = at > 40 ? clean.lastIndexOf(' ', at - 30) + 1 : 0;
  const part = clean.slice(start, start + 77);
  return `${start > 0 ? '…' : ''}${part}${start + 77 < clean.length ? '…' : ''}`;
}

/** The ways text names a team: its name, and its name with the last word singular ("the duty supervisor"). */
function teamNames(team: Team): string[] {
  const name = team.name.toLowerCase();
  return [...new Set([name, name.replace(/s$/, '')])];
}

interface SafetyText {
  /** The sentence, condition or title that names the case. */
  text: string;
  /** The whole paragraph or attribute it stands in, to quote. */
  context: string;
  position: Position;
  /** The box or component the text sits in, if any. */
  within: JsxElement | undefined;
}

/** Every paragraph, list item, heading, branch condition and step title that names a safety case, in order. */
function safetyTexts(tree: Root): SafetyText[] {
  const found: SafetyText[] = [];
  visitParents(tree, (node, ancestors) => {
    const within = ancestors.findLast(isJsx);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const context = toString(node);
      for (const sentence of context.split(SENTENCE)) {
        if (namesSafetyCase(sentence)) found.push({ text: sentence, context, position: startOf(node), within });
      }
      return 'skip';
    }
    if (isJsx(node)) {
      for (const name of ['when', 'title', 'question']) {
        const value = attributeValue(node, name);
        if (typeof value === 'string' && namesSafetyCase(value))
          found.push({ text: value, context: value, position: startOf(node), within: node });
      }
    }
    return undefined;
  });
  return found;
}

function notImmediate(teamId: string, teams: ReadonlyMap<string, Team>): string | undefined {
  const team = teams.get(teamId);
  // An unknown team is reported by ref/team.
  return team ? notImmediateBecause(team) : undefined;
}

function routeFix(teams: ReadonlyMap<string, Team>): string {
  const immediate = immediateTeams(teams);
  const to = immediate.length
    ? `a team answered live around the clock (${immediate.join(', ')})`
    : 'a team whose safetyLine is around-the-clock and live';
  return `send it to ${to}, and show the route with <SafetyRoute case="…" />`;
}

/** The safety route is on the page when the page covers a safety case, and no safety case goes to a team that cannot take it at once. */
export function safetyFindings(tree: Root, teams: ReadonlyMap<string, Team>): Finding[] {
  const findings: Finding[] = [];
  const texts = safetyTexts(tree);
  const jsx = treeIndex(tree).jsx.map((entry) => entry.node);

  const [firstCase] = texts;
  if (firstCase && !jsx.some((node) => node.name === 'SafetyRoute')) {
    findings.push({
      position: firstCase.position,
      rule: 'safety/route-missing',
      message: `the playbook covers a safety case ("${quote(firstCase.context, safetyWordAt(firstCase.context))}") but does not show the safety route`,
      fix: 'add <SafetyRoute case="threat" /> (or self-harm, hazard) where the agent acts on it: it shows the team that answers at any hour and each region\'s emergency number',
    });
  }

  for (const branch of jsx.filter((node) => node.name === 'Branch')) {
    const when = attributeValue(branch, 'when');
    const teamId = attributeValue(branch, 'escalate');
    if (typeof when !== 'string' || typeof teamId !== 'string' || !namesSafetyCase(when)) continue;
    const why = notImmediate(teamId, teams);
    if (why === undefined) continue;
    findings.push({
      position: startOf(branch),
      rule: 'safety/not-immediate',
      message: `<Branch when="${when}"> sends a safety case to ${teamId}, but ${why}`,
      fix: routeFix(teams),
    });
  }

  for (const { text, position, within } of texts) {
    if (within?.name === 'Escalate') {
      const teamId = attributeValue(within, 'team');
      const why = typeof teamId === 'string' ? notImmediate(teamId, teams) : undefined;
      if (why === undefined) continue;
      findings.push({
        position,
        rule: 'safety/not-immediate',
        message: `the "Escalate when" box sends a safety case ("${quote(text)}") to ${String(teamId)}, but ${why}`,
        fix: `take the safety case out of this box: ${routeFix(teams)}`,
      });
      continue;
    }
    if (within?.name === 'Avoid') continue;
    const lower = text.replace(/\s+/g, ' ').trim().toLowerCase();
    for (const team of teams.values()) {
      const why = notImmediateBecause(team);
      const at = why === undefined ? -1 : Math.max(...teamNames(team).map((name) => lower.indexOf(name)));
      if (at === -1) continue;
      findings.push({
        position,
        rule: 'safety/not-immediate',
        message: `the text sends a safety case to ${team.name} ("${quote(text, at)}"), but ${why}`,
        fix: routeFix(teams),
      });
    }
  }
  return findings;
}

/** A safety case of content/safety.yaml, with where its `team` stands in the file. */
export interface LocatedSafetyCase {
  id: string;
  team: string;
  teamAt: Position;
}

/** The route itself: each kind of safety case goes to a team answered live around the clock. */
export function safetyRouteFindings(cases: readonly LocatedSafetyCase[], teams: ReadonlyMap<string, Team>): Finding[] {
  return cases.flatMap(({ id, team, teamAt }) => {
    const why = notImmediate(team, teams);
    if (why === undefined) return [];
    const immediate = immediateTeams(teams);
    return [
      {
        position: teamAt,
        rule: 'safety/not-immediate',
        message: `safety case "${id}" goes to ${team}, but ${why}`,
        fix: immediate.length
          ? `route it to a team answered live around the clock: ${immediate.join(', ')}`
          : 'route it to a team whose safetyLine has hours: around-the-clock and answers: live',
      },
    ];
  });
}
