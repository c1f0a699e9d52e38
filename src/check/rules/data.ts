// Numbers and promises: every threshold, period, amount and code comes from content data (values,
// team limits, callback windows) through a component, and words said to a customer promise no
// time or outcome the data does not back. What counts is in docs/playbook-format.md.
import type { Nodes } from 'mdast';
import type { DataValue } from '../../schemas/value.ts';
import { PERIOD_UNITS } from '../../schemas/value.ts';
import type { Position } from '../diagnostics.ts';
import { knownValuesOnce, type KnownValue } from '../known-values.ts';
import { attributeValue, isJsx, startOf, treeIndex, type JsxElement } from '../mdx-tree.ts';
import { DATA_MARK, findPromises, type SpokenPromise } from '../promises.ts';
import { nodeLocator, proseOf, type Prose } from '../prose.ts';
import { findQuantities, type Family, type Quantity } from '../quantities.ts';
import type { Finding, Rule, RuleFamily } from '../rule.ts';

const quote = (text: string) => `"${text.replace(/\s+/g, ' ')}"`;

/** "write <A> (…) or <B> (…)", the closest amounts first, at most three. */
function choices(candidates: readonly KnownValue[], typed: number): string {
  const sorted = [...candidates].sort((a, b) => Math.abs(a.amount - typed) - Math.abs(b.amount - typed));
  const shown = sorted.slice(0, 3).map((value) => `${value.component} (${quote(value.reads)}: ${value.label})`);
  return `write ${shown.join(' or ')}${sorted.length > 3 ? ', or another of the same kind' : ''}`;
}

/** Days in one of each calendar unit, as a range: "a month" may be written for 28 to 31 days. */
const DAYS_IN: Partial<Record<Family, [number, number]>> = { day: [1, 1], week: [7, 7], month: [28, 31] };

/** Whether `typed` of one family and a known value of another are the same period: "a month" and 31 days. */
function sameAmount(family: Family, typed: number, value: KnownValue): boolean {
  if (family === value.family) return typed === value.amount;
  const [typedDays, knownDays] = [DAYS_IN[family], DAYS_IN[value.family]];
  if (!typedDays || !knownDays) return false;
  return typed * typedDays[0] <= value.amount * knownDays[1] && value.amount * knownDays[0] <= typed * typedDays[1];
}

const isCounted = (family: Family) => family === 'contact' || family === 'attempt';

/** The values a typed quantity stands for (`exact`), and the values of its kind (`kind`). */
function candidatesFor(quantity: Quantity, known: readonly KnownValue[]) {
  const calendar = (family: Family) => DAYS_IN[family] !== undefined;
  const kind = known.filter((value) => value.family === quantity.family || (calendar(value.family) && calendar(quantity.family)));
  const exact = kind.filter(
    (value) =>
      quantity.amounts.some((amount) => sameAmount(quantity.family, amount, value)) &&
      // "three contacts" is not the third contact: a cardinal count never stands for an ordinal value.
      (quantity.form !== 'cardinal' || !value.ordinal || !isCounted(quantity.family)),
  );
  return { kind, exact };
}

/**
 * Whether a quantity states something the data holds. Money always does (amounts live in team
 * limits); a code when the data has it; an ordinal count ("2nd contact") whenever the data counts
 * that thing; a cardinal count or a period when its value is in the data, or when it is written as
 * a limit ("within 3 hours", "at least a month") of a kind the data has.
 */
function isDataQuantity(quantity: Quantity, kind: readonly KnownValue[], exact: readonly KnownValue[]): boolean {
  if (quantity.form === 'money') return true;
  if (quantity.form === 'code') return exact.length > 0;
  if (kind.length === 0) return false;
  return quantity.form === 'ordinal' || exact.length > 0 || quantity.bound;
}

function typedValueFinding(quantity: Quantity, prose: Prose, known: readonly KnownValue[]): Finding | undefined {
  const { kind, exact } = candidatesFor(quantity, known);
  if (!isDataQuantity(quantity, kind, exact)) return undefined;
  const typed = quantity.amounts[0] ?? 0;
  const words = quote(quantity.text);
  let message: string;
  let fix: string;
  if (exact.length) {
    message = `${words} is typed by hand, but the data holds it`;
    fix = `${choices(exact, typed)} instead`;
  } else if (kind.length && quantity.form === 'money') {
    message = `${words} is an amount typed by hand`;
    fix = `${choices(kind, typed)}; if it is a new limit, add it to the team's authority in content/teams/ first`;
  } else if (kind.length) {
    const says = [...new Set(kind.map((value) => quote(value.reads)))].slice(0, 3).join(', ');
    message = `${words} is typed by hand, and the data says ${says}`;
    fix = `${choices(kind, typed)}; if this is a new rule, add it to content/values.yaml first`;
  } else {
    message = `${words} is an amount typed by hand`;
    fix = `put it in a team's authority limits (content/teams/) and write <Limit team="…" authority="…" role="…" />`;
  }
  if (prose.place === 'attribute') fix = `an attribute cannot hold a component: reword it without the number, and in the text below ${fix}`;
  if (prose.place === 'frontmatter') fix = `frontmatter cannot hold a component: reword it without the number, and in the body ${fix}`;
  return { position: prose.locate(quantity.index), message, fix };
}

function overlaps(quantity: Quantity, promises: readonly SpokenPromise[]): boolean {
  return promises.some((p) => quantity.index < p.index + p.text.length && p.index < quantity.index + quantity.text.length);
}

const typedValue: Rule = {
  id: 'data/typed-value',
  severity: 'error',
  checks:
    'A number typed in the text where the data has one of its kind: "2nd contact", "within 4 hours", "$35", "65075". The fix names the `<Value>`, `<Sla>` or `<Limit>` to write, with what the data says; in an attribute or the frontmatter, which cannot hold a component, reword without the number.',
  eachFile({ file, tree, yaml, teams, values }, report) {
    if (!tree) return;
    const known = knownValuesOnce(values.values, teams);
    for (const prose of proseOf(tree, file.source, yaml?.located)) {
      // In words said to the customer a typed time that is a promise is left to promise/unbacked,
      // so one mistake gives one message.
      const promises = prose.said ? findPromises(prose.text) : [];
      for (const quantity of findQuantities(prose.text)) {
        const finding = overlaps(quantity, promises) ? undefined : typedValueFinding(quantity, prose, known);
        if (finding) report(finding);
      }
    }
  },
};

/** A `<Say>` as one string, data components that give a time as `DATA_MARK`, with where each text came from. */
function spokenText(say: JsxElement, values: ReadonlyMap<string, DataValue>) {
  let text = '';
  const pieces: { from: number; node: Nodes & { value: string } }[] = [];
  const add = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      pieces.push({ from: text.length, node });
      text += node.value;
    } else if (isJsx(node) && (node.name === 'Sla' || node.name === 'Value')) {
      const of = attributeValue(node, 'of');
      const value = typeof of === 'string' ? values.get(of) : undefined;
      const givesTime = node.name === 'Sla' || (value !== undefined && (PERIOD_UNITS as readonly string[]).includes(value.unit));
      // A count ("two attempts") or a code is no time: it stands as a mark that backs nothing.
      text += givesTime ? DATA_MARK : '\uE002';
    } else if ('children' in node) {
      for (const child of node.children) add(child);
      if (node.type === 'paragraph') text += '\n';
    }
  };
  for (const child of say.children) add(child);
  return { text, pieces };
}

function promiseFinding(promise: SpokenPromise, where: string, position: Position): Finding {
  const words = quote(promise.text);
  const byKind = {
    time: {
      message: `${where} promises a time, ${words}, that no data backs`,
      fix: 'give a window from the data (<Sla team="…" /> or <Value of="…" />) or the booked time as a placeholder such as [day and time], or say what you will do rather than when',
    },
    'end-of-call': {
      message: `${where} promises it will be done ${words}`,
      fix: 'promise only what you do on this call: say what you are doing now, and give the booked time for the rest as a placeholder such as [day and time]',
    },
    outcome: {
      message: `${where} promises an outcome, ${words}, that no rule in the data backs`,
      fix: 'say what you are doing and who owns it ("I\'m staying on the line while I bring in a colleague"); to show it as the wrong thing to say, put it in an <Avoid>',
    },
  } as const;
  return { position, ...byKind[promise.kind] };
}

const unbackedPromise: Rule = {
  id: 'promise/unbacked',
  severity: 'error',
  checks:
    'A `<Say>` (or `firstWords`) promises a time ("today", "within 2 hours", "by four"), to be done "before we hang up", or an outcome ("I won\'t transfer you", "I\'ll call you myself", "guaranteed") that no data backs. Give the time from `<Sla>` or `<Value>`, or the booked time as `[day and time]`.',
  eachFile({ file, tree, yaml, values }, report) {
    if (!tree) return;
    const locate = nodeLocator(file.source);
    for (const { node, parent } of treeIndex(tree).jsx) {
      if (node.name !== 'Say' || parent?.name === 'Avoid') continue;
      const { text, pieces } = spokenText(node, values.values);
      for (const promise of findPromises(text)) {
        const piece = pieces.findLast((p) => p.from <= promise.index);
        report(promiseFinding(promise, 'the <Say>', piece ? locate(piece.node)(promise.index - piece.from) : startOf(node)));
      }
    }
    const firstWords = (yaml?.located.data as Record<string, unknown> | undefined)?.['firstWords'];
    if (typeof firstWords !== 'string' || !yaml) return;
    const start = yaml.located.locate(['firstWords']);
    for (const promise of findPromises(firstWords)) {
      report(promiseFinding(promise, '`firstWords`', { ...start, column: start.column + promise.index }));
    }
  },
};

export const numbersAndPromises: RuleFamily = {
  title: 'Numbers and promises',
  introduction:
    'Every threshold, period, amount and code comes from content data through a component, so a page cannot contradict the data. What counts is listed in the [playbook format](docs/playbook-format.md#numbers-come-from-data).',
  rules: [typedValue, unbackedPromise],
};
