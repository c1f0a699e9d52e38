import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatDiagnostic, sortDiagnostics } from '../../src/check/diagnostics.ts';
import { readContentFiles } from '../../src/check/read-content.ts';
import { contentWith, playbook, TODAY, VALID_BODY, VALID_FRONTMATTER, withField } from '../helpers/content.ts';

function report(...files: Parameters<typeof contentWith>): string[] {
  return sortDiagnostics(checkContent(contentWith(...files), { today: TODAY }).diagnostics).map(formatDiagnostic);
}

describe('checkContent', () => {
  it('accepts all real content without errors', () => {
    const { diagnostics } = checkContent(readContentFiles(process.cwd(), 'content'), { today: TODAY });
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it('accepts the minimal valid playbook used by these tests', () => {
    expect(report(playbook('restoring-a-cancelled-line'))).toEqual([]);
  });

  it('reports every frontmatter problem at its line with the fix', () => {
    const frontmatter = VALID_FRONTMATTER.replace('confidence: validated', 'confidence: done')
      .replace('reviewEvery: 90', 'reviewEvery: 3')
      .replace(/summary: .*/, `summary: ${'Far too long. '.repeat(16)}`)
      .replace('audience: [agent]', 'audience: [agent, trainee]')
      .replace('lastReviewed: 2026-11-01', 'lastReviewed: 1st of November')
      .concat('\nowners: porting-desk');
    expect(report(playbook('bad-frontmatter', frontmatter))).toMatchSnapshot();
  });

  it('reports a missing required field at the top of the frontmatter', () => {
    expect(report(playbook('no-title', withField('title', undefined)))).toMatchInlineSnapshot(`
      [
        "content/playbooks/no-title.mdx:2:1  schema/title  \`title\` is missing — add \`title:\` to the frontmatter (see docs/schema-reference.md for every field)",
      ]
    `);
  });

  it('names the bad id and suggests the closest one for a broken reference', () => {
    const frontmatter = withField('owner', 'owner: poting-desk').replace(
      'related: []',
      'related: [restoring-a-cancelled-line, escalation-guide]',
    );
    expect(report(playbook('restoring-a-cancelled-line', frontmatter))).toMatchSnapshot();
  });

  it('reports problems in two files in one run', () => {
    const lines = report(
      playbook('first', withField('category', 'category: nowhere')),
      playbook('second', VALID_FRONTMATTER.replace('title: Restoring', 'title: Reviving'), '\n## Steps\n'),
    );
    const files = new Set(lines.map((line) => line.split(':')[0]));
    expect(files).toEqual(new Set(['content/playbooks/first.mdx', 'content/playbooks/second.mdx']));
  });

  it('rejects two playbooks with the same title', () => {
    expect(report(playbook('one'), playbook('two'))).toEqual([
      'content/playbooks/two.mdx:2:8  duplicate/title  the title "Restoring a cancelled line" is also used by content/playbooks/one.mdx — make the titles distinct so agents can tell the results apart',
    ]);
  });

  it('warns, without failing, when a review is overdue', () => {
    const { diagnostics } = checkContent(contentWith(playbook('old', withField('lastReviewed', 'lastReviewed: 2026-01-05'))), {
      today: TODAY,
    });
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['review/overdue', 'warning', 9]]);
  });

  it('reports a YAML syntax error at its line', () => {
    const lines = report(
      playbook('broken-yaml', VALID_FRONTMATTER.replace('title: Restoring a cancelled line', 'title: "Restoring a cancelled line')),
    );
    expect(lines[0]).toMatch(/^content\/playbooks\/broken-yaml\.mdx:\d+:\d+ {2}yaml\/syntax {2}YAML cannot be read: /);
  });

  it('reports a file without frontmatter', () => {
    expect(report({ path: 'content/playbooks/bare.mdx', source: VALID_BODY })).toContain(
      'content/playbooks/bare.mdx:1:1  schema/frontmatter  the file has no frontmatter — start the file with a --- block of fields (copy one from an existing playbook, or run npm run new)',
    );
  });
});
