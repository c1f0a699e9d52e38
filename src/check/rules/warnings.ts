// Warnings: drafts that still need writing and pages due for review. They do not stop the build,
// except under `npm run check -- --strict`.
import type { CollectionName } from '../../schemas/collections.ts';
import { isReviewOverdue, reviewDueOn } from '../../lib/staleness.ts';
import { FILE_START } from '../diagnostics.ts';
import { startOf, treeIndex } from '../mdx-tree.ts';
import type { Finding, Rule, RuleFamily } from '../rule.ts';

const TODO_MARKER = /\bTODO\b/;

/** The collections whose YAML is searched for TODO markers: playbooks (their frontmatter) and training files. */
const YAML_WITH_TODOS: readonly CollectionName[] = ['playbooks', 'modules', 'paths'];

/**
 * TODO markers left in YAML (values or comments), e.g. by `npm run new`, so `npm run check` lists
 * every part of a draft that still needs writing and `--strict` refuses to publish it.
 */
function yamlTodos(text: string, firstLine: number, where: string): Finding[] {
  return text.split('\n').flatMap((line, index) => {
    const match = TODO_MARKER.exec(line);
    if (!match) return [];
    return [
      {
        position: { line: firstLine + index, column: match.index + 1 },
        message: `a TODO marker is still in ${where}`,
        fix: 'fill in the field, then remove "TODO" (and the comment it is in)',
      },
    ];
  });
}

const todo: Rule = {
  id: 'content/todo',
  severity: 'warning',
  checks: 'A `TODO` marker is still in the text or the frontmatter — `npm run new` puts one wherever writing is needed.',
  eachFile({ collection, yaml, tree }, report) {
    if (yaml && YAML_WITH_TODOS.includes(collection)) {
      const where = collection === 'playbooks' ? 'the frontmatter' : 'the file';
      for (const finding of yamlTodos(yaml.text, yaml.firstLine, where)) report(finding);
    }
    for (const node of tree ? treeIndex(tree).texts : []) {
      if (!TODO_MARKER.test(node.value)) continue;
      report({ position: startOf(node), message: 'a TODO marker is still in the text', fix: 'write the missing part, then remove "TODO"' });
    }
  },
};

const overdue: Rule = {
  id: 'review/overdue',
  severity: 'warning',
  checks:
    '`lastReviewed + reviewEvery` has passed. Check the page against current policy, then set `lastReviewed` to today. `npm run stale` lists them by owner.',
  allFiles({ playbooks, today }, report) {
    for (const { file, data, locations } of playbooks) {
      if (!data || !isReviewOverdue(data, today)) continue;
      report(file, {
        position: locations['lastReviewed'] ?? FILE_START,
        message: `review was due on ${reviewDueOn(data).toISOString().slice(0, 10)}`,
        fix: 'check the page against current policy, then set lastReviewed to today',
      });
    }
  },
};

export const warnings: RuleFamily = {
  title: 'Warnings',
  rules: [todo, overdue],
};
