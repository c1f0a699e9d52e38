// The words a reader sees in a playbook, as runs of text the number and promise rules can scan,
// each able to say where a character of it stands in the file.
import type { Nodes, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { CONTENT_COMPONENTS } from '../lib/component-registry.ts';
import type { Position } from './diagnostics.ts';
import type { LocatedYaml } from './frontmatter.ts';
import { attributeValue, isJsx, startOf, type JsxElement } from './mdx-tree.ts';

/** Where prose sits, which decides what a fix can say: only the body can hold a component. */
export type Place = 'body' | 'attribute' | 'frontmatter';

/** One run of prose. */
export interface Prose {
  text: string;
  place: Place;
  /** Inside a `<Say>` (or the `firstWords` field): the customer hears it. */
  said: boolean;
  /** Where the character at `index` of `text` stands in the file. */
  locate: (index: number) => Position;
}

/** The frontmatter fields the page shows as prose; the `firstWords` fields are shown as words to say. */
const SHOWN_FIELDS = ['whenToUse', 'firstMove', 'firstWords', 'firstWordsChat', 'firstWordsEmail'] as const;

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * Maps offsets in a node's text to the file. The text drops what the source has around it
 * (indentation of continued lines, escapes), so the two are walked side by side.
 */
function locator(source: string, lineStarts: number[], start: number | undefined, text: string, fallback: Position) {
  return (index: number): Position => {
    if (start === undefined) return fallback;
    let at = start;
    for (let i = 0; i < index && at < source.length; at++) if (source[at] === text[i]) i++;
    while (at < source.length && source[at] !== text[index] && /[\s\\>]/.test(source[at] ?? '')) at++;
    const line = lineStarts.findLastIndex((lineStart) => lineStart <= at);
    return { line: line + 1, column: at - (lineStarts[line] ?? 0) + 1 };
  };
}

/** Finds where text nodes of one file stand; inline code starts after its backtick. */
export function nodeLocator(source: string) {
  const lineStarts = lineStartsOf(source);
  return (node: Nodes & { value: string }) => {
    const start = node.position?.start.offset;
    const from = node.type === 'inlineCode' && start !== undefined ? start + 1 : start;
    return locator(source, lineStarts, from, node.value, startOf(node));
  };
}

const inside = (ancestors: readonly Nodes[], name: string) => ancestors.some((node) => isJsx(node) && node.name === name);

/**
 * Every run of prose a reader sees: text in the body, the text attributes of components (a step's
 * title, a branch's `when`, a decision's question) and the frontmatter fields shown on the page.
 * An `<Avoid>` quotes what not to say, so its words are left out.
 */
export function proseOf(tree: Root, source: string, frontmatter: LocatedYaml | undefined): Prose[] {
  const lineStarts = lineStartsOf(source);
  const locateNode = nodeLocator(source);
  const prose: Prose[] = [];
  visitParents(tree, (node, ancestors) => {
    if (inside(ancestors, 'Avoid')) return;
    const said = inside(ancestors, 'Say');
    if (node.type === 'text' || node.type === 'inlineCode') {
      prose.push({ text: node.value, place: 'body', said, locate: locateNode(node) });
    } else if (isJsx(node) && node.name && node.name !== 'Avoid') {
      prose.push(...attributeProse(node, source, lineStarts, said));
    }
  });
  const fields = (frontmatter?.data ?? {}) as Record<string, unknown>;
  for (const name of SHOWN_FIELDS) {
    const text = fields[name];
    if (typeof text !== 'string' || !frontmatter) continue;
    const start = frontmatter.locate([name]);
    prose.push({
      text,
      place: 'frontmatter',
      said: name.startsWith('firstWords'),
      locate: (index) => ({ ...start, column: start.column + index }),
    });
  }
  return prose;
}

function attributeProse(element: JsxElement, source: string, lineStarts: number[], said: boolean): Prose[] {
  const spec = element.name ? CONTENT_COMPONENTS[element.name] : undefined;
  return element.attributes.flatMap((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || spec?.attributes[attribute.name] !== 'text') return [];
    const value = attributeValue(element, attribute.name);
    if (typeof value !== 'string') return [];
    const start = attribute.position?.start.offset;
    const from = start === undefined ? undefined : start + attribute.name.length + 2;
    const fallback = startOf(attribute.position ? attribute : element);
    return [{ text: value, place: 'attribute' as const, said, locate: locator(source, lineStarts, from, value, fallback) }];
  });
}
