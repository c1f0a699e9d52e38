import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ALLOWED_HTML_ATTRIBUTES, ALLOWED_HTML_ELEMENTS, CONTENT_COMPONENTS } from '../../lib/component-registry.ts';
import type { Position } from '../diagnostics.ts';

/** A rule violation before it is tied to a file. */
export interface Finding {
  position: Position;
  rule: string;
  message: string;
  fix: string;
  severity?: 'error' | 'warning';
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const DANGEROUS_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'cite', 'data']);
const REGISTRY_LIST = Object.keys(CONTENT_COMPONENTS).join(', ');

export function startOf(node: { position?: { start: { line: number; column: number } } | undefined }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * A URL that would run code or smuggle a document: `javascript:`, `vbscript:`, `data:`.
 * Browsers ignore ASCII whitespace and control characters inside the scheme, so those are
 * stripped before comparing, as the URL parser would.
 */
export function isUnsafeUrl(url: string): boolean {
  const scheme = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(scheme);
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

function checkAttribute(element: JsxElement, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, findings: Finding[]): void {
  const name = element.name ?? 'fragment';
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    findings.push({
      position: startOf(attribute),
      rule: 'mdx/spread-attribute',
      message: `<${name}> spreads \`{${attribute.value}}\` into its attributes, which runs code at build time`,
      fix: 'write each attribute out as name="text"',
    });
    return;
  }
  const position = startOf(attribute.position ? attribute : element);
  if (/^on/i.test(attribute.name)) {
    findings.push({
      position,
      rule: 'mdx/event-handler',
      message: `<${name}> has an event-handler attribute \`${attribute.name}\`, which would run script in readers' browsers`,
      fix: 'remove the attribute; content cannot carry behaviour',
    });
    return;
  }
  if (!isPlainLiteral(attribute)) {
    findings.push({
      position,
      rule: 'mdx/attribute-expression',
      message: `<${name} ${attribute.name}={…}> holds a JavaScript expression, which runs at build time`,
      fix: `write it as ${attribute.name}="plain text"`,
    });
    return;
  }
  const value = attributeValue(element, attribute.name);
  if (typeof value === 'string' && URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && isUnsafeUrl(value)) {
    findings.push({
      position,
      rule: 'mdx/unsafe-url',
      message: `<${name} ${attribute.name}=${JSON.stringify(value.slice(0, 40))}> uses a script or data URL`,
      fix: 'link to an https:// page or a relative path instead',
    });
  }
}

function checkElement(element: JsxElement, findings: Finding[]): void {
  const name = element.name;
  const position = startOf(element);
  if (name === null) {
    findings.push({
      position,
      rule: 'mdx/fragment',
      message: 'a JSX fragment `<>…</>` is not content',
      fix: 'remove the `<>` and `</>` around the text',
    });
    return;
  }
  const lower = name.toLowerCase();
  if (DANGEROUS_ELEMENTS.has(lower)) {
    findings.push({
      position,
      rule: 'mdx/forbidden-element',
      message: `<${name}> is not allowed in content: it can run code, load other pages or restyle the site`,
      fix: 'remove it; for layout or behaviour, propose a component in a pull request to src/components/content/',
    });
    return;
  }
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent && !(name in CONTENT_COMPONENTS)) {
    findings.push({
      position,
      rule: 'mdx/unknown-component',
      message: `<${name}> is not one of Frontline's content components`,
      fix: `use one of: ${REGISTRY_LIST} (component names are case-sensitive)`,
    });
  } else if (!isComponent && !(ALLOWED_HTML_ELEMENTS as readonly string[]).includes(name)) {
    findings.push({
      position,
      rule: 'mdx/raw-html',
      message: `raw HTML <${name}> is not allowed in content`,
      fix: `write it in Markdown, or use one of the allowed elements: ${ALLOWED_HTML_ELEMENTS.join(', ')}`,
    });
  }
  for (const attribute of element.attributes) checkAttribute(element, attribute, findings);
  if (!isComponent && (ALLOWED_HTML_ELEMENTS as readonly string[]).includes(name)) {
    const allowed = ALLOWED_HTML_ATTRIBUTES[name] ?? [];
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && !allowed.includes(attribute.name) && !/^on/i.test(attribute.name)) {
        findings.push({
          position: startOf(attribute.position ? attribute : element),
          rule: 'mdx/raw-html',
          message: `<${name}> may not carry the attribute \`${attribute.name}\``,
          fix: allowed.length ? `keep only: ${allowed.join(', ')}` : 'remove the attribute',
        });
      }
    }
  }
}

/**
 * MDX safety: nothing in a content file may run at build time or in a reader's browser.
 * Works on the syntax tree, so no spelling, spacing or nesting trick slips past a pattern.
 */
export function mdxSafetyFindings(tree: Root): Finding[] {
  const findings: Finding[] = [];
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push({
          position: startOf(node),
          rule: 'mdx/esm',
          message: `\`${node.value.trim().split(/\s+/)[0]}\` statements are code that runs at build time`,
          fix: 'delete the line; Frontline components work without importing, and data belongs in frontmatter',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({
          position: startOf(node),
          rule: 'mdx/expression',
          message: `the expression \`{${node.value.trim().slice(0, 40)}}\` is JavaScript that runs at build time`,
          fix: 'write plain text instead; to show a literal brace, escape it as \\{',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, findings);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url)) {
          findings.push({
            position: startOf(node),
            rule: 'mdx/unsafe-url',
            message: `the ${node.type} target ${JSON.stringify(node.url.slice(0, 40))} uses a script or data URL`,
            fix: 'link to an https:// page or a relative path instead',
          });
        }
        break;
      case 'html':
        findings.push({
          position: startOf(node),
          rule: 'mdx/raw-html',
          message: 'raw HTML is not allowed in content',
          fix: 'write it in Markdown',
        });
        break;
      default:
        break;
    }
  });
  return findings;
}
