import { describe, expect, it } from 'vitest';
import {
  FILE_START,
  formatDiagnostic,
  formatGithubAnnotation,
  sortDiagnostics,
  summarize,
  type Diagnostic,
} from '../../src/check/diagnostics.ts';

function diagnostic(overrides: Partial<Diagnostic>): Diagnostic {
  return {
    file: 'content/playbooks/restoring-a-cancelled-line.mdx',
    line: 4,
    column: 11,
    rule: 'schema/category',
    message: '`category` names "portting", but there is no content/categories/portting.yaml',
    fix: 'did you mean "porting"?',
    severity: 'error',
    ...overrides,
  };
}

describe('FILE_START', () => {
  it('is line 1, column 1', () => {
    expect(FILE_START).toEqual({ line: 1, column: 1 });
  });
});

describe('formatDiagnostic', () => {
  it('writes path:line:col, the rule, the message and the fix', () => {
    expect(formatDiagnostic(diagnostic({}))).toBe(
      'content/playbooks/restoring-a-cancelled-line.mdx:4:11  schema/category  `category` names "portting", but there is no content/categories/portting.yaml — did you mean "porting"?',
    );
  });

  it('marks a warning before its rule', () => {
    expect(
      formatDiagnostic(
        diagnostic({
          rule: 'review/overdue',
          message: 'review was due on 2026-10-01',
          fix: 'set lastReviewed to today',
          severity: 'warning',
        }),
      ),
    ).toBe(
      'content/playbooks/restoring-a-cancelled-line.mdx:4:11  warning review/overdue  review was due on 2026-10-01 — set lastReviewed to today',
    );
  });
});

describe('formatDiagnostic with content that holds control characters', () => {
  // Content reaches CI output through the plain lines too. A line break in a YAML key would start
  // a new line there, and a line starting with :: is a workflow command to GitHub Actions.
  it('escapes line breaks in every field, so no content starts a new line of output', () => {
    const line = formatDiagnostic(
      diagnostic({
        file: 'content/playbooks/a\n::add-mask::b.mdx',
        rule: 'schema/x\r\n::error::y',
        message: 'the field "a\n::notice file=x::pwned" is not known',
        fix: 'delete it\n::add-mask::secret',
      }),
    );
    expect(line.split(/[\n\r]/)).toHaveLength(1);
    expect(line).toMatchInlineSnapshot(
      `"content/playbooks/a\\n::add-mask::b.mdx:4:11  schema/x\\r\\n::error::y  the field "a\\n::notice file=x::pwned" is not known — delete it\\n::add-mask::secret"`,
    );
  });

  it('escapes every other control character, the line and paragraph separators and the bidirectional controls', () => {
    const line = formatDiagnostic(diagnostic({ message: 'a\u0000b\u0007c\u001bd\u007fe\u2028f\u2029g\u0085h\u202ei\u2066j\tk' }));
    expect(line).toContain('a\\u0000b\\u0007c\\u001bd\\u007fe\\u2028f\\u2029g\\u0085h\\u202ei\\u2066j\\tk');
  });

  it('leaves ordinary text, and the backslashes a fix may show, as they are', () => {
    const line = formatDiagnostic(diagnostic({ message: 'accents é, dash —, quotes “”', fix: 'escape it as \\<' }));
    expect(line).toContain('accents é, dash —, quotes “” — escape it as \\<');
  });
});

describe('formatGithubAnnotation', () => {
  it('writes a workflow command with file, line, column and title', () => {
    expect(formatGithubAnnotation(diagnostic({ rule: 'mdx/esm', message: 'imports run code', fix: 'delete the line' }))).toBe(
      '::error file=content/playbooks/restoring-a-cancelled-line.mdx,line=4,col=11,title=mdx/esm::imports run code — delete the line',
    );
  });

  it('uses the warning command for a warning', () => {
    expect(
      formatGithubAnnotation(diagnostic({ severity: 'warning', rule: 'content/todo', message: 'a TODO marker', fix: 'write it' })),
    ).toBe('::warning file=content/playbooks/restoring-a-cancelled-line.mdx,line=4,col=11,title=content/todo::a TODO marker — write it');
  });

  it('escapes percent signs and line breaks in the message', () => {
    expect(formatGithubAnnotation(diagnostic({ message: 'saves 100%\r\nof the fee', fix: 'keep it' }))).toBe(
      '::error file=content/playbooks/restoring-a-cancelled-line.mdx,line=4,col=11,title=schema/category::saves 100%25%0D%0Aof the fee — keep it',
    );
  });

  it('escapes colons and commas in the properties but not in the message', () => {
    expect(formatGithubAnnotation(diagnostic({ file: 'content/a,b.mdx', rule: 'x:y', message: 'a: b, c', fix: 'd' }))).toBe(
      '::error file=content/a%2Cb.mdx,line=4,col=11,title=x%3Ay::a: b, c — d',
    );
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, then line, then column, then rule', () => {
    const list = [
      diagnostic({ file: 'content/playbooks/b.mdx', line: 1, column: 1, rule: 'a' }),
      diagnostic({ file: 'content/playbooks/a.mdx', line: 9, column: 1, rule: 'a' }),
      diagnostic({ file: 'content/playbooks/a.mdx', line: 2, column: 5, rule: 'a' }),
      diagnostic({ file: 'content/playbooks/a.mdx', line: 2, column: 1, rule: 'z' }),
      diagnostic({ file: 'content/playbooks/a.mdx', line: 2, column: 1, rule: 'm' }),
    ];
    expect(sortDiagnostics(list).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/playbooks/a.mdx:2:1 m',
      'content/playbooks/a.mdx:2:1 z',
      'content/playbooks/a.mdx:2:5 a',
      'content/playbooks/a.mdx:9:1 a',
      'content/playbooks/b.mdx:1:1 a',
    ]);
  });

  it('leaves the list it was given in its original order', () => {
    const list = [diagnostic({ line: 9 }), diagnostic({ line: 1 })];
    sortDiagnostics(list);
    expect(list.map((d) => d.line)).toEqual([9, 1]);
  });
});

describe('summarize', () => {
  it('counts errors and warnings', () => {
    expect(
      summarize([diagnostic({}), diagnostic({ severity: 'warning' }), diagnostic({}), diagnostic({ severity: 'warning' }), diagnostic({})]),
    ).toEqual({ errors: 3, warnings: 2 });
  });

  it('counts nothing in an empty list', () => {
    expect(summarize([])).toEqual({ errors: 0, warnings: 0 });
  });
});
