// Reading a playbook's syntax tree (from src/check/mdx-parse.ts): the nodes the rules ask about,
// collected in one walk, and the values of JSX attributes.
import type { Heading, Nodes, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { stepAnchor } from '../lib/anchors.ts';
import type { Position } from './diagnostics.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

interface TreeIndex {
  /** Every node, in document order. */
  nodes: Nodes[];
  /** Every JSX element, with its nearest JSX ancestor. */
  jsx: { node: JsxElement; parent: JsxElement | undefined }[];
  headings: Heading[];
  texts: Text[];
}

const indexes = new WeakMap<Root, TreeIndex>();

/**
 * The tree's nodes collected in one walk and cached per tree: the rules ask many questions of each
 * tree, and at 10,000 playbooks a walk per question is most of the check's time.
 */
export function treeIndex(tree: Root): TreeIndex {
  const cached = indexes.get(tree);
  if (cached) return cached;
  const index: TreeIndex = { nodes: [], jsx: [], headings: [], texts: [] };
  visitParents(tree, (node, ancestors) => {
    index.nodes.push(node);
    if (isJsx(node)) index.jsx.push({ node, parent: ancestors.findLast(isJsx) });
    else if (node.type === 'heading') index.headings.push(node);
    else if (node.type === 'text') index.texts.push(node);
  });
  indexes.set(tree, index);
  return index;
}

/** Every JSX element with this name, in document order. */
export function elements(tree: Root, name: string): JsxElement[] {
  return treeIndex(tree)
    .jsx.filter((entry) => entry.node.name === name)
    .map((entry) => entry.node);
}

/** The line of the `## text` heading; undefined when there is none. */
export function headingLine(tree: Root, text: string): number | undefined {
  return treeIndex(tree).headings.find((node) => node.depth === 2 && toString(node).trim() === text)?.position?.start.line;
}

export function startOf(node: { position?: { start: { line: number; column: number } } | undefined }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * Proves an attribute expression is a plain literal (`{3}`, `{"text"}`, `{true}`) from its
 * syntax tree. Anything else — a call, a template, an identifier — is code.
 */
export function isPlainLiteral(attribute: MdxJsxAttribute): boolean {
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return true;
  const program = value.data?.estree;
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return false;
  const expression = statement.expression;
  return expression.type === 'Literal' && !('regex' in expression && expression.regex) && !('bigint' in expression && expression.bigint);
}

/** The string value of an attribute, or `true` for a bare flag; `undefined` when absent or not literal. */
export function attributeValue(element: JsxElement, name: string): string | true | undefined {
  const attribute = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  const statement = attribute.value.data?.estree?.body[0];
  return statement?.type === 'ExpressionStatement' && statement.expression.type === 'Literal'
    ? String(statement.expression.value)
    : undefined;
}

/** Stable anchors of every `<Step title="…">` in a playbook, in order. */
export function stepAnchors(tree: Root): string[] {
  return elements(tree, 'Step')
    .map((step) => attributeValue(step, 'title'))
    .filter((title): title is string => typeof title === 'string')
    .map(stepAnchor);
}
