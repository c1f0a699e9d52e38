// Training modules and paths: how they compose (module → playbooks, path → modules, prerequisite
// order). Pure: callers pass parsed entries in. What `npm run check` reports about them is in
// src/check/rules/training.ts and src/check/rules/references.ts.
import type { ModuleData } from '../schemas/module.ts';
import type { PathData } from '../schemas/path.ts';

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
