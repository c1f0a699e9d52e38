// Deep links by contact reason: a CRM links a case reason to /go/<reason>/, which opens the one
// playbook that claims it (frontmatter `contactReasons`); /go/manifest.json lists them all. An
// address under /go/ that no playbook claims lands on a search for its words (src/pages/404.astro).
import type { Confidence } from '../schemas/playbook.ts';

/** The folder of the deep links under the site's base. */
export const GO_FOLDER = 'go';

interface ReasonSource {
  id: string;
  data: { title: string; confidence: Confidence; contactReasons?: readonly string[] | undefined };
}

/** One deep link: a row of the manifest and one static page. */
export interface ContactReasonLink {
  reason: string;
  playbook: string;
  title: string;
  /** The playbook's path under the site's base: `playbooks/<id>/`. */
  path: string;
}

/**
 * Every reason with the playbook it opens, sorted by reason. Archived playbooks keep their links
 * (a CRM's old case reasons still open the page, which says it is archived). The check refuses a
 * reason claimed twice (contact/duplicate-reason); should two slip through, the first playbook
 * by id keeps it, so the address never changes between builds.
 */
export function contactReasonLinks(playbooks: readonly ReasonSource[]): ContactReasonLink[] {
  const links = new Map<string, ContactReasonLink>();
  for (const { id, data } of [...playbooks].sort((a, b) => a.id.localeCompare(b.id, 'en'))) {
    for (const reason of data.contactReasons ?? []) {
      if (!links.has(reason)) links.set(reason, { reason, playbook: id, title: data.title, path: `playbooks/${id}/` });
    }
  }
  return [...links.values()].sort((a, b) => a.reason.localeCompare(b.reason, 'en'));
}

/** The manifest a CRM reads: each reason with its stable address and the playbook it opens, as absolute URLs. */
export function contactReasonManifest(links: readonly ContactReasonLink[], siteRoot: URL) {
  return {
    description: 'Contact reasons and the Frontline playbook each opens. Link a case reason to its url.',
    reasons: links.map(({ reason, playbook, title, path }) => ({
      reason,
      url: new URL(`${GO_FOLDER}/${reason}/`, siteRoot).href,
      playbook,
      title,
      playbookUrl: new URL(path, siteRoot).href,
    })),
  };
}

/**
 * The words of an address under /go/ that no playbook claims (`/go/sim-not-working/` → "sim not
 * working"), for a search; undefined for any other address. Only letters, digits and spaces come
 * out, at most 80 characters, so the result is safe to put in a query string.
 */
export function goSearchWords(pathname: string, base: string): string | undefined {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}${GO_FOLDER}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  let rest = pathname.slice(prefix.length);
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // not valid percent-encoding: its plain characters still say something
  }
  const words = rest
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return words || undefined;
}
