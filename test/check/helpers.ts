import type { Team } from '../../src/schemas/team.ts';
import type { Position } from '../../src/check/diagnostics.ts';
import { NO_SHARED_DATA, type AllFilesScope, type FileScope, type Rule, type RuleFamily } from '../../src/check/rule.ts';
import { runEachFile } from '../../src/check/run-rules.ts';
import { NO_VALUES, type ValuesData } from '../../src/check/values-data.ts';
import { TODAY } from '../helpers/content.ts';
import { tree } from '../helpers/mdx.ts';

/** What a rule reported, without the file and severity every finding of these tests shares. */
export interface Found {
  position: Position;
  rule: string;
  message: string;
  fix: string;
}

/** The scope of a playbook whose whole text is `source`, which must parse. */
export function playbookScope(source: string, teams: ReadonlyMap<string, Team> = new Map(), values: ValuesData = NO_VALUES): FileScope {
  return {
    file: { path: 'content/playbooks/a.mdx', source },
    collection: 'playbooks',
    id: 'a',
    yaml: undefined,
    tree: tree(source),
    mdxError: undefined,
    ...NO_SHARED_DATA,
    teams,
    values,
  };
}

/** Runs the `eachFile` rules of a family (or some of its rules) on an MDX text, as the check does for a playbook. */
export function findingsIn(
  rules: RuleFamily | readonly Rule[],
  source: string,
  teams?: ReadonlyMap<string, Team>,
  values?: ValuesData,
): Found[] {
  const list = 'rules' in rules ? rules.rules : rules;
  return runEachFile(playbookScope(source, teams, values), list).map(({ line, column, rule, message, fix }) => ({
    position: { line, column },
    rule,
    message,
    fix,
  }));
}

/** Content with nothing in it, for cross-file rules: a test adds only what its case needs. */
export const EMPTY_CONTENT: AllFilesScope = {
  playbooks: [],
  modules: [],
  paths: [],
  teams: new Map(),
  safety: undefined,
  verification: undefined,
  known: { teams: new Set(), categories: new Set(), playbooks: new Map(), modules: new Set() },
  site: new Map(),
  today: TODAY,
};
