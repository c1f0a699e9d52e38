export interface FlagDetails {
  repository: string;
  pageTitle: string;
  pageUrl: string;
  /** The section the agent was looking at, or "whole page". */
  section: string;
  commit: string;
}

/** A prefilled "new issue" link naming the page, section and commit, so a report points at the exact text. */
export function flagIssueUrl(details: FlagDetails): string {
  const title = `Playbook problem: ${details.pageTitle}`;
  const body = [
    `**Page:** ${details.pageTitle} (${details.pageUrl})`,
    `**Section:** ${details.section}`,
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
