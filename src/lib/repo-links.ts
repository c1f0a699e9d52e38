export interface FlagDetails {
  repository: string;
  pageTitle: string;
  pageUrl: string;
  /** The section the agent was looking at, or "whole page". */
  section: string;
  commit: string;
}

const SECTION_LABEL = '**Section:** ';
/** Longest section name written into a flag: a step title fits, a page's whole text does not. */
export const MAX_SECTION_LENGTH = 120;

/**
 * A section name as one short line of plain text: page text carries line breaks, runs of spaces
 * and, when an anchor names a whole region, kilobytes of words, none of which belong in a title line.
 */
export function sectionName(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  if (characters.length <= MAX_SECTION_LENGTH) return characters.join('');
  const kept = characters.slice(0, MAX_SECTION_LENGTH - 1).join('');
  return `${kept.trimEnd()}…`;
}

/** A prefilled "new issue" link naming the page, section and commit, so a report points at the exact text. */
export function flagIssueUrl(details: FlagDetails): string {
  const title = `Playbook problem: ${details.pageTitle}`;
  const body = [
    `**Page:** ${details.pageTitle} (${details.pageUrl})`,
    `${SECTION_LABEL}${sectionName(details.section)}`,
    `**Built from commit:** ${details.commit}`,
    '',
    '**What is wrong or missing?**',
    '',
    '**What happened on the call?**',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title, body, labels: 'content' });
  return `${details.repository.replace(/\/+$/, '')}/issues/new?${params.toString()}`;
}

/** The repository's web editor for one content file. */
export function editFileUrl(repository: string, branch: string, path: string): string {
  return `${repository.replace(/\/+$/, '')}/edit/${encodeURIComponent(branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The flag link with the section the agent is reading in place of the one it was built with. The
 * body is edited line by line, never with `String.replace`, whose replacement text treats `$'`,
 * `$&` and `` $` `` as patterns: a heading such as `#$'` would copy the whole body into the link.
 */
export function withFlaggedSection(flagUrl: string, section: string): string {
  const url = new URL(flagUrl);
  const lines = (url.searchParams.get('body') ?? '').split('\n');
  const at = lines.findIndex((line) => line.startsWith(SECTION_LABEL));
  if (at === -1) return flagUrl;
  lines[at] = `${SECTION_LABEL}${sectionName(section)}`;
  url.searchParams.set('body', lines.join('\n'));
  return url.toString();
}
