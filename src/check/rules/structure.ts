import type { Heading, Root, Text } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { ROLES } from '../../schemas/roles.ts';
import type { Team } from '../../schemas/team.ts';
import { stepAnchor } from '../../lib/anchors.ts';
import { CONTENT_COMPONENTS } from '../../lib/component-registry.ts';
import { attributeValue, isPlainLiteral, startOf, type Finding, type JsxElement } from './mdx-safety.ts';

/** What the structure rules need to know about the rest of the content. */
export interface StructureContext {
  teams: ReadonlyMap<string, Team>;
  /** The file's text, to see how a step title is written. */
  source: string;
}

const STEPS_HEADING = 'Steps';
const ESCALATE_HEADING = 'Escalate when';
const MIN_STEPS = 2;
const TODO_MARKER = /\bTODO\b/;

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

interface TreeIndex {
  jsx: { node: JsxElement; parent: JsxElement | undefined }[];
  headings: Heading[];
  texts: Text[];
}

const indexes = new WeakMap<Root, TreeIndex>();

/**
 * Every JSX element (with its nearest JSX ancestor), heading and text node, collected in one walk
 * and cached per tree: the rules ask many questions of each tree, and at 10,000 playbooks a walk
 * per question is most of the check's time.
 */
export function treeIndex(tree: Root): TreeIndex {
  const cached = indexes.get(tree);
  if (cached) return cached;
  const index: TreeIndex = { jsx: [], headings: [], texts: [] };
  visitParents(tree, (node, ancestors) => {
    if (isJsx(node)) index.jsx.push({ node, parent: ancestors.findLast(isJsx) });
    else if (node.type === 'heading') index.headings.push(node);
    else if (node.type === 'text') index.texts.push(node);
  });
  indexes.set(tree, index);
  return index;
}

function elements(tree: Root, name: string): JsxElement[] {
  return treeIndex(tree)
    .jsx.filter((entry) => entry.node.name === name)
    .map((entry) => entry.node);
}

function headingLine(tree: Root, text: string): number | undefined {
  return treeIndex(tree).headings.find((node) => node.depth === 2 && toString(node).trim() === text)?.position?.start.line;
}

/** Required attributes present, and no attribute a component does not know. */
function attributeFindings(element: JsxElement): Finding[] {
  const spec = element.name ? CONTENT_COMPONENTS[element.name] : undefined;
  if (!spec) return [];
  const findings: Finding[] = [];
  if (spec.block && element.type === 'mdxJsxTextElement') {
    findings.push({
      position: startOf(element),
      rule: 'component/block-form',
      message: `<${element.name}> is written inside a line of text`,
      fix: `put <${element.name}…> on a line of its own, the content on the next lines, and </${element.name}> on its own line`,
    });
  }
  for (const name of spec.required) {
    const value = attributeValue(element, name);
    if (value === undefined || value === true || value.trim() === '') {
      findings.push({
        position: startOf(element),
        rule: 'component/missing-attribute',
        message: `<${element.name}> needs a \`${name}\` attribute`,
        fix: `add ${name}="…" to the tag`,
      });
    }
  }
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && !(attribute.name in spec.attributes) && !/^on/i.test(attribute.name)) {
      findings.push({
        position: startOf(attribute.position ? attribute : element),
        rule: 'component/unknown-attribute',
        message: `<${element.name}> has no attribute \`${attribute.name}\``,
        fix: `use ${Object.keys(spec.attributes).join(', ') || 'no attributes'}`,
      });
    }
  }
  return findings;
}

function referenceFindings(element: JsxElement, anchors: ReadonlySet<string>, context: StructureContext): Finding[] {
  const spec = element.name ? CONTENT_COMPONENTS[element.name] : undefined;
  if (!spec) return [];
  const findings: Finding[] = [];
  const teamIds = [...context.teams.keys()].join(', ');
  for (const [name, kind] of Object.entries(spec.attributes)) {
    const value = attributeValue(element, name);
    if (typeof value !== 'string') continue;
    if (kind === 'team' && !context.teams.has(value)) {
      findings.push({
        position: startOf(element),
        rule: 'ref/team',
        message: `<${element.name} ${name}="${value}"> names a team that does not exist`,
        fix: `use one of: ${teamIds}`,
      });
    } else if (kind === 'step' && !anchors.has(value)) {
      findings.push({
        position: startOf(element),
        rule: 'ref/step',
        message: `<${element.name} ${name}="${value}"> points to a step that is not on this page`,
        fix: anchors.size ? `use one of: ${[...anchors].join(', ')}` : 'add the <Step> it should lead to',
      });
    } else if (kind === 'role' && !(ROLES as readonly string[]).includes(value)) {
      findings.push({
        position: startOf(element),
        rule: 'ref/role',
        message: `<${element.name} ${name}="${value}"> is not a role`,
        fix: `use one of: ${ROLES.join(', ')}`,
      });
    }
  }
  const role = attributeValue(element, 'role');
  const roleIsValid = typeof role !== 'string' || (ROLES as readonly string[]).includes(role);
  if (element.name === 'Limit' && roleIsValid) findings.push(...limitFindings(element, context));
  return findings;
}

function limitFindings(element: JsxElement, context: StructureContext): Finding[] {
  const [teamId, authorityId, role] = ['team', 'authority', 'role'].map((name) => attributeValue(element, name));
  const team = typeof teamId === 'string' ? context.teams.get(teamId) : undefined;
  if (!team || typeof authorityId !== 'string' || typeof role !== 'string') return [];
  const authority = team.authority.find((item) => item.id === authorityId);
  if (!authority) {
    return [
      {
        position: startOf(element),
        rule: 'ref/authority',
        message: `team "${teamId}" has no authority "${authorityId}"`,
        fix: team.authority.length
          ? `use one of: ${team.authority.map((item) => item.id).join(', ')}`
          : `add it under authority: in content/teams/${teamId}.yaml`,
      },
    ];
  }
  if (!(role in authority.byRole)) {
    return [
      {
        position: startOf(element),
        rule: 'ref/authority',
        message: `team "${teamId}" gives no ${authorityId} limit to the role "${role}"`,
        fix: `use a role that has one (${Object.keys(authority.byRole).join(', ')}), or add it in content/teams/${teamId}.yaml`,
      },
    ];
  }
  return [];
}

/** Stable anchors of every `<Step title="…">` in a playbook, in order. */
export function stepAnchors(tree: Root): string[] {
  return elements(tree, 'Step')
    .map((step) => attributeValue(step, 'title'))
    .filter((title): title is string => typeof title === 'string')
    .map(stepAnchor);
}

/** A branch must end somewhere: exactly one of goto, resolved, escalate. */
function branchFindings(branch: JsxElement): Finding[] {
  const endings = ['goto', 'resolved', 'escalate'].filter((name) => attributeValue(branch, name) !== undefined);
  if (endings.length === 1) return [];
  const when = attributeValue(branch, 'when');
  const label = typeof when === 'string' ? ` when="${when}"` : '';
  return [
    {
      position: startOf(branch),
      rule: endings.length === 0 ? 'decision/dead-end' : 'decision/ambiguous-branch',
      message:
        endings.length === 0
          ? `<Branch${label}> leads nowhere: it has no goto, resolved or escalate`
          : `<Branch${label}> has ${endings.length} endings (${endings.join(', ')})`,
      fix: 'give it exactly one ending: goto="step-…" (a step on this page), resolved, or escalate="team-id"',
    },
  ];
}

/**
 * The shape every playbook must have (## Steps with Steps, a Decision, ## Escalate when with an
 * Escalate box), and the component references that the schema cannot see.
 */
export function playbookStructureFindings(tree: Root, context: StructureContext): Finding[] {
  const findings: Finding[] = [];
  const steps = elements(tree, 'Step');
  const anchors = new Set(stepAnchors(tree));
  const top = { line: 1, column: 1 };

  const stepsLine = headingLine(tree, STEPS_HEADING);
  if (stepsLine === undefined) {
    findings.push({
      position: top,
      rule: 'structure/steps',
      message: `the playbook has no "## ${STEPS_HEADING}" section`,
      fix: `add a "## ${STEPS_HEADING}" heading followed by <Step title="…"> blocks`,
    });
  }
  if (steps.length < MIN_STEPS) {
    findings.push({
      position: { line: stepsLine ?? 1, column: 1 },
      rule: 'structure/steps',
      message: `the playbook has ${steps.length} <Step> (at least ${MIN_STEPS} needed)`,
      fix: 'break the procedure into <Step title="…"> blocks, one action each',
    });
  }
  for (const step of steps) {
    const title = step.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'title');
    const start = title?.position?.start.offset;
    const end = title?.position?.end.offset;
    const written = start !== undefined && end !== undefined ? context.source.slice(start, end) : undefined;
    // The table of contents reads titles straight from the text (src/lib/outline.ts), so they
    // must be written exactly as they display: double quotes, no character references.
    // Code in the title is already reported by mdx/attribute-expression.
    if (title && isPlainLiteral(title) && written !== undefined && !/^title="[^"&]*"$/.test(written)) {
      findings.push({
        position: startOf(title ?? step),
        rule: 'component/step-title',
        message: `the step title ${written} is not written as plain text in double quotes`,
        fix: 'write it as title="…" with the characters themselves (type & rather than &amp;)',
      });
    }
  }
  const seenAnchors = new Map<string, number>();
  for (const step of steps) {
    const title = attributeValue(step, 'title');
    if (typeof title !== 'string') continue;
    const anchor = stepAnchor(title);
    const firstLine = seenAnchors.get(anchor);
    if (firstLine !== undefined) {
      findings.push({
        position: startOf(step),
        rule: 'structure/duplicate-step',
        message: `two steps share the anchor #${anchor} (first on line ${firstLine})`,
        fix: 'give each step a distinct title',
      });
    } else {
      seenAnchors.set(anchor, startOf(step).line);
    }
  }
  if (elements(tree, 'Decision').length === 0) {
    findings.push({
      position: top,
      rule: 'structure/decision',
      message: 'the playbook has no <Decision>',
      fix: 'add a <Decision question="…"> with a <Branch> per answer where the agent has to choose',
    });
  }
  const escalateLine = headingLine(tree, ESCALATE_HEADING);
  const escalates = elements(tree, 'Escalate');
  if (escalateLine === undefined || escalates.length === 0) {
    findings.push({
      position: { line: escalateLine ?? 1, column: 1 },
      rule: 'structure/escalate',
      message: `the playbook has no "## ${ESCALATE_HEADING}" section with an <Escalate> box`,
      fix: `end with "## ${ESCALATE_HEADING}" and <Escalate team="team-id"> holding a list of when to escalate`,
    });
  }
  for (const decision of elements(tree, 'Decision')) {
    const branches = decision.children.filter((child) => isJsx(child) && child.name === 'Branch');
    if (branches.length < 2) {
      findings.push({
        position: startOf(decision),
        rule: 'decision/branches',
        message: `<Decision> has ${branches.length} <Branch> (at least 2 needed)`,
        fix: 'add a <Branch when="…"> for each answer',
      });
    }
  }
  for (const { node, parent } of treeIndex(tree).jsx) {
    findings.push(...attributeFindings(node), ...referenceFindings(node, anchors, context));
    if (node.name === 'Branch') {
      findings.push(...branchFindings(node));
      if (parent?.name !== 'Decision') {
        findings.push({
          position: startOf(node),
          rule: 'decision/orphan-branch',
          message: '<Branch> is not inside a <Decision>',
          fix: 'move it inside the <Decision question="…"> it answers',
        });
      }
    }
  }
  for (const node of treeIndex(tree).texts) {
    if (TODO_MARKER.test(node.value)) {
      findings.push({
        position: startOf(node),
        rule: 'content/todo',
        message: 'a TODO marker is still in the text',
        fix: 'write the missing part, then remove "TODO"',
        severity: 'warning',
      });
    }
  }
  return findings;
}
