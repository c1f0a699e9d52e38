import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { yamlTodoFindings } from '../../../src/check/rules/todo-markers.ts';
import { TODAY, VALID_FRONTMATTER, contentWith, playbook, withField } from '../../helpers/content.ts';

describe('yamlTodoFindings', () => {
  it('reports a TODO in a value or a comment at its file line and column, as a content/todo warning', () => {
    const yaml = 'title: Fine\nsummary: TODO one sentence\nowner: porting-desk # TODO the right team';
    expect(yamlTodoFindings(yaml, 2)).toMatchInlineSnapshot(`
      [
        {
          "fix": "fill in the field, then remove "TODO" (and the comment it is in)",
          "message": "a TODO marker is still in the frontmatter",
          "position": {
            "column": 10,
            "line": 3,
          },
          "rule": "content/todo",
          "severity": "warning",
        },
        {
          "fix": "fill in the field, then remove "TODO" (and the comment it is in)",
          "message": "a TODO marker is still in the frontmatter",
          "position": {
            "column": 23,
            "line": 4,
          },
          "rule": "content/todo",
          "severity": "warning",
        },
      ]
    `);
  });

  it('ignores "todo" in lowercase and inside other words', () => {
    expect(yamlTodoFindings('tags: [todo]\nsummary: TODOS and PHOTODOC', 2)).toEqual([]);
  });
});

describe('checkContent with TODOs in frontmatter', () => {
  it('warns about them without failing the playbook', () => {
    const draft = playbook('draft', withField('summary', 'summary: TODO one sentence that tells an agent what this is.'));
    const { diagnostics } = checkContent(contentWith(draft), { today: TODAY });
    expect(diagnostics.map((d) => [d.line, d.rule, d.severity])).toEqual([[3, 'content/todo', 'warning']]);
    expect(VALID_FRONTMATTER.split('\n')[1]).toMatch(/^summary:/);
  });
});
