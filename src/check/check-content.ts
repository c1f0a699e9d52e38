// The content check in three stages: the YAML files, each playbook on its own (the stage
// src/check/parallel.ts spreads over worker threads), then the rules that look across files.
import type { z } from 'zod';
import { COLLECTIONS, fileSchema, type CollectionName } from '../schemas/collections.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { PathData } from '../schemas/path.ts';
import type { Confidence } from '../schemas/playbook.ts';
import type { Region } from '../schemas/region.ts';
import type { SafetyCase } from '../schemas/safety.ts';
import type { Team } from '../schemas/team.ts';
import type { VerificationCheck } from '../schemas/verification.ts';
import { checkFile } from './check-file.ts';
import { contentRole } from './content-types.ts';
import { checkPlaybookFile, type PlaybookFacts } from './check-playbook.ts';
import type { Diagnostic } from './diagnostics.ts';
import { NO_SHARED_DATA, validEntries, type SharedData, type YamlEntry } from './rule.ts';
import { externalLinks } from './rules/links.ts';
import { runAllFiles, runEachPath } from './run-rules.ts';
import { buildSiteMap } from './site-map.ts';
import type { ContentFiles, SourceFile } from './source.ts';
import { valuesData, type ValuesData } from './values-data.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** External links found in content, for the report; never fetched. */
  externalLinks: { file: string; url: string }[];
}

/** Every YAML file, checked, with what the other stages need from them. */
export interface YamlContent extends SharedData {
  diagnostics: Diagnostic[];
  /** The valid teams by id, for playbooks' components and the safety route. */
  teams: Map<string, Team>;
  /** The ids of the valid categories. */
  categories: Set<string>;
  /** The valid regions by id, for region markers and sources. */
  regions: Map<string, Region>;
  modules: YamlEntry<ModuleData>[];
  paths: YamlEntry<PathData>[];
  /** content/values.yaml, for playbooks' `<Value>`s and typed numbers. */
  values: ValuesData;
  /** content/safety.yaml and content/verification.yaml, when the folder has them. */
  safety: YamlEntry<SafetyCase[]> | undefined;
  verification: YamlEntry<VerificationCheck[]> | undefined;
}

export function checkYamlFiles(files: Omit<ContentFiles, 'playbooks'>): YamlContent {
  const diagnostics: Diagnostic[] = [];
  const check = <S extends z.ZodType>(list: readonly SourceFile[], collection: CollectionName, schema: S): YamlEntry<z.output<S>>[] =>
    list.map((file) => {
      const { scope, diagnostics: found, data } = checkFile(file, collection, schema, NO_SHARED_DATA);
      diagnostics.push(...found);
      return { file: file.path, id: scope.id, yaml: scope.yaml?.located, data };
    });
  // Each schema is built once per run: constructing a zod schema costs far more than using it.
  const teams = check(files.teams, 'teams', COLLECTIONS.teams.schema());
  const categories = check(files.categories, 'categories', COLLECTIONS.categories.schema());
  const regions = check(files.regions, 'regions', COLLECTIONS.regions.schema());
  if (files.synonyms) check([files.synonyms], 'synonyms', fileSchema(COLLECTIONS.synonyms));
  const [values] = files.values ? check([files.values], 'values', fileSchema(COLLECTIONS.values)) : [];
  const [safety] = files.safety ? check([files.safety], 'safety', COLLECTIONS.safety.schema().array()) : [];
  const [verification] = files.verification ? check([files.verification], 'verification', COLLECTIONS.verification.schema().array()) : [];
  const modules = check(files.modules, 'modules', COLLECTIONS.modules.schema());
  const paths = check(files.paths, 'paths', COLLECTIONS.paths.schema());
  return {
    diagnostics,
    teams: new Map(validEntries(teams).map((team) => [team.id, team.data])),
    categories: new Set(validEntries(categories).map((category) => category.id)),
    regions: new Map(validEntries(regions).map((region) => [region.id, region.data])),
    safetyCases: new Set(safety?.data?.map((entry) => entry.id)),
    modules,
    paths,
    values: valuesData(values?.yaml?.data),
    safety,
    verification,
  };
}

/** The per-file stage for a list of playbooks; `src/check/parallel.ts` runs it in workers. */
export function checkPlaybookFiles(playbooks: SourceFile[], shared: SharedData): PlaybookFacts[] {
  const schema = COLLECTIONS.playbooks.schema();
  return playbooks.map((file) => checkPlaybookFile(file, shared, schema));
}

/** The cross-file stage: every rule's `allFiles` over what the first two stages found. */
export function checkAcrossFiles(
  files: ContentFiles,
  yaml: YamlContent,
  playbooks: PlaybookFacts[],
  options: { today: Date },
): CheckResult {
  const known = new Map<string, Confidence>(playbooks.flatMap((p) => (p.data ? [[p.id, p.data.confidence] as const] : [])));
  // A playbook with an invalid schema still counts as existing, so one bad file does not make
  // every reference to it fail too.
  for (const p of playbooks) if (!known.has(p.id)) known.set(p.id, 'wip');
  const across = runAllFiles({
    playbooks,
    modules: yaml.modules,
    paths: yaml.paths,
    teams: yaml.teams,
    safety: yaml.safety,
    verification: yaml.verification,
    known: {
      teams: new Set(yaml.teams.keys()),
      categories: yaml.categories,
      playbooks: known,
      modules: new Set(yaml.modules.map((m) => m.id)),
    },
    site: buildSiteMap(playbooks, files),
    images: new Set(
      (files.listing ?? [])
        .filter((entry) => entry.area === 'content' && entry.kind === 'file' && contentRole(entry.inFolder)?.kind === 'image')
        .map((entry) => entry.path),
    ),
    today: options.today,
  });
  return {
    diagnostics: [...runEachPath(files.listing ?? []), ...yaml.diagnostics, ...playbooks.flatMap((p) => p.diagnostics), ...across],
    externalLinks: playbooks.flatMap((p) => externalLinks(p.links).map((url) => ({ file: p.file, url }))),
  };
}

/**
 * Checks all content in one pass and reports every problem: YAML, schemas, references,
 * duplicates, links and anchors, MDX safety and playbook structure. Pure: the caller reads files.
 */
export function checkContent(files: ContentFiles, options: { today: Date }): CheckResult {
  const yaml = checkYamlFiles(files);
  return checkAcrossFiles(files, yaml, checkPlaybookFiles(files.playbooks, yaml), options);
}
