/**
 * What each content component accepts. The single list the MDX safety check allows, and the
 * names `src/components/content/registry.ts` must provide (a test keeps the two in step).
 */
export type AttributeKind =
  /** Any plain text. */
  | 'text'
  /** Present with no value, e.g. `resolved`. */
  | 'flag'
  /** Id of a team in content/teams/. */
  | 'team'
  /** A step anchor on the same page, `step-…`. */
  | 'step'
  /** One of the roles. */
  | 'role'
  /** Id of an entry in content/values.yaml. */
  | 'value';

export interface ComponentSpec {
  attributes: Record<string, AttributeKind>;
  required: readonly string[];
  /**
   * Block components must stand on their own lines (opening tag, content, closing tag). Written
   * inline, MDX puts them inside a paragraph and the page would carry invalid HTML (`<p><figure>`).
   */
  block: boolean;
}

export const CONTENT_COMPONENTS: Record<string, ComponentSpec> = {
  Say: { attributes: {}, required: [], block: true },
  Do: { attributes: {}, required: [], block: true },
  Avoid: { attributes: {}, required: [], block: true },
  Note: { attributes: {}, required: [], block: true },
  Step: { attributes: { title: 'text' }, required: ['title'], block: true },
  Decision: { attributes: { question: 'text' }, required: ['question'], block: true },
  Branch: { attributes: { when: 'text', goto: 'step', resolved: 'flag', escalate: 'team' }, required: ['when'], block: true },
  Escalate: { attributes: { team: 'team' }, required: ['team'], block: true },
  Limit: { attributes: { team: 'team', authority: 'text', role: 'role' }, required: ['team', 'authority', 'role'], block: false },
  Sla: { attributes: { team: 'team' }, required: ['team'], block: false },
  Value: { attributes: { of: 'value' }, required: ['of'], block: false },
};

/** Plain HTML elements content may use: harmless inline text semantics only. */
export const ALLOWED_HTML_ELEMENTS = ['abbr', 'br', 'kbd', 'sub', 'sup'] as const;

/** Attributes those elements may carry. */
export const ALLOWED_HTML_ATTRIBUTES: Record<string, readonly string[]> = { abbr: ['title'] };
