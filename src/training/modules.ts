// Training modules and paths: how they compose (module → playbooks, path → modules, prerequisite
// order) and what `npm run check` reports about them. Pure: callers pass parsed entries in.
import type { ModuleData } from '../schemas/module.ts';
import type { PathData } from '../schemas/path.ts';
import type { Confidence } from '../schemas/playbook.ts';
import { ID_PATTERN } from '../schemas/ids.ts';
import { FILE_START, type Diagnostic } from '../check/diagnostics.ts';
import type { LocatedYaml } from '../check/frontmatter.ts';
import { closestId } from '../check/rules/references.ts';
import { fieldName } from '../check/schema-issues.ts';

/** Module ids mapped to the ids of their prerequisites. */
export type PrerequisiteGraph = ReadonlyMap<string, readonly string[]>;

export interface ReadingStep {
  playbook: string;
  title: string;
  focus: string;
}

/** A module's playbooks in reading order with their titles; ids that name no playbook are left out (the check reports them). */
export function moduleReading(module: Pick<ModuleData, 'steps'>, playbooks: ReadonlyMap<string, { title: string }>): ReadingStep[] {
  return module.steps.flatMap((step) => {
    const playbook = playbooks.get(step.playbook);
    return playbook ? [{ playbook: step.playbook, title: playbook.title, focus: step.focus }] : [];
  });
}

/** A path's modules in its order; ids that name no module are left out (the check reports them). */
export function pathModules<Module>(
  path: Pick<PathData, 'modules'>,
  modules: ReadonlyMap<string, Module>,
): { id: string; module: Module }[] {
  return path.modules.flatMap((id) => {
    const module = modules.get(id);
    return module === undefined ? [] : [{ id, module }];
  });
}

export function totalMinutes(modules: readonly { estimatedMinutes: number }[]): number {
  return modules.reduce((sum, module) => sum + module.estimatedMinutes, 0);
}

export function prerequisiteGraph(modules: readonly { id: string; data: Pick<ModuleData, 'prerequisites'> }[]): PrerequisiteGraph {
  return new Map(modules.map((module) => [module.id, module.data.prerequisites]));
}

/**
 * `ids` reordered so every prerequisite, direct or indirect, comes before the modules that need
 * it; otherwise the given order is kept. Cycles cannot loop: each module is visited once.
 */
export function prerequisiteOrder(ids: readonly string[], graph: PrerequisiteGraph): string[] {
  const wanted = new Set(ids);
  const visited = new Set<string>();
  const order: string[] = [];
  const visit = (id: string) => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const prerequisite of graph.get(id) ?? []) visit(prerequisite);
    if (wanted.has(id)) order.push(id);
  };
  for (const id of ids) visit(id);
  return order;
}

/** Every module `id` needs first, directly or through others; contains `id` itself only in a cycle. */
export function allPrerequisites(id: string, graph: PrerequisiteGraph): Set<string> {
  const found = new Set<string>();
  const pending = [...(graph.get(id) ?? [])];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (found.has(next) || !graph.has(next)) continue;
    found.add(next);
    pending.push(...(graph.get(next) ?? []));
  }
  return found;
}

/** Prerequisites of `ids`, direct or indirect, that are not among them, in the order to take them. */
export function missingPrerequisites(ids: readonly string[], graph: PrerequisiteGraph): string[] {
  const chosen = new Set(ids);
  const needed = new Set(ids.flatMap((id) => [...allPrerequisites(id, graph)]));
  return prerequisiteOrder([...needed], graph).filter((id) => !chosen.has(id));
}

/**
 * Every prerequisite cycle, each once, as the walk that closes it and starting at its smallest id:
 * `['a', 'b', 'a']`. A module that lists itself is the cycle `['a', 'a']`.
 */
export function prerequisiteCycles(graph: PrerequisiteGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found = new Map<string, string[]>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0] ?? next);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(rotated.join(' '), [...rotated, rotated[0] ?? next]);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of graph.keys()) if (!state.has(id)) visit(id);
  return [...found.values()];
}

/** One module or path file as the check sees it: parsed, located, and valid (`data`) or not. */
export interface LocatedEntry<Data> {
  file: string;
  id: string;
  yaml: LocatedYaml | undefined;
  data: Data | undefined;
}

export interface TrainingContent {
  modules: readonly LocatedEntry<ModuleData>[];
  paths: readonly LocatedEntry<PathData>[];
  /** Playbook ids mapped to their KCS state, so steps pointing at archived pages can be refused. */
  playbooks: ReadonlyMap<string, Confidence>;
}

type Located<Data> = LocatedEntry<Data> & { data: Data };

function diagnostic(entry: LocatedEntry<unknown>, path: (string | number)[], rule: string, message: string, fix: string): Diagnostic {
  return { file: entry.file, ...(entry.yaml?.locate(path) ?? FILE_START), rule, message, fix, severity: 'error' };
}

function missing(entry: LocatedEntry<unknown>, path: (string | number)[], collection: string, id: string, known: Iterable<string>) {
  const extension = collection === 'playbooks' ? 'mdx' : 'yaml';
  const guess = closestId(id, known);
  return diagnostic(
    entry,
    path,
    `ref/${collection}`,
    `\`${fieldName(path)}\` names "${id}", but there is no content/${collection}/${id}.${extension}`,
    guess ? `did you mean "${guess}"?` : `use the id (file name) of an existing entry in content/${collection}/`,
  );
}

function playbookProblems(module: Located<ModuleData>, playbooks: TrainingContent['playbooks']): Diagnostic[] {
  const references: [(string | number)[], string][] = [
    ...module.data.steps.map((step, index): [(string | number)[], string] => [['steps', index, 'playbook'], step.playbook]),
    ...module.data.roleplays.map((play, index): [(string | number)[], string] => [['roleplays', index, 'playbook'], play.playbook]),
  ];
  return references.flatMap(([path, id]) => {
    if (!playbooks.has(id)) return [missing(module, path, 'playbooks', id, playbooks.keys())];
    if (playbooks.get(id) !== 'archived') return [];
    return [
      diagnostic(
        module,
        path,
        'ref/playbooks',
        `\`${fieldName(path)}\` names "${id}", which is archived`,
        'point it at the playbook that replaced it, or remove it',
      ),
    ];
  });
}

function answerProblems(module: Located<ModuleData>): Diagnostic[] {
  return module.data.checks.flatMap((check, index) => {
    if (check.choices.includes(check.answer)) return [];
    const guess = closestId(
      check.answer.toLowerCase(),
      check.choices.map((choice) => choice.toLowerCase()),
    );
    const exact = check.choices.find((choice) => choice.toLowerCase() === guess);
    return [
      diagnostic(
        module,
        ['checks', index, 'answer'],
        'quiz/answer',
        `\`checks[${index}].answer\` "${check.answer}" is not one of its choices`,
        exact ? `copy the choice exactly: "${exact}"` : 'write the answer exactly as one of the choices, or add it to choices',
      ),
    ];
  });
}

function prerequisiteProblems(module: Located<ModuleData>, known: ReadonlySet<string>): Diagnostic[] {
  return module.data.prerequisites.flatMap((id, index) =>
    known.has(id) ? [] : [missing(module, ['prerequisites', index], 'modules', id, known)],
  );
}

/** One diagnostic per module in each cycle, in that module's file, walking the cycle from it. */
function cycleProblems(modules: readonly Located<ModuleData>[]): Diagnostic[] {
  const byId = new Map(modules.map((module) => [module.id, module]));
  return prerequisiteCycles(prerequisiteGraph(modules)).flatMap((cycle) => {
    const members = cycle.slice(0, -1);
    return members.flatMap((id, at) => {
      const module = byId.get(id);
      if (!module) return [];
      const walk = [...members.slice(at), ...members.slice(0, at), id];
      const next = walk[1] ?? id;
      return [
        diagnostic(
          module,
          ['prerequisites', module.data.prerequisites.indexOf(next)],
          'module/cycle',
          `prerequisites form a cycle: ${walk.join(' → ')}`,
          'remove one prerequisite in the cycle; a module cannot need itself, even through others',
        ),
      ];
    });
  });
}

function pathProblems(path: Located<PathData>, known: ReadonlySet<string>, graph: PrerequisiteGraph): Diagnostic[] {
  const problems = path.data.modules.flatMap((id, index) =>
    known.has(id) ? [] : [missing(path, ['modules', index], 'modules', id, known)],
  );
  // A path is taken in its order, so a module listed before one of its own prerequisites is a
  // trap. Modules in a cycle are left to the cycle report.
  path.data.modules.forEach((id, index) => {
    const needs = allPrerequisites(id, graph);
    if (needs.has(id)) return;
    const later = path.data.modules.slice(index + 1).find((other) => needs.has(other));
    if (later === undefined) return;
    problems.push(
      diagnostic(
        path,
        ['modules', index],
        'path/order',
        `\`modules[${index}]\` "${id}" comes before its prerequisite "${later}"`,
        `move "${later}" above "${id}"`,
      ),
    );
  });
  return problems;
}

function nameProblems(entry: LocatedEntry<unknown>): Diagnostic[] {
  if (ID_PATTERN.test(entry.id)) return [];
  return [
    {
      file: entry.file,
      ...FILE_START,
      rule: 'file/name',
      message: `the file name "${entry.id}" is not a valid id`,
      fix: 'rename the file to lowercase words joined by hyphens, e.g. porting-basics.yaml',
      severity: 'error',
    },
  ];
}

/**
 * Everything about training content that one file's schema cannot see: playbooks that are missing
 * or archived, answers that are not a choice, unknown prerequisites, prerequisite cycles, paths
 * naming missing modules or taking a module before its prerequisite.
 */
export function trainingDiagnostics(content: TrainingContent): Diagnostic[] {
  const valid = <Data>(entries: readonly LocatedEntry<Data>[]) =>
    entries.filter((entry): entry is Located<Data> => entry.data !== undefined);
  // A module whose file is invalid still exists, so one bad file does not break every reference to it.
  const known = new Set(content.modules.map((module) => module.id));
  const modules = valid(content.modules);
  const graph = prerequisiteGraph(modules);
  return [
    ...[...content.modules, ...content.paths].flatMap(nameProblems),
    ...modules.flatMap((module) => [
      ...playbookProblems(module, content.playbooks),
      ...answerProblems(module),
      ...prerequisiteProblems(module, known),
    ]),
    ...cycleProblems(modules),
    ...valid(content.paths).flatMap((path) => pathProblems(path, known, graph)),
  ];
}
