// What a rule of `npm run check` is: an id, a severity, one sentence on what it checks (its row in
// CONTRIBUTING.md) and the function that looks for it, in one of three scopes. The rules live in
// src/check/rules/, one file per family; the runner (src/check/run-rules.ts) loops over them.
import type { Root } from 'mdast';
import type { z } from 'zod';
import type { CollectionName } from '../schemas/collections.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { PathData } from '../schemas/path.ts';
import type { Confidence } from '../schemas/playbook.ts';
import type { Region } from '../schemas/region.ts';
import type { SafetyCase } from '../schemas/safety.ts';
import type { Team } from '../schemas/team.ts';
import type { VerificationCheck } from '../schemas/verification.ts';
import type { PlaybookFacts } from './check-playbook.ts';
import type { Position, Severity } from './diagnostics.ts';
import type { LocatedYaml } from './frontmatter.ts';
import type { ListedEntry } from './listing.ts';
import type { SiteMap } from './site-map.ts';
import type { SourceFile } from './source.ts';
import { NO_VALUES, type ValuesData } from './values-data.ts';

/** One problem a rule found; the runner adds the file, the rule id and the rule's severity. */
export interface Finding {
  position: Position;
  message: string;
  fix: string;
  /** The id with its placeholder filled in, for a rule whose id names a family: `schema/summary` for `schema/<field>`. */
  id?: string;
}

/** The YAML of a file: a playbook's frontmatter, or a whole YAML file. */
export interface FileYaml {
  text: string;
  /** Line of the file the YAML starts on. */
  firstLine: number;
  located: LocatedYaml;
  /** How the YAML breaks its collection's schema; undefined when it fits, or cannot be read at all. */
  schemaError: z.ZodError | undefined;
}

/** What the YAML files say that a playbook's own check refers to. Workers rebuild it from the same files. */
export interface SharedData {
  /** The valid teams by id, for components that name a team. */
  teams: ReadonlyMap<string, Team>;
  /** The valid regions by id, for region markers and a playbook's sources. */
  regions: ReadonlyMap<string, Region>;
  /** Ids of the safety cases in content/safety.yaml, for `<SafetyRoute case="…">`. */
  safetyCases: ReadonlySet<string>;
  /** content/values.yaml, for `<Value>` and for numbers typed where the data holds them. */
  values: ValuesData;
}

/** For files that refer to nothing: YAML files hold no components. */
export const NO_SHARED_DATA: SharedData = { teams: new Map(), regions: new Map(), safetyCases: new Set(), values: NO_VALUES };

/** One content file, read and parsed: what a rule sees in the `eachFile` scope. */
export interface FileScope extends SharedData {
  file: SourceFile;
  collection: CollectionName;
  id: string;
  /** Undefined for a playbook with no frontmatter. */
  yaml: FileYaml | undefined;
  /** A playbook's body; undefined for YAML files and for MDX that cannot be parsed. */
  tree: Root | undefined;
  /** Why a playbook's MDX cannot be parsed. */
  mdxError: { message: string; position: Position } | undefined;
  /** Where a playbook's body is nested deeper than MAX_NESTING (src/check/limits.ts); it is then left unparsed, and `tree` undefined. */
  tooDeep?: { position: Position; depth: number };
}

/** A module or path file as the cross-file rules see it: located, and valid (`data`) or not. */
export interface YamlEntry<Data> {
  file: string;
  id: string;
  yaml: LocatedYaml | undefined;
  data: Data | undefined;
}

/** The entries whose file is valid, with their data. */
export function validEntries<Data>(entries: readonly YamlEntry<Data>[]): (YamlEntry<Data> & { data: Data })[] {
  return entries.filter((entry): entry is YamlEntry<Data> & { data: Data } => entry.data !== undefined);
}

/** Ids that exist, for references. */
export interface KnownIds {
  /** Valid team and category files. */
  teams: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /**
   * Every playbook with its KCS state, so links to archived pages can be flagged. A playbook whose
   * frontmatter is invalid still counts (as `wip`), so one bad file does not fail every reference to it.
   */
  playbooks: ReadonlyMap<string, Confidence>;
  /** Every module file, valid or not, for the same reason. */
  modules: ReadonlySet<string>;
}

/** All content once every file has been checked on its own: what a rule sees in the `allFiles` scope. */
export interface AllFilesScope {
  playbooks: readonly PlaybookFacts[];
  modules: readonly YamlEntry<ModuleData>[];
  paths: readonly YamlEntry<PathData>[];
  /** The valid teams with what they can do, for the safety route. */
  teams: ReadonlyMap<string, Team>;
  /** content/safety.yaml; undefined when the content folder has none. */
  safety: YamlEntry<SafetyCase[]> | undefined;
  /** content/verification.yaml; undefined when the content folder has none. */
  verification: YamlEntry<VerificationCheck[]> | undefined;
  known: KnownIds;
  site: SiteMap;
  /** The images in content/ (project-relative paths), for the image targets of playbooks; none when absent. */
  images?: ReadonlySet<string>;
  today: Date;
}

export interface Rule {
  /** Stable id printed with each problem, e.g. `mdx/esm`. */
  id: string;
  severity: Severity;
  /** What a problem means, in a sentence or two: the rule's row in CONTRIBUTING.md. */
  checks: string;
  /** Looks at one content file on its own; playbooks are checked in worker threads. */
  eachFile?: (scope: FileScope, report: (finding: Finding) => void) => void;
  /** Looks across all content, after every file's own check. */
  allFiles?: (scope: AllFilesScope, report: (file: string, finding: Finding) => void) => void;
  /** Looks at one entry of content/ or public/ as a file (its kind, name, size and first bytes), before anything reads it as content. */
  eachPath?: (entry: ListedEntry, report: (finding: Finding) => void) => void;
}

/** Rules that belong together, with the heading (and any words around the table) they have in CONTRIBUTING.md. */
export interface RuleFamily {
  title: string;
  introduction?: string;
  note?: string;
  rules: readonly Rule[];
}
