// Channels and contact reasons: the rules for playbooks used inside an agent desktop. A "Say" line
// may carry its chat and email wording (`<Say channel="chat">` nested in the spoken `<Say>`), and
// a playbook may claim the CRM's case reasons (`contactReasons`) that open it at /go/<reason>/.
import { toString } from 'mdast-util-to-string';
import { spokenPhrase, WRITTEN_CHANNELS } from '../../lib/channels.ts';
import { FILE_START, type Position } from '../diagnostics.ts';
import { attributeValue, startOf, treeIndex, type JsxElement } from '../mdx-tree.ts';
import type { Rule, RuleFamily } from '../rule.ts';

const isSay = (element: JsxElement | undefined) => element?.name === 'Say';

/** The channel a `<Say>` is written for, or undefined for the spoken line. */
function channelOf(element: JsxElement): string | undefined {
  const value = attributeValue(element, 'channel');
  return typeof value === 'string' ? value : undefined;
}

/** The text of a `<Say>` outside the channel wordings nested in it. */
function spokenText(say: JsxElement): string {
  return say.children
    .filter((child) => !(child.type === 'mdxJsxFlowElement' && child.name === 'Say'))
    .map((child) => toString(child))
    .join(' ')
    .trim();
}

const placement: Rule = {
  id: 'channel/placement',
  severity: 'error',
  checks:
    'A `<Say channel="…">` stands outside the spoken `<Say>` it rewords, inside another channel\'s wording, or twice for one channel; or a `<Say>` holding channel wording has no spoken words of its own.',
  eachFile({ tree }, report) {
    if (!tree) return;
    const jsx = treeIndex(tree).jsx;
    for (const { node, parent } of jsx) {
      if (!isSay(node)) continue;
      const channel = channelOf(node);
      const nested = jsx.filter((entry) => entry.parent === node && isSay(entry.node)).map((entry) => entry.node);
      if (channel !== undefined) {
        if (!isSay(parent) || (parent && channelOf(parent) !== undefined)) {
          report({
            position: startOf(node),
            message: `<Say channel="${channel}"> is not inside the spoken <Say> it rewords`,
            fix: `move it inside the <Say> whose words it gives in writing, after the spoken words: <Say>spoken words <Say channel="${channel}">written words</Say></Say>, each tag on its own line`,
          });
        }
        continue;
      }
      for (const inner of nested.filter((element) => channelOf(element) === undefined)) {
        report({
          position: startOf(inner),
          message: 'a <Say> inside another <Say> names no channel',
          fix: `give it channel="${WRITTEN_CHANNELS.join('" or channel="')}", or move it out to stand on its own`,
        });
      }
      const seen = new Map<string, Position>();
      for (const inner of nested) {
        const innerChannel = channelOf(inner);
        if (innerChannel === undefined) continue;
        const first = seen.get(innerChannel);
        if (first) {
          report({
            position: startOf(inner),
            message: `a second <Say channel="${innerChannel}"> in one line (the first is on line ${first.line})`,
            fix: `keep one ${innerChannel} wording per <Say>; put another line in its own <Say>`,
          });
        } else seen.set(innerChannel, startOf(inner));
      }
      if (nested.length && !spokenText(node)) {
        report({
          position: startOf(node),
          message: 'this <Say> holds channel wording but no spoken words of its own',
          fix: 'write the phone wording first, inside the outer <Say>: it is what an agent on a call reads, and what shows without JavaScript',
        });
      }
    }
  },
};

const register: Rule = {
  id: 'channel/register',
  severity: 'error',
  checks:
    'Chat or email wording (`<Say channel="…">`, `firstWordsChat`, `firstWordsEmail`) says something only a voice call can ("I can hear", "on the phone", "stay on the line").',
  eachFile({ tree, yaml }, report) {
    for (const { node } of tree ? treeIndex(tree).jsx : []) {
      const channel = isSay(node) ? channelOf(node) : undefined;
      if (channel === undefined) continue;
      const spoken = spokenPhrase(toString(node));
      if (!spoken) continue;
      report({
        position: startOf(node),
        message: `the ${channel} wording says "${spoken.phrase}", which only makes sense on a call`,
        fix: `write what the customer reads, such as ${spoken.instead}`,
      });
    }
    const fields = (yaml?.located.data ?? {}) as Record<string, unknown>;
    for (const [field, channel] of [
      ['firstWordsChat', 'chat'],
      ['firstWordsEmail', 'email'],
    ] as const) {
      const text = fields[field];
      const spoken = typeof text === 'string' ? spokenPhrase(text) : undefined;
      if (!spoken || !yaml) continue;
      const start = yaml.located.locate([field]);
      report({
        position: start,
        message: `${field} says "${spoken.phrase}", which only makes sense on a call`,
        fix: `write the first ${channel} message as the customer reads it, such as ${spoken.instead}`,
      });
    }
  },
};

const duplicateReason: Rule = {
  id: 'contact/duplicate-reason',
  severity: 'error',
  checks: 'Two playbooks claim the same contact reason, so `/go/<reason>/` could open either: a reason belongs to one playbook.',
  allFiles({ playbooks }, report) {
    const claimed = new Map<string, { file: string; at: Position }>();
    for (const { file, data, locations } of playbooks) {
      for (const [index, reason] of (data?.contactReasons ?? []).entries()) {
        const at = locations[`contactReasons[${index}]`] ?? FILE_START;
        const first = claimed.get(reason);
        if (!first) {
          claimed.set(reason, { file, at });
          continue;
        }
        report(file, {
          position: at,
          message: `the contact reason "${reason}" is already claimed by ${first.file}:${first.at.line}:${first.at.column}`,
          fix: `keep "${reason}" on the one playbook a case with that reason should open, and remove it here (or give this playbook a narrower reason its own cases are filed under)`,
        });
      }
    }
  },
};

export const channels: RuleFamily = {
  title: 'Channels and contact reasons',
  introduction:
    'A "Say" line can carry its chat and email wording: `<Say channel="chat">` (or `"email"`) nested in the spoken `<Say>`, and `firstWordsChat` / `firstWordsEmail` beside `firstWords`. A playbook\'s `contactReasons` give it stable addresses `/go/<reason>/` for a CRM (docs/agent-desktop.md).',
  rules: [placement, register, duplicateReason],
};
