import { describe, expect, it } from 'vitest';
import { resolveExportScope } from '../../../src/training/export/scope.ts';
import { CATALOG } from './fixtures.ts';

describe('resolveExportScope', () => {
  it('packages a path in its own order, as SCORM 1.2 unless told otherwise', () => {
    const result = resolveExportScope({ path: 'week-1', modules: [] }, CATALOG);
    expect(result.ok && result.scope).toMatchObject({ identifier: 'frontline-week-1', title: 'Week 1', format: 'scorm12' });
    expect(result.ok && result.scope.modules.map((module) => module.id)).toEqual(['calls', 'fees']);
    expect(result.ok && result.scope.description).toBe('Frontline training: Taking calls, Fees.');
  });

  it('packages chosen modules with prerequisites first, titled by the module when there is one', () => {
    const both = resolveExportScope({ modules: ['fees', 'calls'], format: 'cmi5' }, CATALOG);
    expect(both.ok && both.scope).toMatchObject({ identifier: 'frontline-calls-fees', title: 'Selected modules', format: 'cmi5' });
    const one = resolveExportScope({ modules: ['fees'] }, CATALOG);
    expect(one.ok && one.scope).toMatchObject({ identifier: 'frontline-fees', title: 'Fees' });
  });

  it('names an unknown path and lists the valid ones', () => {
    expect(resolveExportScope({ path: 'week-9', modules: [] }, CATALOG)).toMatchInlineSnapshot(`
      {
        "errors": [
          "Unknown path "week-9". Paths in content/paths/: week-1.",
        ],
        "ok": false,
      }
    `);
  });

  it('reports every unknown module and a wrong format in one run', () => {
    expect(resolveExportScope({ modules: ['calls', 'refunds', 'Fees'], format: 'scorm3' }, CATALOG)).toMatchInlineSnapshot(`
      {
        "errors": [
          "Unknown format "scorm3". Use one of: scorm12, scorm2004, cmi5.",
          "Unknown module "refunds". Modules in content/modules/: calls, fees.",
          "Unknown module "Fees". Modules in content/modules/: calls, fees.",
        ],
        "ok": false,
      }
    `);
  });

  it('asks for a path or modules, and not both', () => {
    expect(resolveExportScope({ modules: [] }, CATALOG)).toMatchInlineSnapshot(`
      {
        "errors": [
          "Say what to export: --path <id> for a training path, or --module <id> (repeatable) for modules.",
        ],
        "ok": false,
      }
    `);
    expect(resolveExportScope({ path: 'week-1', modules: ['fees'] }, CATALOG)).toMatchInlineSnapshot(`
      {
        "errors": [
          "Give either --path or --module, not both: a package is one path or a set of modules.",
        ],
        "ok": false,
      }
    `);
  });
});
