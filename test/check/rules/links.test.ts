import { describe, expect, it } from 'vitest';
import type { PlaybookFacts } from '../../../src/check/check-playbook.ts';
import { collectLinks, externalLinks, links, resolveHref } from '../../../src/check/rules/links.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import type { SiteMap } from '../../../src/check/site-map.ts';
import { TODAY } from '../../helpers/content.ts';
import { tree } from '../../helpers/mdx.ts';

const FROM = '/playbooks/restoring-a-cancelled-line/';
const site: SiteMap = new Map([
  ['/', new Set(['main'])],
  ['/playbooks/', new Set(['main'])],
  ['/categories/porting/', new Set(['main'])],
  [FROM, new Set(['main', 'steps', 'step-read-the-rejection', 'step-reactivate-the-line'])],
  ['/playbooks/escalation-guidelines/', new Set(['main', 'steps', 'step-call-the-duty-supervisor', 'step-write-the-case-note'])],
  ['/playbooks/billing-dispute/', new Set(['main', 'why-this-works'])],
]);

const KNOWN_NOTHING = { teams: new Set<string>(), categories: new Set<string>(), playbooks: new Map(), modules: new Set<string>() };

/** What the link rules report about the playbook at FROM with this content, and the external links listed. */
function check(markdown: string) {
  const page: PlaybookFacts = {
    file: 'content/playbooks/restoring-a-cancelled-line.mdx',
    id: 'restoring-a-cancelled-line',
    diagnostics: [],
    data: undefined,
    locations: {},
    anchors: [],
    links: collectLinks(tree(markdown)),
    verifyAt: undefined,
  };
  const found = runAllFiles(
    {
      playbooks: [page],
      modules: [],
      paths: [],
      teams: new Map(),
      safety: undefined,
      verification: undefined,
      known: KNOWN_NOTHING,
      site,
      today: TODAY,
    },
    links.rules,
  );
  return {
    findings: found.map(({ line, column, rule, message, fix }) => ({ position: { line, column }, rule, message, fix })),
    external: externalLinks(page.links),
  };
}

describe('resolveHref', () => {
  it('keeps a malformed escape in an anchor as written instead of throwing', () => {
    expect(resolveHref('/playbooks/a/', '#50%')).toEqual({ page: '/playbooks/a/', anchor: '50%' });
  });

  it('resolves a sibling playbook link from a playbook page', () => {
    expect(resolveHref(FROM, '../escalation-guidelines/')).toEqual({ page: '/playbooks/escalation-guidelines/', anchor: undefined });
  });

  it('adds the trailing slash the site uses for every page', () => {
    expect(resolveHref(FROM, '../escalation-guidelines')).toEqual({ page: '/playbooks/escalation-guidelines/', anchor: undefined });
  });

  it('keeps a bare #anchor on the same page', () => {
    expect(resolveHref(FROM, '#step-read-the-rejection')).toEqual({ page: FROM, anchor: 'step-read-the-rejection' });
  });

  it('splits a page and an anchor', () => {
    expect(resolveHref(FROM, '../../categories/porting/#main')).toEqual({ page: '/categories/porting/', anchor: 'main' });
  });

  it('decodes a percent-encoded anchor', () => {
    expect(resolveHref(FROM, '#step-caf%C3%A9')).toEqual({ page: FROM, anchor: 'step-café' });
  });

  it('treats an empty anchor as no anchor', () => {
    expect(resolveHref(FROM, '../billing-dispute/#')).toEqual({ page: '/playbooks/billing-dispute/', anchor: undefined });
  });

  it('ignores a query string when naming the page', () => {
    expect(resolveHref(FROM, '../billing-dispute/?from=search')).toEqual({ page: '/playbooks/billing-dispute/', anchor: undefined });
  });
});

describe('the link rules', () => {
  it('are all errors', () => {
    expect(links.rules.map((rule) => rule.severity)).toEqual(links.rules.map(() => 'error'));
  });

  it('accepts links to pages and anchors that exist', () => {
    const result = check(
      'See [the steps](#step-read-the-rejection), [escalations](../escalation-guidelines/#step-write-the-case-note) and [porting](../../categories/porting/).',
    );
    expect(result).toEqual({ findings: [], external: [] });
  });

  it('lists external http, https and protocol-relative links without reporting them', () => {
    const result = check('[a](https://example.com/a) [b](http://example.com/b) [c](//cdn.example.com/c) [d](mailto:help@example.com)');
    expect(result).toEqual({ findings: [], external: ['https://example.com/a', 'http://example.com/b', '//cdn.example.com/c'] });
  });

  it('rejects a root-relative link and suggests the relative form', () => {
    expect(check('Read [the guidelines](/playbooks/escalation-guidelines/).').findings).toEqual([
      {
        position: { line: 1, column: 6 },
        rule: 'link/root-relative',
        message: 'the link "/playbooks/escalation-guidelines/" starts with "/", which breaks when the site is served from a sub-folder',
        fix: 'write it relative to this page, e.g. "../../playbooks/escalation-guidelines/"',
      },
    ]);
  });

  it('rejects a link to a page the site does not have', () => {
    expect(check('\nRead [the guide](../escalation-guide/).').findings).toEqual([
      {
        position: { line: 2, column: 6 },
        rule: 'link/page',
        message: 'the link "../escalation-guide/" leads to /playbooks/escalation-guide/, which is not a page of the site',
        fix: 'check the playbook id in the link, e.g. "../escalation-guidelines/"',
      },
    ]);
  });

  it('suggests the closest anchor for a misspelt one', () => {
    expect(check('[back](#step-read-the-rejectoin)').findings).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'link/anchor',
        message: `the link "#step-read-the-rejectoin" points to #step-read-the-rejectoin, which is not on ${FROM}`,
        fix: 'did you mean #step-read-the-rejection?',
      },
    ]);
  });

  it('lists the step anchors of the target page when no anchor is close', () => {
    expect(check('[call](../escalation-guidelines/#step-phone-the-regional-manager-at-home)').findings.map((f) => [f.rule, f.fix])).toEqual(
      [['link/anchor', 'use a step anchor on that page: #step-call-the-duty-supervisor, #step-write-the-case-note']],
    );
  });

  it('suggests dropping the anchor when the target page has no steps and nothing is close', () => {
    expect(check('[why](../billing-dispute/#the-whole-history-of-billing-disputes)').findings.map((f) => [f.rule, f.fix])).toEqual([
      ['link/anchor', 'link to the page without the #anchor'],
    ]);
  });

  it('checks link reference definitions too', () => {
    expect(check('Read [the guide][guide].\n\n[guide]: ../escalation-guide/').findings.map((f) => [f.rule, f.position])).toEqual([
      ['link/page', { line: 3, column: 1 }],
    ]);
  });

  it('reports every broken link in a page', () => {
    expect(check('[a](/playbooks/) [b](../nowhere/) [c](#nothing-here)').findings.map((f) => f.rule)).toEqual([
      'link/root-relative',
      'link/page',
      'link/anchor',
    ]);
  });
});
