// References between files: ids in frontmatter and training files that name no entry (or an
// archived playbook, or the playbook itself), and component attributes that name a team, step,
// role, authority, region or safety case that does not exist.
import type { Root } from 'mdast';
import { entryPath, type FolderCollectionName } from '../../schemas/collections.ts';
import { ROLES } from '../../schemas/roles.ts';
import type { Team } from '../../schemas/team.ts';
import { CONTENT_COMPONENTS } from '../../lib/component-registry.ts';
import { closestId } from '../closest-id.ts';
import { FILE_START, type Position } from '../diagnostics.ts';
import { attributeValue, startOf, stepAnchors, treeIndex, type JsxElement } from '../mdx-tree.ts';
import { validEntries, type AllFilesScope, type Finding, type Rule, type RuleFamily, type YamlEntry } from '../rule.ts';
import { fieldName } from '../schema-issues.ts';
import { playbookSources } from './sources.ts';

type FieldPath = (string | number)[];

/** A field naming an id that has no file; the fix suggests the closest id there is. */
function missing(position: Position, path: FieldPath, collection: FolderCollectionName, id: string, candidates: Iterable<string>): Finding {
  const guess = closestId(id, candidates);
  return {
    position,
    message: `\`${fieldName(path)}\` names "${id}", but there is no ${entryPath(collection, id)}`,
    fix: guess ? `did you mean "${guess}"?` : `use the id (file name) of an existing entry in content/${collection}/`,
  };
}

/** Where a field of a training file stands; the start of the file when it cannot be read. */
function at(entry: YamlEntry<unknown>, path: FieldPath): Position {
  return entry.yaml?.locate(path) ?? FILE_START;
}

/** The valid playbooks with their data. */
function validPlaybooks({ playbooks }: AllFilesScope) {
  return playbooks.flatMap((playbook) => (playbook.data ? [{ ...playbook, data: playbook.data }] : []));
}

const teams: Rule = {
  id: 'ref/teams',
  severity: 'error',
  checks:
    "`owner` or `escalateTo` (or a safety case's `team` in `content/safety.yaml`) names a team that has no file (the fix suggests the closest id).",
  allFiles(scope, report) {
    for (const playbook of validPlaybooks(scope)) {
      for (const field of ['owner', 'escalateTo'] as const) {
        const id = playbook.data[field];
        if (id === undefined || scope.known.teams.has(id)) continue;
        report(playbook.file, missing(playbook.locations[field] ?? FILE_START, [field], 'teams', id, scope.known.teams));
      }
    }
    const { safety } = scope;
    safety?.data?.forEach((entry, index) => {
      if (scope.known.teams.has(entry.team)) return;
      const guess = closestId(entry.team, scope.known.teams);
      report(safety.file, {
        position: at(safety, [index, 'team']),
        message: `safety case "${entry.id}" names the team "${entry.team}", but there is no ${entryPath('teams', entry.team)}`,
        fix: guess ? `did you mean "${guess}"?` : 'use the id (file name) of an existing entry in content/teams/',
      });
    });
  },
};

const categories: Rule = {
  id: 'ref/categories',
  severity: 'error',
  checks: '`category` names a category that has no file (the fix suggests the closest id).',
  allFiles(scope, report) {
    for (const { file, data, locations } of validPlaybooks(scope)) {
      if (scope.known.categories.has(data.category)) continue;
      report(file, missing(locations['category'] ?? FILE_START, ['category'], 'categories', data.category, scope.known.categories));
    }
  },
};

/** A playbook's `related` that names itself, nothing, or an archived page (unless it is archived too). */
function relatedPlaybooks(scope: AllFilesScope, report: (file: string, finding: Finding) => void): void {
  for (const { id, file, data, locations } of validPlaybooks(scope)) {
    data.related.forEach((relatedId, index) => {
      const path = ['related', index];
      const position = locations[fieldName(path)] ?? FILE_START;
      if (relatedId === id) {
        report(file, { position, message: `\`${fieldName(path)}\` names this playbook itself`, fix: 'remove it from the list' });
      } else if (!scope.known.playbooks.has(relatedId)) {
        report(file, missing(position, path, 'playbooks', relatedId, scope.known.playbooks.keys()));
      } else if (scope.known.playbooks.get(relatedId) === 'archived' && data.confidence !== 'archived') {
        report(file, {
          position,
          message: `\`${fieldName(path)}\` names "${relatedId}", which is archived`,
          fix: 'link to the playbook that replaced it, or remove it',
        });
      }
    });
  }
}

/** A module's steps and role-plays that name no playbook, or an archived one. */
function modulePlaybooks(scope: AllFilesScope, report: (file: string, finding: Finding) => void): void {
  for (const module of validEntries(scope.modules)) {
    const references: [FieldPath, string][] = [
      ...module.data.steps.map((step, index): [FieldPath, string] => [['steps', index, 'playbook'], step.playbook]),
      ...module.data.roleplays.map((play, index): [FieldPath, string] => [['roleplays', index, 'playbook'], play.playbook]),
    ];
    for (const [path, id] of references) {
      if (!scope.known.playbooks.has(id)) {
        report(module.file, missing(at(module, path), path, 'playbooks', id, scope.known.playbooks.keys()));
      } else if (scope.known.playbooks.get(id) === 'archived') {
        report(module.file, {
          position: at(module, path),
          message: `\`${fieldName(path)}\` names "${id}", which is archived`,
          fix: 'point it at the playbook that replaced it, or remove it',
        });
      }
    }
  }
}

const playbooks: Rule = {
  id: 'ref/playbooks',
  severity: 'error',
  checks: '`related` (or a training module) names a playbook that does not exist, is archived, or is the playbook itself.',
  allFiles(scope, report) {
    relatedPlaybooks(scope, report);
    modulePlaybooks(scope, report);
  },
};

const modules: Rule = {
  id: 'ref/modules',
  severity: 'error',
  checks: "A module's `prerequisites` or a path's `modules` names a module that does not exist.",
  allFiles(scope, report) {
    const lists = [
      ...validEntries(scope.modules).map((module) => ({ entry: module, field: 'prerequisites', ids: module.data.prerequisites })),
      ...validEntries(scope.paths).map((path) => ({ entry: path, field: 'modules', ids: path.data.modules })),
    ];
    for (const { entry, field, ids } of lists) {
      ids.forEach((id, index) => {
        if (!scope.known.modules.has(id))
          report(entry.file, missing(at(entry, [field, index]), [field, index], 'modules', id, scope.known.modules));
      });
    }
  },
};

/** Each attribute of a known component whose value should name something of this kind, with its value. */
function attributesNaming(tree: Root, kind: 'team' | 'step' | 'role' | 'value' | 'region' | 'safety-case') {
  return treeIndex(tree).jsx.flatMap(({ node }) => {
    const spec = node.name ? CONTENT_COMPONENTS[node.name] : undefined;
    return Object.entries(spec?.attributes ?? {}).flatMap(([name, attributeKind]) => {
      const value = attributeKind === kind ? attributeValue(node, name) : undefined;
      return typeof value === 'string' ? [{ element: node, name, value }] : [];
    });
  });
}

const team: Rule = {
  id: 'ref/team',
  severity: 'error',
  checks: 'A component\'s `team="…"` (`<Escalate>`, `<Limit>`, `<Sla>`, a branch\'s `escalate="…"`) names a team that does not exist.',
  eachFile({ tree, teams }, report) {
    if (!tree) return;
    for (const { element, name, value } of attributesNaming(tree, 'team')) {
      if (teams.has(value)) continue;
      report({
        position: startOf(element),
        message: `<${element.name} ${name}="${value}"> names a team that does not exist`,
        fix: `use one of: ${[...teams.keys()].join(', ')}`,
      });
    }
  },
};

const step: Rule = {
  id: 'ref/step',
  severity: 'error',
  checks: 'A branch\'s `goto="step-…"` names a step that is not on this page.',
  eachFile({ tree }, report) {
    if (!tree) return;
    const anchors = new Set(stepAnchors(tree));
    for (const { element, name, value } of attributesNaming(tree, 'step')) {
      if (anchors.has(value)) continue;
      report({
        position: startOf(element),
        message: `<${element.name} ${name}="${value}"> points to a step that is not on this page`,
        fix: anchors.size ? `use one of: ${[...anchors].join(', ')}` : 'add the <Step> it should lead to',
      });
    }
  },
};

const isRole = (value: string) => (ROLES as readonly string[]).includes(value);

const role: Rule = {
  id: 'ref/role',
  severity: 'error',
  checks: 'A `role="…"` is not one of `new-hire`, `agent`, `senior`, `supervisor`.',
  eachFile({ tree }, report) {
    if (!tree) return;
    for (const { element, name, value } of attributesNaming(tree, 'role')) {
      if (isRole(value)) continue;
      report({
        position: startOf(element),
        message: `<${element.name} ${name}="${value}"> is not a role`,
        fix: `use one of: ${ROLES.join(', ')}`,
      });
    }
  },
};

const value: Rule = {
  id: 'ref/value',
  severity: 'error',
  checks: 'A `<Value of="…">` names no entry of `content/values.yaml` (the fix suggests the closest id).',
  eachFile({ tree, values }, report) {
    if (!tree) return;
    // Every id in the file counts, valid entry or not: a broken entry is reported once, in its file.
    for (const { element, name, value: id } of attributesNaming(tree, 'value')) {
      if (values.ids.has(id)) continue;
      const guess = closestId(id, values.ids);
      report({
        position: startOf(element),
        message: `<${element.name} ${name}="${id}"> names a value that content/values.yaml does not have`,
        fix: guess ? `did you mean "${guess}"?` : 'use the id of an entry in content/values.yaml, or add the value there first',
      });
    }
  },
};

/** What is wrong with a `<Limit>` whose team exists and role is valid: an authority it lacks, or no limit for the role. */
function limitProblem(element: JsxElement, teams: ReadonlyMap<string, Team>): Omit<Finding, 'position'> | undefined {
  const [teamId, authorityId, roleName] = ['team', 'authority', 'role'].map((name) => attributeValue(element, name));
  const owner = typeof teamId === 'string' ? teams.get(teamId) : undefined;
  if (!owner || typeof authorityId !== 'string' || typeof roleName !== 'string' || !isRole(roleName)) return undefined;
  const authority = owner.authority.find((item) => item.id === authorityId);
  if (!authority) {
    return {
      message: `team "${teamId}" has no authority "${authorityId}"`,
      fix: owner.authority.length
        ? `use one of: ${owner.authority.map((item) => item.id).join(', ')}`
        : `add it under authority: in content/teams/${teamId}.yaml`,
    };
  }
  if (roleName in authority.byRole) return undefined;
  return {
    message: `team "${teamId}" gives no ${authorityId} limit to the role "${roleName}"`,
    fix: `use a role that has one (${Object.keys(authority.byRole).join(', ')}), or add it in content/teams/${teamId}.yaml`,
  };
}

const authority: Rule = {
  id: 'ref/authority',
  severity: 'error',
  checks: 'A `<Limit>` names an authority the team does not have, or a role that has no limit for it.',
  eachFile({ tree, teams }, report) {
    if (!tree) return;
    for (const { node } of treeIndex(tree).jsx) {
      const problem = node.name === 'Limit' ? limitProblem(node, teams) : undefined;
      if (problem) report({ position: startOf(node), ...problem });
    }
  },
};

const regions: Rule = {
  id: 'ref/regions',
  severity: 'error',
  checks: "A source's `region` names a region that has no file in `content/regions/` (the fix suggests the closest id).",
  eachFile(scope, report) {
    const frontmatter = playbookSources(scope);
    frontmatter?.sources.forEach((source, index) => {
      if (source.region === undefined || scope.regions.has(source.region)) return;
      const path = ['sources', index, 'region'];
      const guess = closestId(source.region, scope.regions.keys());
      report({
        position: frontmatter.locate(path),
        message: `\`${fieldName(path)}\` names "${source.region}", but there is no content/regions/${source.region}.yaml`,
        fix: guess
          ? `did you mean "${guess}"?`
          : `use the id (file name) of an entry in content/regions/: ${[...scope.regions.keys()].join(', ')}`,
      });
    });
  },
};

const region: Rule = {
  id: 'ref/region',
  severity: 'error',
  checks: 'A `<Region code="…">` names a region that has no file in `content/regions/`.',
  eachFile({ tree, regions: known }, report) {
    if (!tree) return;
    for (const { element, name, value } of attributesNaming(tree, 'region')) {
      if (known.has(value)) continue;
      report({
        position: startOf(element),
        message: `<${element.name} ${name}="${value}"> names a region that has no file in content/regions/`,
        fix: known.size ? `use one of: ${[...known.keys()].join(', ')}` : `add content/regions/${value}.yaml`,
      });
    }
  },
};

const safetyCase: Rule = {
  id: 'ref/safety',
  severity: 'error',
  checks: 'A `<SafetyRoute case="…">` names a safety case that `content/safety.yaml` does not have.',
  eachFile({ tree, safetyCases }, report) {
    if (!tree) return;
    for (const { element, name, value } of attributesNaming(tree, 'safety-case')) {
      if (safetyCases.has(value)) continue;
      report({
        position: startOf(element),
        message: `<${element.name} ${name}="${value}"> names a safety case that content/safety.yaml does not have`,
        fix: safetyCases.size ? `use one of: ${[...safetyCases].join(', ')}` : `add an entry with id: ${value} to content/safety.yaml`,
      });
    }
  },
};

export const references: RuleFamily = {
  title: 'References between files',
  rules: [teams, categories, playbooks, modules, regions, team, step, role, authority, value, region, safetyCase],
};
