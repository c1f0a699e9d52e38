// Training modules and paths: what one file's schema cannot see. (Their references to playbooks
// and modules are in references.ts.) The graph helpers are the site's own, in src/training/.
import { closestId } from '../closest-id.ts';
import { FILE_START } from '../diagnostics.ts';
import { validEntries, type Rule, type RuleFamily } from '../rule.ts';
import { allPrerequisites, prerequisiteCycles, prerequisiteGraph } from '../../training/modules.ts';

const answer: Rule = {
  id: 'quiz/answer',
  severity: 'error',
  checks: "A knowledge check's `answer` is not exactly one of its `choices`.",
  allFiles({ modules }, report) {
    for (const module of validEntries(modules)) {
      module.data.checks.forEach((check, index) => {
        const texts = check.choices.map((choice) => choice.text);
        if (texts.includes(check.answer)) return;
        const guess = closestId(
          check.answer.toLowerCase(),
          texts.map((text) => text.toLowerCase()),
        );
        const exact = texts.find((text) => text.toLowerCase() === guess);
        report(module.file, {
          position: module.yaml?.locate(['checks', index, 'answer']) ?? FILE_START,
          message: `\`checks[${index}].answer\` "${check.answer}" is not one of its choices`,
          fix: exact ? `copy the choice exactly: "${exact}"` : 'write the answer exactly as one of the choices, or add it to choices',
        });
      });
    }
  },
};

const cycle: Rule = {
  id: 'module/cycle',
  severity: 'error',
  checks: "Modules' `prerequisites` form a cycle, so none of them could ever be started.",
  // One problem per module in each cycle, in that module's file, walking the cycle from it.
  allFiles({ modules }, report) {
    const valid = validEntries(modules);
    const byId = new Map(valid.map((module) => [module.id, module]));
    for (const members of prerequisiteCycles(prerequisiteGraph(valid)).map((walk) => walk.slice(0, -1))) {
      members.forEach((id, at) => {
        const module = byId.get(id);
        if (!module) return;
        const walk = [...members.slice(at), ...members.slice(0, at), id];
        const next = walk[1] ?? id;
        report(module.file, {
          position: module.yaml?.locate(['prerequisites', module.data.prerequisites.indexOf(next)]) ?? FILE_START,
          message: `prerequisites form a cycle: ${walk.join(' → ')}`,
          fix: 'remove one prerequisite in the cycle; a module cannot need itself, even through others',
        });
      });
    }
  },
};

const order: Rule = {
  id: 'path/order',
  severity: 'error',
  checks: "A path lists a module before one of that module's own prerequisites.",
  // A path is taken in its order, so a module listed before one of its own prerequisites is a
  // trap. Modules in a cycle are left to module/cycle.
  allFiles({ modules, paths }, report) {
    const graph = prerequisiteGraph(validEntries(modules));
    for (const path of validEntries(paths)) {
      path.data.modules.forEach((id, index) => {
        const needs = allPrerequisites(id, graph);
        const later = needs.has(id) ? undefined : path.data.modules.slice(index + 1).find((other) => needs.has(other));
        if (later === undefined) return;
        report(path.file, {
          position: path.yaml?.locate(['modules', index]) ?? FILE_START,
          message: `\`modules[${index}]\` "${id}" comes before its prerequisite "${later}"`,
          fix: `move "${later}" above "${id}"`,
        });
      });
    }
  },
};

export const training: RuleFamily = {
  title: 'Training modules and paths',
  rules: [answer, cycle, order],
};
