import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { checkFile } from '../../../src/check/check-file.ts';
import { NO_SHARED_DATA } from '../../../src/check/rule.ts';
import { formatDiagnostic } from '../../../src/check/diagnostics.ts';
import { warnings } from '../../../src/check/rules/warnings.ts';
import { runEachFile } from '../../../src/check/run-rules.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/schemas/collections.ts';
import type { SourceFile } from '../../../src/check/source.ts';
import { TODAY, VALID_BODY, VALID_FRONTMATTER, contentWith, playbook, withField } from '../../helpers/content.ts';

/** The warnings one file gets on its own, as `npm run check` prints them. */
function warningsIn(file: SourceFile, collection: CollectionName = 'playbooks'): string[] {
  const { scope } = checkFile(file, collection, COLLECTIONS[collection].schema(), NO_SHARED_DATA);
  return runEachFile(scope, warnings.rules).map(formatDiagnostic);
}

/** VALID_BODY with one piece replaced; fails loudly if the piece is not there. */
function bodyWith(from: string, to: string): string {
  if (!VALID_BODY.includes(from)) throw new Error(`VALID_BODY has no ${from}`);
  return VALID_BODY.replace(from, to);
}

describe('the warning rules', () => {
  it('are all warnings', () => {
    expect(warnings.rules.map((rule) => rule.severity)).toEqual(warnings.rules.map(() => 'warning'));
  });
});

describe('content/todo', () => {
  it('reports a TODO in a frontmatter value or comment at its file line and column', () => {
    const frontmatter = 'title: Fine\nsummary: TODO one sentence\nowner: porting-desk # TODO the right team';
    expect(warningsIn(playbook('a', frontmatter))).toEqual([
      'content/playbooks/a.mdx:3:10  warning content/todo  a TODO marker is still in the frontmatter — fill in the field, then remove "TODO" (and the comment it is in)',
      'content/playbooks/a.mdx:4:23  warning content/todo  a TODO marker is still in the frontmatter — fill in the field, then remove "TODO" (and the comment it is in)',
    ]);
  });

  it('ignores "todo" in lowercase and inside other words', () => {
    expect(warningsIn(playbook('a', 'tags: [todo]\nsummary: TODOS and PHOTODOC'))).toEqual([]);
  });

  it('reports a TODO left in a training file, naming the file rather than the frontmatter', () => {
    expect(warningsIn({ path: 'content/paths/week-1.yaml', source: 'title: Week one\nsummary: TODO\n' }, 'paths')).toEqual([
      'content/paths/week-1.yaml:2:10  warning content/todo  a TODO marker is still in the file — fill in the field, then remove "TODO" (and the comment it is in)',
    ]);
  });

  it('warns about a TODO marker left in the text', () => {
    expect(warningsIn(playbook('a', VALID_FRONTMATTER, bodyWith('Hand over.', 'TODO: say who picks up.')))).toEqual([
      'content/playbooks/a.mdx:43:1  warning content/todo  a TODO marker is still in the text — write the missing part, then remove "TODO"',
    ]);
  });

  it('does not take a word that merely contains todo for a marker', () => {
    expect(warningsIn(playbook('a', VALID_FRONTMATTER, bodyWith('Hand over.', 'Hand over the TODOS list and mastodon handle.')))).toEqual(
      [],
    );
  });

  it('warns about TODOs in frontmatter without failing the playbook', () => {
    const draft = playbook('draft', withField('summary', 'summary: TODO one sentence that tells an agent what this is.'));
    const { diagnostics } = checkContent(contentWith(draft), { today: TODAY });
    expect(diagnostics.map((d) => [d.line, d.rule, d.severity])).toEqual([[3, 'content/todo', 'warning']]);
    expect(VALID_FRONTMATTER.split('\n')[1]).toMatch(/^summary:/);
  });
});

describe('review/overdue', () => {
  it('warns at lastReviewed once lastReviewed + reviewEvery has passed, with the day it was due', () => {
    const { diagnostics } = checkContent(contentWith(playbook('old', withField('lastReviewed', 'lastReviewed: 2026-08-01'))), {
      today: TODAY,
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/playbooks/old.mdx:9:15  warning review/overdue  review was due on 2026-10-30 — check the page against current policy, then set lastReviewed to today',
    ]);
  });

  it('does not warn on the day the review is due', () => {
    const dueToday = withField('lastReviewed', 'lastReviewed: 2026-08-27');
    expect(checkContent(contentWith(playbook('due', dueToday)), { today: TODAY }).diagnostics).toEqual([]);
  });
});
