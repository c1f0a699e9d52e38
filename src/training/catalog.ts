// The training data the browser needs (titles, order, questions), embedded in the training pages as
// JSON so the Assign builder and the assignment page work on a static host with no requests.
import type { ModuleData } from '../schemas/module.ts';
import type { PathData } from '../schemas/path.ts';
import type { Assignment } from './assignment.ts';
import { moduleReading, prerequisiteOrder } from './modules.ts';
import type { ReportModule } from './progress.ts';
import { drawnChecks } from './shuffle.ts';

export interface CatalogModule {
  id: string;
  title: string;
  minutes: number;
  prerequisites: string[];
  steps: { playbook: string; title: string }[];
  /** The whole bank, in the order written, with each choice's text. */
  checks: { question: string; choices: string[]; answer: string }[];
  /** How many of `checks` a trainee is given; absent for all of them. */
  shown?: number;
  passMark: number;
}

export interface TrainingCatalog {
  modules: CatalogModule[];
  paths: { id: string; title: string; modules: string[] }[];
}

interface Entry<Data> {
  id: string;
  data: Data;
}

/** Modules in title order, paths as given; steps naming no playbook are left out (the check reports them). */
export function trainingCatalog(
  modules: readonly Entry<ModuleData>[],
  paths: readonly Entry<PathData>[],
  playbooks: ReadonlyMap<string, { title: string }>,
): TrainingCatalog {
  return {
    modules: [...modules]
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
      .map(({ id, data }) => ({
        id,
        title: data.title,
        minutes: data.estimatedMinutes,
        prerequisites: [...data.prerequisites],
        steps: moduleReading(data, playbooks).map(({ playbook, title }) => ({ playbook, title })),
        checks: data.checks.map(({ question, choices, answer }) => ({ question, choices: choices.map((choice) => choice.text), answer })),
        ...(data.checksShown === undefined ? {} : { shown: data.checksShown }),
        passMark: data.passMark,
      })),
    paths: paths.map(({ id, data }) => ({ id, title: data.title, modules: [...data.modules] })),
  };
}

/** JSON that is safe inside a `<script type="application/json">`: no `<` can close the element. */
export function catalogJson(catalog: TrainingCatalog): string {
  return JSON.stringify(catalog)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The embedded catalog, or an empty one when it is missing or unreadable. */
export function parseCatalog(text: string | null | undefined): TrainingCatalog {
  try {
    const data = JSON.parse(text ?? '') as Partial<TrainingCatalog> | null;
    if (data && Array.isArray(data.modules) && Array.isArray(data.paths)) return { modules: data.modules, paths: data.paths };
  } catch {
    // fall through: the pages say "no modules" rather than break
  }
  return { modules: [], paths: [] };
}

/** A module as one trainee takes it: the questions drawn for `seed` (see seed.ts), for scores and exports. */
export function moduleForTrainee(module: CatalogModule, seed: string): ReportModule {
  return { id: module.id, title: module.title, steps: module.steps, checks: drawnChecks(module, seed), passMark: module.passMark };
}

export interface ResolvedAssignment {
  /** The path's title, or "Selected modules". */
  title: string;
  modules: CatalogModule[];
  /** Ids in the link that the site does not have (renamed or removed since the link was made). */
  unknown: string[];
}

/**
 * The modules an assignment asks for, in the order to take them: a path's own order, or chosen
 * modules with prerequisites first.
 */
export function resolveAssignment(assignment: Assignment, catalog: TrainingCatalog): ResolvedAssignment {
  const byId = new Map(catalog.modules.map((module) => [module.id, module]));
  const { scope } = assignment;
  let title = 'Selected modules';
  let ids: string[];
  if (scope.kind === 'path') {
    const path = catalog.paths.find((candidate) => candidate.id === scope.path);
    if (!path) return { title: 'Unknown path', modules: [], unknown: [scope.path] };
    title = path.title;
    ids = path.modules;
  } else {
    const graph = new Map(catalog.modules.map((module) => [module.id, module.prerequisites]));
    ids = prerequisiteOrder(scope.modules, graph);
  }
  return {
    title,
    modules: ids.flatMap((id) => byId.get(id) ?? []),
    unknown: ids.filter((id) => !byId.has(id)),
  };
}

/** "45 min", "1 h", "2 h 15 min": estimated time as a trainer plans a day. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
