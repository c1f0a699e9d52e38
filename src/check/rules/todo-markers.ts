import type { Finding } from './mdx-safety.ts';

const TODO_MARKER = /\bTODO\b/;

/**
 * TODO markers left in YAML (values or comments), e.g. by `npm run new`. Reported as warnings with
 * the same rule as TODOs in the text (`content/todo`), so `npm run check` lists every part of a
 * draft that still needs writing and `--strict` refuses to publish it. `firstLine` is the file
 * line the YAML starts on; `where` names it in the message.
 */
export function yamlTodoFindings(yaml: string, firstLine: number, where: 'the frontmatter' | 'the file' = 'the frontmatter'): Finding[] {
  return yaml.split('\n').flatMap((line, index) => {
    const match = TODO_MARKER.exec(line);
    if (!match) return [];
    return [
      {
        position: { line: firstLine + index, column: match.index + 1 },
        rule: 'content/todo',
        message: `a TODO marker is still in ${where}`,
        fix: 'fill in the field, then remove "TODO" (and the comment it is in)',
        severity: 'warning' as const,
      },
    ];
  });
}
