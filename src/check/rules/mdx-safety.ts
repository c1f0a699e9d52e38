// Content safety (MDX): nothing in a content file may run at build time or in a reader's browser.
// The rules read the syntax tree, so no spelling, spacing or nesting trick slips past a pattern.
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { ALLOWED_HTML_ATTRIBUTES, ALLOWED_HTML_ELEMENTS, CONTENT_COMPONENTS } from '../../lib/component-registry.ts';
import { attributeValue, isJsx, isPlainLiteral, startOf, treeIndex, type JsxElement } from '../mdx-tree.ts';
import type { Finding, Rule, RuleFamily } from '../rule.ts';
import { MAX_NESTING } from '../limits.ts';
import { isUnsafeUrl } from '../urls.ts';
import { imageTarget } from './images.ts';

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
const UNSAFE_URL_FIX = 'link to an https:// page or a relative path instead';

export { isUnsafeUrl };

const isEventHandler = (name: string) => /^on/i.test(name);
const isAllowedHtml = (name: string) => (ALLOWED_HTML_ELEMENTS as readonly string[]).includes(name);

/** A fragment or a forbidden element is reported as a whole; any other element's tag and attributes are checked. */
function isCheckedElement(element: JsxElement): element is JsxElement & { name: string } {
  return element.name !== null && !DANGEROUS_ELEMENTS.has(element.name.toLowerCase());
}

/** The attributes of every checked element, in document order. */
function checkedAttributes(
  tree: Root,
): { element: JsxElement & { name: string }; attribute: MdxJsxAttribute | MdxJsxExpressionAttribute }[] {
  return treeIndex(tree)
    .jsx.map((entry) => entry.node)
    .filter(isCheckedElement)
    .flatMap((element) => element.attributes.map((attribute) => ({ element, attribute })));
}

/**
 * Where an attribute is reported: at the attribute, or at its element when it has no position
 * (Sätteri's tree, which src/check/mdx-guard.ts checks inside the compiler, locates no attributes).
 */
const attributeStart = (element: JsxElement, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute) =>
  startOf(attribute.position ? attribute : element);

const syntax: Rule = {
  id: 'mdx/syntax',
  severity: 'error',
  checks: 'The file cannot be parsed as MDX — usually a bare `<` or `{` in the text. Write "less than", or escape it as `\\<`, `\\{`.',
  eachFile({ mdxError }, report) {
    if (!mdxError) return;
    report({
      position: mdxError.position,
      message: `MDX cannot be parsed: ${mdxError.message}`,
      fix: 'a bare "<" or "{" in text starts code in MDX — write "less than" or escape it as \\< or \\{',
    });
  },
};

const esm: Rule = {
  id: 'mdx/esm',
  severity: 'error',
  checks: 'An `import` or `export` line. Components work without importing; data belongs in frontmatter.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const node of treeIndex(tree).nodes) {
      if (node.type !== 'mdxjsEsm') continue;
      report({
        position: startOf(node),
        message: `\`${node.value.trim().split(/\s+/)[0]}\` statements are code that runs at build time`,
        fix: 'delete the line; Frontline components work without importing, and data belongs in frontmatter',
      });
    }
  },
};

const expression: Rule = {
  id: 'mdx/expression',
  severity: 'error',
  checks: 'A `{…}` expression in the text.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const node of treeIndex(tree).nodes) {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') continue;
      report({
        position: startOf(node),
        message: `the expression \`{${node.value.trim().slice(0, 40)}}\` is JavaScript that runs at build time`,
        fix: 'write plain text instead; to show a literal brace, escape it as \\{',
      });
    }
  },
};

const attributeExpression: Rule = {
  id: 'mdx/attribute-expression',
  severity: 'error',
  checks: 'An attribute written as `name={…}` instead of `name="text"`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, attribute } of checkedAttributes(tree)) {
      if (attribute.type !== 'mdxJsxAttribute' || isEventHandler(attribute.name) || isPlainLiteral(attribute)) continue;
      report({
        position: attributeStart(element, attribute),
        message: `<${element.name} ${attribute.name}={…}> holds a JavaScript expression, which runs at build time`,
        fix: `write it as ${attribute.name}="plain text"`,
      });
    }
  },
};

const spreadAttribute: Rule = {
  id: 'mdx/spread-attribute',
  severity: 'error',
  checks: 'An attribute spread such as `{...props}`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, attribute } of checkedAttributes(tree)) {
      if (attribute.type !== 'mdxJsxExpressionAttribute') continue;
      report({
        position: attributeStart(element, attribute),
        message: `<${element.name}> spreads \`{${attribute.value}}\` into its attributes, which runs code at build time`,
        fix: 'write each attribute out as name="text"',
      });
    }
  },
};

const eventHandler: Rule = {
  id: 'mdx/event-handler',
  severity: 'error',
  checks: "An `on…` attribute (`onclick`, `onError`…), which would run script in readers' browsers.",
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, attribute } of checkedAttributes(tree)) {
      if (attribute.type !== 'mdxJsxAttribute' || !isEventHandler(attribute.name)) continue;
      report({
        position: attributeStart(element, attribute),
        message: `<${element.name}> has an event-handler attribute \`${attribute.name}\`, which would run script in readers' browsers`,
        fix: 'remove the attribute; content cannot carry behaviour',
      });
    }
  },
};

/** A plain-text URL attribute of a checked element that uses a script or data URL. */
function unsafeUrlAttributes(element: JsxElement): MdxJsxAttribute[] {
  if (!isCheckedElement(element)) return [];
  return element.attributes.filter((attribute): attribute is MdxJsxAttribute => {
    if (attribute.type !== 'mdxJsxAttribute' || isEventHandler(attribute.name) || !isPlainLiteral(attribute)) return false;
    const value = attributeValue(element, attribute.name);
    return typeof value === 'string' && URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && isUnsafeUrl(value);
  });
}

const unsafeUrl: Rule = {
  id: 'mdx/unsafe-url',
  severity: 'error',
  checks: 'A link or attribute with a `javascript:`, `vbscript:` or `data:` URL.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const node of treeIndex(tree).nodes) {
      if (isJsx(node)) {
        for (const attribute of unsafeUrlAttributes(node)) {
          const value = String(attributeValue(node, attribute.name));
          report({
            position: attributeStart(node, attribute),
            message: `<${node.name} ${attribute.name}=${JSON.stringify(value.slice(0, 40))}> uses a script or data URL`,
            fix: UNSAFE_URL_FIX,
          });
        }
      } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isUnsafeUrl(node.url)) {
        report({
          position: startOf(node),
          message: `the ${node.type} target ${JSON.stringify(node.url.slice(0, 40))} uses a script or data URL`,
          fix: UNSAFE_URL_FIX,
        });
      }
    }
  },
};

const forbiddenElement: Rule = {
  id: 'mdx/forbidden-element',
  severity: 'error',
  checks: 'An element that can run code or load other pages: `<script>`, `<style>`, `<iframe>`, `<form>`, `<svg>` and the like.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { node } of treeIndex(tree).jsx) {
      if (node.name === null || !DANGEROUS_ELEMENTS.has(node.name.toLowerCase())) continue;
      report({
        position: startOf(node),
        message: `<${node.name}> is not allowed in content: it can run code, load other pages or restyle the site`,
        fix: 'remove it; for layout or behaviour, propose a component in a pull request to src/components/content/',
      });
    }
  },
};

/** Raw HTML in an element: its tag when not allowed, else each attribute it may not carry. */
function rawHtmlInElement(element: JsxElement): Finding[] {
  if (!isCheckedElement(element) || /^[A-Z]/.test(element.name)) return [];
  const name = element.name;
  if (!isAllowedHtml(name)) {
    return [
      {
        position: startOf(element),
        message: `raw HTML <${name}> is not allowed in content`,
        fix: `write it in Markdown, or use one of the allowed elements: ${ALLOWED_HTML_ELEMENTS.join(', ')}`,
      },
    ];
  }
  const allowed = ALLOWED_HTML_ATTRIBUTES[name] ?? [];
  return element.attributes
    .filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute')
    .filter((attribute) => !allowed.includes(attribute.name) && !isEventHandler(attribute.name))
    .map((attribute) => ({
      position: attributeStart(element, attribute),
      message: `<${name}> may not carry the attribute \`${attribute.name}\``,
      fix: allowed.length ? `keep only: ${allowed.join(', ')}` : 'remove the attribute',
    }));
}

const rawHtml: Rule = {
  id: 'mdx/raw-html',
  severity: 'error',
  checks: 'Raw HTML other than `<kbd>`, `<abbr title>`, `<br>`, `<sup>`, `<sub>`, or one of those with an attribute it may not carry.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const node of treeIndex(tree).nodes) {
      if (node.type === 'html') {
        report({ position: startOf(node), message: 'raw HTML is not allowed in content', fix: 'write it in Markdown' });
      } else if (isJsx(node)) {
        for (const finding of rawHtmlInElement(node)) report(finding);
      }
    }
  },
};

const unknownComponent: Rule = {
  id: 'mdx/unknown-component',
  severity: 'error',
  checks: "A capitalised tag that is not one of Frontline's components (names are case-sensitive).",
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { node } of treeIndex(tree).jsx) {
      if (!isCheckedElement(node) || !/^[A-Z]/.test(node.name) || node.name in CONTENT_COMPONENTS) continue;
      report({
        position: startOf(node),
        message: `<${node.name}> is not one of Frontline's content components`,
        fix: `use one of: ${REGISTRY_LIST} (component names are case-sensitive)`,
      });
    }
  },
};

const fragment: Rule = {
  id: 'mdx/fragment',
  severity: 'error',
  checks: 'A JSX fragment `<>…</>`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { node } of treeIndex(tree).jsx) {
      if (node.name !== null) continue;
      report({
        position: startOf(node),
        message: 'a JSX fragment `<>…</>` is not content',
        fix: 'remove the `<>` and `</>` around the text',
      });
    }
  },
};

const depth: Rule = {
  id: 'mdx/depth',
  severity: 'error',
  checks: `Block quotes, lists or components nested more than ${MAX_NESTING} deep. Astro crashes without a message on deep nesting (measured: 700 block quotes, 400 list levels), so the check stops well before.`,
  eachFile({ tooDeep }, report) {
    if (!tooDeep) return;
    report({
      position: tooDeep.position,
      message: `the text is nested more than ${MAX_NESTING} levels deep (block quotes, lists, components), which the build cannot survive; the body was not checked further`,
      fix: 'flatten it: a playbook needs a few levels at most; split long nested lists into steps',
    });
  },
};

export const mdxSafety: RuleFamily = {
  title: 'Content safety (MDX)',
  introduction: 'Content is text, never code: nothing in a content file may run when the site is built or when a page is read.',
  rules: [
    syntax,
    depth,
    esm,
    expression,
    attributeExpression,
    spreadAttribute,
    eventHandler,
    unsafeUrl,
    imageTarget,
    forbiddenElement,
    rawHtml,
    unknownComponent,
    fragment,
  ],
};
