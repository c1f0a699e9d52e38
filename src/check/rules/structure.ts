// Components and playbook structure: the shape every playbook must have (## Steps with Steps, a
// Decision, ## Escalate when with an Escalate box) and components written as they are meant to be.
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { stepAnchor } from '../../lib/anchors.ts';
import { CONTENT_COMPONENTS, type ComponentSpec } from '../../lib/component-registry.ts';
import { FILE_START } from '../diagnostics.ts';
import { attributeValue, elements, headingLine, isJsx, isPlainLiteral, startOf, treeIndex, type JsxElement } from '../mdx-tree.ts';
import type { Rule, RuleFamily } from '../rule.ts';

const STEPS_HEADING = 'Steps';
const ESCALATE_HEADING = 'Escalate when';
const MIN_STEPS = 2;
const BRANCH_ENDINGS = ['goto', 'resolved', 'escalate'];
const BRANCH_FIX = 'give it exactly one ending: goto="step-…" (a step on this page), resolved, or escalate="team-id"';

/** Every known component in the tree with what it accepts, in document order. */
function components(tree: Root): { element: JsxElement; spec: ComponentSpec }[] {
  return treeIndex(tree).jsx.flatMap(({ node }) => {
    const spec = node.name ? CONTENT_COMPONENTS[node.name] : undefined;
    return spec ? [{ element: node, spec }] : [];
  });
}

const blockForm: Rule = {
  id: 'component/block-form',
  severity: 'error',
  checks: 'A block component (`<Say>`, `<Do>`, `<Step>`…) written inside a line of text: put its tags and content on their own lines.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, spec } of components(tree)) {
      if (!spec.block || element.type !== 'mdxJsxTextElement') continue;
      report({
        position: startOf(element),
        message: `<${element.name}> is written inside a line of text`,
        fix: `put <${element.name}…> on a line of its own, the content on the next lines, and </${element.name}> on its own line`,
      });
    }
  },
};

const missingAttribute: Rule = {
  id: 'component/missing-attribute',
  severity: 'error',
  checks: 'A component lacks a required attribute, e.g. `<Step>` without `title`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, spec } of components(tree)) {
      for (const name of spec.required) {
        const value = attributeValue(element, name);
        if (value !== undefined && value !== true && value.trim() !== '') continue;
        report({
          position: startOf(element),
          message: `<${element.name}> needs a \`${name}\` attribute`,
          fix: `add ${name}="…" to the tag`,
        });
      }
    }
  },
};

const unknownAttribute: Rule = {
  id: 'component/unknown-attribute',
  severity: 'error',
  checks: 'A component has an attribute it does not take.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, spec } of components(tree)) {
      for (const attribute of element.attributes) {
        // Event handlers are reported by mdx/event-handler.
        if (attribute.type !== 'mdxJsxAttribute' || attribute.name in spec.attributes || /^on/i.test(attribute.name)) continue;
        report({
          position: startOf(attribute.position ? attribute : element),
          message: `<${element.name}> has no attribute \`${attribute.name}\``,
          fix: `use ${Object.keys(spec.attributes).join(', ') || 'no attributes'}`,
        });
      }
    }
  },
};

const attributeValueRule: Rule = {
  id: 'component/attribute-value',
  severity: 'error',
  checks: 'An attribute that takes one of a few words has another, e.g. `<IdentityChecks show="all">`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, spec } of components(tree)) {
      for (const [name, kind] of Object.entries(spec.attributes)) {
        const value = attributeValue(element, name);
        if (typeof kind !== 'object' || typeof value !== 'string' || kind.oneOf.includes(value)) continue;
        report({
          position: startOf(element),
          message: `<${element.name} ${name}="${value}"> is not one of the values ${name} takes`,
          fix: `use one of: ${kind.oneOf.join(', ')}`,
        });
      }
    }
  },
};

const stepTitle: Rule = {
  id: 'component/step-title',
  severity: 'error',
  checks: "A step title is not plain text in double quotes (it feeds the page's table of contents).",
  eachFile({ tree, file }, report) {
    if (!tree) return;
    for (const step of elements(tree, 'Step')) {
      const title = step.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'title');
      const start = title?.position?.start.offset;
      const end = title?.position?.end.offset;
      const written = start !== undefined && end !== undefined ? file.source.slice(start, end) : undefined;
      // The table of contents reads titles straight from the text (src/lib/outline.ts), so they
      // must be written exactly as they display: double quotes, no character references.
      // Code in the title is already reported by mdx/attribute-expression.
      if (!title || !isPlainLiteral(title) || written === undefined || /^title="[^"&]*"$/.test(written)) continue;
      report({
        position: startOf(title),
        message: `the step title ${written} is not written as plain text in double quotes`,
        fix: 'write it as title="…" with the characters themselves (type & rather than &amp;)',
      });
    }
  },
};

const steps: Rule = {
  id: 'structure/steps',
  severity: 'error',
  checks: 'No `## Steps` section, or fewer than two `<Step>`s.',
  eachFile({ tree }, report) {
    if (!tree) return;
    const stepsLine = headingLine(tree, STEPS_HEADING);
    if (stepsLine === undefined) {
      report({
        position: FILE_START,
        message: `the playbook has no "## ${STEPS_HEADING}" section`,
        fix: `add a "## ${STEPS_HEADING}" heading followed by <Step title="…"> blocks`,
      });
    }
    const count = elements(tree, 'Step').length;
    if (count >= MIN_STEPS) return;
    report({
      position: { line: stepsLine ?? 1, column: 1 },
      message: `the playbook has ${count} <Step> (at least ${MIN_STEPS} needed)`,
      fix: 'break the procedure into <Step title="…"> blocks, one action each',
    });
  },
};

const duplicateStep: Rule = {
  id: 'structure/duplicate-step',
  severity: 'error',
  checks: 'Two steps have titles that give the same anchor.',
  eachFile({ tree }, report) {
    if (!tree) return;
    const firstLines = new Map<string, number>();
    for (const step of elements(tree, 'Step')) {
      const title = attributeValue(step, 'title');
      if (typeof title !== 'string') continue;
      const anchor = stepAnchor(title);
      const firstLine = firstLines.get(anchor);
      if (firstLine === undefined) {
        firstLines.set(anchor, startOf(step).line);
        continue;
      }
      report({
        position: startOf(step),
        message: `two steps share the anchor #${anchor} (first on line ${firstLine})`,
        fix: 'give each step a distinct title',
      });
    }
  },
};

const decision: Rule = {
  id: 'structure/decision',
  severity: 'error',
  checks: 'The playbook has no `<Decision>`.',
  eachFile({ tree }, report) {
    if (!tree || elements(tree, 'Decision').length > 0) return;
    report({
      position: FILE_START,
      message: 'the playbook has no <Decision>',
      fix: 'add a <Decision question="…"> with a <Branch> per answer where the agent has to choose',
    });
  },
};

const escalate: Rule = {
  id: 'structure/escalate',
  severity: 'error',
  checks: 'No `## Escalate when` section with an `<Escalate team="…">` box.',
  eachFile({ tree }, report) {
    if (!tree) return;
    const escalateLine = headingLine(tree, ESCALATE_HEADING);
    if (escalateLine !== undefined && elements(tree, 'Escalate').length > 0) return;
    report({
      position: { line: escalateLine ?? 1, column: 1 },
      message: `the playbook has no "## ${ESCALATE_HEADING}" section with an <Escalate> box`,
      fix: `end with "## ${ESCALATE_HEADING}" and <Escalate team="team-id"> holding a list of when to escalate`,
    });
  },
};

/**
 * One box per page: the page's header links to it, and it is the one team the playbook hands over
 * to. Other teams belong in a `<Branch escalate="…">` or in the box's list, where the agent reads them.
 */
const oneEscalate: Rule = {
  id: 'structure/one-escalate',
  severity: 'error',
  checks: 'The playbook has more than one `<Escalate>` box.',
  eachFile({ tree }, report) {
    if (!tree) return;
    const [first, ...more] = elements(tree, 'Escalate');
    if (!first) return;
    for (const box of more)
      report({
        position: startOf(box),
        message: `a second <Escalate> box (the first is on line ${startOf(first).line})`,
        fix: 'keep one <Escalate team="…"> box under "## Escalate when"; name any other team in its list or in a <Branch escalate="team-id">',
      });
  },
};

const branches: Rule = {
  id: 'decision/branches',
  severity: 'error',
  checks: 'A `<Decision>` has fewer than two `<Branch>`es.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const element of elements(tree, 'Decision')) {
      const count = element.children.filter((child) => isJsx(child) && child.name === 'Branch').length;
      if (count >= 2) continue;
      report({
        position: startOf(element),
        message: `<Decision> has ${count} <Branch> (at least 2 needed)`,
        fix: 'add a <Branch when="…"> for each answer',
      });
    }
  },
};

/** Each `<Branch>` with its endings (goto, resolved, escalate) and how it is named in messages. */
function branchEndings(tree: Root): { branch: JsxElement; endings: string[]; label: string }[] {
  return elements(tree, 'Branch').map((branch) => {
    const when = attributeValue(branch, 'when');
    return {
      branch,
      endings: BRANCH_ENDINGS.filter((name) => attributeValue(branch, name) !== undefined),
      label: `<Branch${typeof when === 'string' ? ` when="${when}"` : ''}>`,
    };
  });
}

const deadEnd: Rule = {
  id: 'decision/dead-end',
  severity: 'error',
  checks: 'A `<Branch>` has no ending: give it `goto="step-…"`, `resolved` or `escalate="team-id"`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { branch, endings, label } of branchEndings(tree)) {
      if (endings.length > 0) continue;
      report({ position: startOf(branch), message: `${label} leads nowhere: it has no goto, resolved or escalate`, fix: BRANCH_FIX });
    }
  },
};

const ambiguousBranch: Rule = {
  id: 'decision/ambiguous-branch',
  severity: 'error',
  checks: 'A `<Branch>` has more than one ending.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { branch, endings, label } of branchEndings(tree)) {
      if (endings.length <= 1) continue;
      report({ position: startOf(branch), message: `${label} has ${endings.length} endings (${endings.join(', ')})`, fix: BRANCH_FIX });
    }
  },
};

const orphanBranch: Rule = {
  id: 'decision/orphan-branch',
  severity: 'error',
  checks: 'A `<Branch>` outside a `<Decision>`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { node, parent } of treeIndex(tree).jsx) {
      if (node.name !== 'Branch' || parent?.name === 'Decision') continue;
      report({
        position: startOf(node),
        message: '<Branch> is not inside a <Decision>',
        fix: 'move it inside the <Decision question="…"> it answers',
      });
    }
  },
};

export const structure: RuleFamily = {
  title: 'Components and playbook structure',
  rules: [
    blockForm,
    missingAttribute,
    unknownAttribute,
    attributeValueRule,
    stepTitle,
    steps,
    duplicateStep,
    decision,
    escalate,
    oneEscalate,
    branches,
    deadEnd,
    ambiguousBranch,
    orphanBranch,
  ],
};
