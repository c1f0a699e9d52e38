import { WRITTEN_CHANNELS } from './channels.ts';

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
  | 'value'
  /** Id of a region in content/regions/. */
  | 'region'
  /** Id of a safety case in content/safety.yaml. */
  | 'safety-case'
  /** One of a fixed list of words. */
  | { oneOf: readonly string[] };

export interface ComponentSpec {
  attributes: Record<string, AttributeKind>;
  required: readonly string[];
  /**
   * Block components must stand on their own lines (opening tag, content, closing tag). Written
   * inline, MDX puts them inside a paragraph and the page would carry invalid HTML (`<p><figure>`).
   */
  block: boolean;
}

/** What `<IdentityChecks show="…" />` can show: the checks and what needs each, the fraud signs, the notice after a change. */
export const IDENTITY_CHECK_VIEWS = ['checks', 'fraud-signs', 'notice'] as const;

export const CONTENT_COMPONENTS: Record<string, ComponentSpec> = {
  // A talk track. Nested in another <Say>, `channel` gives the same line as written in a chat or an email.
  Say: { attributes: { channel: { oneOf: WRITTEN_CHANNELS } }, required: [], block: true },
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
  // The identity check the playbook's `verification` level needs, rendered from content/verification.yaml.
  Verify: { attributes: {}, required: [], block: true },
  // The identity-verification playbook's views of content/verification.yaml.
  IdentityChecks: { attributes: { show: { oneOf: IDENTITY_CHECK_VIEWS } }, required: ['show'], block: true },
  // The team that takes a safety case at any hour, with each region's emergency number (and crisis line);
  // without `case`, the route for every kind of case.
  SafetyRoute: { attributes: { case: 'safety-case' }, required: [], block: true },
  // Marks the fact beside it as holding only in one region, linked to the page's sources.
  Region: { attributes: { code: 'region' }, required: ['code'], block: false },
};

/** Plain HTML elements content may use: harmless inline text semantics only. */
export const ALLOWED_HTML_ELEMENTS = ['abbr', 'br', 'kbd', 'sub', 'sup'] as const;

/** Attributes those elements may carry. */
export const ALLOWED_HTML_ATTRIBUTES: Record<string, readonly string[]> = { abbr: ['title'] };
