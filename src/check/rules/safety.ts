// Safety routes at once: a playbook that covers a threat, a risk of self-harm or a dangerous
// product shows the safety route (<SafetyRoute />, rendered from content/safety.yaml and
// content/regions/), and nothing sends a safety case to a team that is not answered live around
// the clock (the team's `safetyLine`).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { immediateTeams, namesSafetyCase, notImmediateBecause, safetyWordAt } from '../../lib/safety.ts';
import type { Team } from '../../schemas/team.ts';
import type { Position } from '../diagnostics.ts';
import { attributeValue, elements, isJsx, startOf, type JsxElement } from '../mdx-tree.ts';
import type { Finding, Rule, RuleFamily } from '../rule.ts';

const SENTENCE = /(?<=[.!?])\s+/;

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

/** Every paragraph, heading, table cell, branch condition, step title and question that names a safety case, in order. */
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

/** Safety cases the page sends to a team that cannot take them at once: by a branch, an escalation box, or by name in the text. */
function notImmediateOnPage(tree: Root, teams: ReadonlyMap<string, Team>): Finding[] {
  const findings: Finding[] = [];
  for (const branch of elements(tree, 'Branch')) {
    const when = attributeValue(branch, 'when');
    const teamId = attributeValue(branch, 'escalate');
    if (typeof when !== 'string' || typeof teamId !== 'string' || !namesSafetyCase(when)) continue;
    const why = notImmediate(teamId, teams);
    if (why === undefined) continue;
    findings.push({
      position: startOf(branch),
      message: `<Branch when="${when}"> sends a safety case to ${teamId}, but ${why}`,
      fix: routeFix(teams),
    });
  }
  for (const { text, position, within } of safetyTexts(tree)) {
    if (within?.name === 'Escalate') {
      const teamId = attributeValue(within, 'team');
      const why = typeof teamId === 'string' ? notImmediate(teamId, teams) : undefined;
      if (why === undefined) continue;
      findings.push({
        position,
        message: `the "Escalate when" box sends a safety case ("${quote(text)}") to ${String(teamId)}, but ${why}`,
        fix: `take the safety case out of this box: ${routeFix(teams)}`,
      });
      continue;
    }
    // An Avoid box quotes what not to say, wrong routes included.
    if (within?.name === 'Avoid') continue;
    const lower = text.replace(/\s+/g, ' ').trim().toLowerCase();
    for (const team of teams.values()) {
      const why = notImmediateBecause(team);
      const at = why === undefined ? -1 : Math.max(...teamNames(team).map((name) => lower.indexOf(name)));
      if (at === -1) continue;
      findings.push({
        position,
        message: `the text sends a safety case to ${team.name} ("${quote(text, at)}"), but ${why}`,
        fix: routeFix(teams),
      });
    }
  }
  return findings;
}

const routeMissing: Rule = {
  id: 'safety/route-missing',
  severity: 'error',
  checks:
    'The playbook covers a safety case (a threat, a risk of harm, a dangerous product, an emergency) but does not show `<SafetyRoute />`.',
  eachFile({ tree }, report) {
    if (!tree || elements(tree, 'SafetyRoute').length) return;
    const [first] = safetyTexts(tree);
    if (!first) return;
    report({
      position: first.position,
      message: `the playbook covers a safety case ("${quote(first.context, safetyWordAt(first.context))}") but does not show the safety route`,
      fix: 'add <SafetyRoute case="threat" /> (or self-harm, hazard) where the agent acts on it: it shows the team that answers at any hour and each region\'s emergency number',
    });
  },
};

const notImmediateRoute: Rule = {
  id: 'safety/not-immediate',
  severity: 'error',
  checks:
    'A safety case goes to a team whose `safetyLine` is not answered live around the clock: in `content/safety.yaml`, a branch\'s `escalate`, an "Escalate when" box, or text that refers it to the team by name.',
  eachFile({ tree, teams }, report) {
    if (tree) for (const finding of notImmediateOnPage(tree, teams)) report(finding);
  },
  allFiles({ safety, teams }, report) {
    for (const [index, entry] of (safety?.data ?? []).entries()) {
      // An unknown team is reported by ref/teams.
      const why = notImmediate(entry.team, teams);
      if (!safety || why === undefined) continue;
      const immediate = immediateTeams(teams);
      report(safety.file, {
        position: safety.yaml?.locate([index, 'team']) ?? { line: 1, column: 1 },
        message: `safety case "${entry.id}" goes to ${entry.team}, but ${why}`,
        fix: immediate.length
          ? `route it to a team answered live around the clock: ${immediate.join(', ')}`
          : 'route it to a team whose safetyLine has hours: around-the-clock and answers: live',
      });
    }
  },
};

export const safety: RuleFamily = {
  title: 'Safety routes',
  introduction:
    "A safety case never waits: `<SafetyRoute />` shows the team in `content/safety.yaml` that takes it at any hour, with each region's emergency number and crisis line from `content/regions/`.",
  rules: [routeMissing, notImmediateRoute],
};
