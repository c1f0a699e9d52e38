// What `npm run export:scorm` packages: one path, or some modules, in one format. Every mistake in
// the command is reported at once, naming what was typed and listing what would work.
import type { CatalogModule, TrainingCatalog } from '../catalog.ts';
import { prerequisiteOrder } from '../modules.ts';
import { LMS_FORMATS, type LmsFormat } from './manifest.ts';

export interface ExportRequest {
  path?: string | undefined;
  modules: readonly string[];
  format?: string | undefined;
}

export interface ExportScope {
  /** `frontline-<path>` or `frontline-<module>-<module>…`: names the package and its file. */
  identifier: string;
  title: string;
  description: string;
  format: LmsFormat;
  modules: CatalogModule[];
}

export type ScopeResult = { ok: true; scope: ExportScope } | { ok: false; errors: string[] };

const list = (ids: readonly string[]) => (ids.length ? [...ids].sort().join(', ') : '(none)');

/** The modules and format a request names, or every problem with it. */
export function resolveExportScope(request: ExportRequest, catalog: TrainingCatalog): ScopeResult {
  const errors: string[] = [];
  const format = request.format ?? 'scorm12';
  if (!LMS_FORMATS.includes(format as LmsFormat)) errors.push(`Unknown format "${format}". Use one of: ${LMS_FORMATS.join(', ')}.`);
  const byId = new Map(catalog.modules.map((module) => [module.id, module]));
  let identifier = '';
  let title = '';
  let ids: string[] = [];
  if (request.path !== undefined && request.modules.length > 0) {
    errors.push('Give either --path or --module, not both: a package is one path or a set of modules.');
  } else if (request.path !== undefined) {
    const path = catalog.paths.find((candidate) => candidate.id === request.path);
    if (!path) errors.push(`Unknown path "${request.path}". Paths in content/paths/: ${list(catalog.paths.map((p) => p.id))}.`);
    else {
      identifier = `frontline-${path.id}`;
      title = path.title;
      ids = path.modules.filter((id) => byId.has(id));
    }
  } else if (request.modules.length > 0) {
    const unknown = request.modules.filter((id) => !byId.has(id));
    for (const id of unknown) errors.push(`Unknown module "${id}". Modules in content/modules/: ${list([...byId.keys()])}.`);
    const graph = new Map(catalog.modules.map((module) => [module.id, module.prerequisites]));
    ids = prerequisiteOrder(
      [...new Set(request.modules)].filter((id) => byId.has(id)),
      graph,
    );
    identifier = `frontline-${ids.join('-')}`.slice(0, 120);
    const first = byId.get(ids[0] ?? '');
    title = ids.length === 1 && first ? first.title : 'Selected modules';
  } else {
    errors.push('Say what to export: --path <id> for a training path, or --module <id> (repeatable) for modules.');
  }
  if (errors.length) return { ok: false, errors };
  const description = `Frontline training: ${ids.map((id) => byId.get(id)?.title ?? id).join(', ')}.`;
  return {
    ok: true,
    scope: { identifier, title, description, format: format as LmsFormat, modules: ids.flatMap((id) => byId.get(id) ?? []) },
  };
}
