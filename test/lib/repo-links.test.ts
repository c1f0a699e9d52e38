import { describe, expect, it } from 'vitest';
import { editFileUrl, flagIssueUrl, withFlaggedSection, type FlagDetails } from '../../src/lib/repo-links.ts';

const REPO = 'https://github.com/frontline-kb/frontline';

const DETAILS: FlagDetails = {
  repository: REPO,
  pageTitle: 'Restoring a cancelled line',
  pageUrl: 'https://kb.example.com/playbooks/restoring-a-cancelled-line/',
  section: 'Steps',
  commit: '63ed1b3',
};

describe('flagIssueUrl', () => {
  it('opens a new issue in the repository, labelled content, titled after the page', () => {
    const url = new URL(flagIssueUrl(DETAILS));
    expect(url.origin + url.pathname).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Playbook problem: Restoring a cancelled line');
    expect(url.searchParams.get('labels')).toBe('content');
    expect([...url.searchParams.keys()]).toEqual(['title', 'body', 'labels']);
  });

  it('prefills a body naming the page, its address, the section and the commit, with questions to answer', () => {
    const body = new URL(flagIssueUrl(DETAILS)).searchParams.get('body');
    expect(body).toBe(
      [
        '**Page:** Restoring a cancelled line (https://kb.example.com/playbooks/restoring-a-cancelled-line/)',
        '**Section:** Steps',
        '**Built from commit:** 63ed1b3',
        '',
        '**What is wrong or missing?**',
        '',
        '**What happened on the call?**',
        '',
      ].join('\n'),
    );
  });

  it('names the whole page when no section was chosen', () => {
    const body = new URL(flagIssueUrl({ ...DETAILS, section: 'whole page' })).searchParams.get('body');
    expect(body?.split('\n')[1]).toBe('**Section:** whole page');
  });

  it('does not double the slash when the repository address ends with one or more', () => {
    expect(flagIssueUrl({ ...DETAILS, repository: `${REPO}/` })).toBe(flagIssueUrl(DETAILS));
    expect(flagIssueUrl({ ...DETAILS, repository: `${REPO}//` })).toBe(flagIssueUrl(DETAILS));
    expect(flagIssueUrl({ ...DETAILS, repository: `${REPO}/` })).toMatch(/^https:\/\/github\.com\/frontline-kb\/frontline\/issues\/new\?/);
  });

  it('encodes characters that would otherwise end or split the query, so the title and body arrive intact', () => {
    const details: FlagDetails = {
      ...DETAILS,
      pageTitle: 'Fees & credits #2: 50% off? a+b=c',
      pageUrl: 'https://kb.example.com/search/?q=fee&tag=credit#results',
      section: 'Step 3 — Café “refund”',
    };
    const raw = flagIssueUrl(details);
    const url = new URL(raw);
    expect(url.hash).toBe('');
    expect(raw).not.toMatch(/[\s#]/);
    expect(url.searchParams.get('title')).toBe('Playbook problem: Fees & credits #2: 50% off? a+b=c');
    expect(url.searchParams.get('labels')).toBe('content');
    const body = url.searchParams.get('body')?.split('\n');
    expect(body?.[0]).toBe('**Page:** Fees & credits #2: 50% off? a+b=c (https://kb.example.com/search/?q=fee&tag=credit#results)');
    expect(body?.[1]).toBe('**Section:** Step 3 — Café “refund”');
  });

  it('keeps the line breaks of the body as encoded newlines', () => {
    const raw = flagIssueUrl(DETAILS);
    expect(raw).not.toContain('\n');
    expect(raw).toContain('%0A**Section%3A**+Steps%0A');
  });
});

describe('editFileUrl', () => {
  it('opens the web editor for the file on the branch', () => {
    expect(editFileUrl(REPO, 'main', 'content/playbooks/restoring-a-cancelled-line.mdx')).toBe(
      `${REPO}/edit/main/content/playbooks/restoring-a-cancelled-line.mdx`,
    );
  });

  it('does not double the slash when the repository address ends with one or more', () => {
    expect(editFileUrl(`${REPO}/`, 'main', 'content/teams/porting-desk.yaml')).toBe(`${REPO}/edit/main/content/teams/porting-desk.yaml`);
    expect(editFileUrl(`${REPO}//`, 'main', 'content/teams/porting-desk.yaml')).toBe(`${REPO}/edit/main/content/teams/porting-desk.yaml`);
  });

  it('keeps the folder slashes of the path but encodes each part of it', () => {
    expect(editFileUrl(REPO, 'main', 'content/my notes/fees #2?.mdx')).toBe(`${REPO}/edit/main/content/my%20notes/fees%20%232%3F.mdx`);
  });

  it('encodes non-ASCII characters in the path as UTF-8', () => {
    expect(editFileUrl(REPO, 'main', 'content/playbooks/café.mdx')).toBe(`${REPO}/edit/main/content/playbooks/caf%C3%A9.mdx`);
  });

  it('encodes the branch as a single part, so a # or ? in it cannot cut the address short', () => {
    const raw = editFileUrl(REPO, 'fix#12?draft', 'content/a.mdx');
    expect(raw).toBe(`${REPO}/edit/fix%2312%3Fdraft/content/a.mdx`);
    const url = new URL(raw);
    expect(url.hash).toBe('');
    expect(url.search).toBe('');
  });
});

describe('withFlaggedSection', () => {
  const sectionOf = (url: string) => new URL(url).searchParams.get('body')?.split('\n')[1];

  it('names the section the agent is reading, keeping the rest of the body', () => {
    const url = withFlaggedSection(flagIssueUrl({ ...DETAILS, section: 'whole page' }), 'Steps');
    expect(url).toBe(flagIssueUrl(DETAILS));
  });

  it.each(["#$'", '#$&$&$&', '$`', '$1 $<name>', '$$'])('writes the section %s as it is, never as a replacement pattern', (section) => {
    const url = withFlaggedSection(flagIssueUrl(DETAILS), section);
    expect(sectionOf(url)).toBe(`**Section:** ${section}`);
    expect(url.length).toBeLessThan(flagIssueUrl(DETAILS).length + 40);
  });

  it('keeps a long section to one line of at most 120 characters, so the link stays a few hundred bytes', () => {
    const pageText = `Customers may say\n\n  ${'Restore the line before the port completes. '.repeat(200)}`;
    const section = sectionOf(withFlaggedSection(flagIssueUrl(DETAILS), pageText)) ?? '';
    expect(section).toMatch(/^\*\*Section:\*\* Customers may say Restore the line/);
    expect(section.length).toBeLessThanOrEqual('**Section:** '.length + 120);
    expect(section.endsWith('…')).toBe(true);
  });
});
