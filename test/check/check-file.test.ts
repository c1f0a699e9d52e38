import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkFile } from '../../src/check/check-file.ts';
import { NO_SHARED_DATA } from '../../src/check/rule.ts';
import type { SourceFile } from '../../src/check/source.ts';
import { playbookSchema } from '../../src/schemas/playbook.ts';
import { VALID_BODY } from '../helpers/content.ts';

const category = z.strictObject({ title: z.string(), order: z.int().default(10) });

function yamlFile(source: string): SourceFile {
  return { path: 'content/categories/porting.yaml', source };
}

describe('checkFile', () => {
  it('returns the data as the schema outputs it, defaults filled in, and reports nothing', () => {
    const checked = checkFile(yamlFile('title: Porting\n'), 'categories', category, NO_SHARED_DATA);
    expect(checked.data).toEqual({ title: 'Porting', order: 10 });
    expect(checked.diagnostics).toEqual([]);
  });

  it('reports unreadable YAML at its line, without checking the schema', () => {
    // No title either: a schema check would add schema/title.
    const checked = checkFile(yamlFile('order: 1\norder: 2\n'), 'categories', category, NO_SHARED_DATA);
    expect(checked.data).toBeUndefined();
    expect(checked.scope.yaml?.schemaError).toBeUndefined();
    expect(checked.diagnostics).toEqual([
      {
        file: 'content/categories/porting.yaml',
        line: 2,
        column: 1,
        rule: 'yaml/syntax',
        message: expect.stringMatching(/^YAML cannot be read: .*unique/),
        fix: 'check indentation and quoting on this line; text with a colon needs quotes',
        severity: 'error',
      },
    ]);
  });

  it('reports a schema problem at the field it concerns and returns no data', () => {
    const checked = checkFile(yamlFile('title: Porting\norder: soon\n'), 'categories', category, NO_SHARED_DATA);
    expect(checked.data).toBeUndefined();
    expect(checked.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['schema/order', 2, 8]]);
  });

  it('reports a schema problem and the other rules’ findings in the same file', () => {
    const path = { path: 'content/paths/week-1.yaml', source: 'title: TODO\n' };
    const checked = checkFile(path, 'paths', z.strictObject({ title: z.string(), modules: z.array(z.string()) }), NO_SHARED_DATA);
    expect(checked.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['schema/modules', 1],
      ['content/todo', 1],
    ]);
  });

  it('checks an empty document as an empty object, reporting the missing fields instead of throwing', () => {
    const checked = checkFile(yamlFile(''), 'categories', category, NO_SHARED_DATA);
    expect(checked.data).toBeUndefined();
    expect(checked.diagnostics.map((d) => [d.rule, d.message])).toEqual([['schema/title', '`title` is missing']]);
  });

  it('reads a YAML file as YAML from its first line, with no syntax tree', () => {
    const { scope } = checkFile(yamlFile('title: Porting\n'), 'categories', category, NO_SHARED_DATA);
    expect([scope.yaml?.firstLine, scope.yaml?.text, scope.tree, scope.mdxError, scope.id]).toEqual([
      1,
      'title: Porting\n',
      undefined,
      undefined,
      'porting',
    ]);
  });

  it('reads a playbook as frontmatter from line 2 and an MDX body', () => {
    const { scope } = checkFile(
      { path: 'content/playbooks/a.mdx', source: `---\ntitle: A\n---\n${VALID_BODY}` },
      'playbooks',
      playbookSchema(),
      NO_SHARED_DATA,
    );
    expect([scope.yaml?.firstLine, scope.yaml?.text, scope.tree?.type, scope.mdxError]).toEqual([2, 'title: A', 'root', undefined]);
  });

  it('keeps why a playbook body cannot be parsed, and where', () => {
    const { scope } = checkFile(
      { path: 'content/playbooks/a.mdx', source: '---\ntitle: A\n---\nA bare {brace.\n' },
      'playbooks',
      playbookSchema(),
      NO_SHARED_DATA,
    );
    expect(scope.tree).toBeUndefined();
    expect(scope.mdxError?.position.line).toBe(4);
  });
});
