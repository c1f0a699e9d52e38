import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { formatDiagnostic, sortDiagnostics } from '../../../src/check/diagnostics.ts';
import { files, suggestedId } from '../../../src/check/rules/files.ts';
import type { SourceFile } from '../../../src/check/source.ts';
import { contentWith, playbook, TODAY, withField } from '../../helpers/content.ts';

function report(...playbooks: SourceFile[]): string[] {
  return sortDiagnostics(checkContent(contentWith(...playbooks), { today: TODAY }).diagnostics).map(formatDiagnostic);
}

describe('the file rules', () => {
  it('are all errors', () => {
    expect(files.rules.map((rule) => rule.severity)).toEqual(files.rules.map(() => 'error'));
  });
});

describe('suggestedId', () => {
  it('suggests a name that passes the id rule for underscores, accents, repeated and edge hyphens', () => {
    expect(suggestedId('Bad_Name')).toBe('bad-name');
    expect(suggestedId('café crème')).toBe('cafe-creme');
    expect(suggestedId('double--hyphen')).toBe('double-hyphen');
    expect(suggestedId('-leading and trailing-')).toBe('leading-and-trailing');
  });

  it('falls back to a placeholder when nothing usable is left', () => {
    expect(suggestedId('___')).toBe('playbook');
  });
});

describe('file/name', () => {
  it('leaves team and category files to the references that use them', () => {
    const content = {
      ...contentWith(playbook('a')),
      categories: [{ path: 'content/categories/Porting_Stuff.yaml', source: 'title: Porting\n' }],
    };
    expect(checkContent(content, { today: TODAY }).diagnostics.map((d) => d.rule)).not.toContain('file/name');
  });
});

describe('duplicate/id', () => {
  it('reports the second of two playbooks with one id in different folders, naming the first', () => {
    const first = { ...playbook('a'), path: 'content/playbooks/porting/a.mdx' };
    const second = { ...playbook('a', withField('title', 'title: Restoring a line again')), path: 'content/playbooks/billing/a.mdx' };
    expect(report(first, second)).toEqual([
      'content/playbooks/billing/a.mdx:1:1  duplicate/id  the id "a" is also used by content/playbooks/porting/a.mdx — rename one of the files; ids must be unique across all folders',
    ]);
  });

  it('counts ids that differ only in case as the same, and still checks their titles', () => {
    const lines = report(playbook('a'), { ...playbook('b'), path: 'content/playbooks/extra/A.mdx' });
    expect(lines.map((line) => line.split('  ')[1])).toEqual(['duplicate/id', 'file/name', 'duplicate/title']);
  });
});

describe('duplicate/id in a list file', () => {
  const VALUES = `- id: provider-attempts
  label: Calls to another provider before a senior takes over
  value: 2
  unit: attempts
- id: provider-attempts
  label: The same id again
  value: 3
  unit: attempts
`;

  it('reports the second of two entries with one id, naming the line of the first', () => {
    const content = { ...contentWith(playbook('a')), values: { path: 'content/values.yaml', source: VALUES } };
    expect(sortDiagnostics(checkContent(content, { today: TODAY }).diagnostics).map(formatDiagnostic)).toEqual([
      'content/values.yaml:5:7  duplicate/id  the id "provider-attempts" is already used by the entry on line 1 — give each entry its own id, or remove the repeated one',
    ]);
  });

  it('checks the synonyms file the same way', () => {
    const synonyms = { path: 'content/synonyms.yaml', source: '- id: port\n  terms: [transfer]\n- id: port\n  terms: [switch]\n' };
    const lines = sortDiagnostics(checkContent({ ...contentWith(playbook('a')), synonyms }, { today: TODAY }).diagnostics).map(
      formatDiagnostic,
    );
    expect(lines).toEqual([
      'content/synonyms.yaml:3:7  duplicate/id  the id "port" is already used by the entry on line 1 — give each entry its own id, or remove the repeated one',
    ]);
  });
});

describe('duplicate/title', () => {
  it('compares titles without regard to case', () => {
    const lines = report(playbook('one'), playbook('two', withField('title', 'title: RESTORING a cancelled line')));
    expect(lines).toEqual([
      'content/playbooks/two.mdx:2:8  duplicate/title  the title "RESTORING a cancelled line" is also used by content/playbooks/one.mdx — make the titles distinct so agents can tell the results apart',
    ]);
  });
});
