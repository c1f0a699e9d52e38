import type { z } from 'zod';
import { COLLECTIONS, entryPath, fileSchema } from '../schemas/collections.ts';
import type { Team } from '../schemas/team.ts';
import { checkPlaybookFile, validateYaml, withFile, type PlaybookFacts } from './check-playbook.ts';
import { idFromPath, type ContentFiles, type SourceFile } from './source.ts';
import { FILE_START, type Diagnostic, type Position } from './diagnostics.ts';
import { parseLocatedYaml } from './frontmatter.ts';
import { linkFindings, type SiteMap } from './rules/links.ts';
import { trainingDiagnostics } from '../training/modules.ts';
import { closestId, playbookReferenceProblems, type BrokenReference } from './rules/references.ts';
import { fieldName } from './schema-issues.ts';
import { isReviewOverdue, reviewDueOn } from '../lib/staleness.ts';
import { yamlTodoFindings } from './rules/todo-markers.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** External links found in content, for the report; never fetched. */
  externalLinks: { file: string; url: string }[];
}

/** Anchors the playbook layout adds around the content (see src/pages/playbooks/[id].astro). */
const LAYOUT_ANCHORS = ['main', 'customer-says', 'related', 'escalate-title'];

/** The files every playbook check depends on: teams, categories, synonyms. */
export interface SharedContent {
  diagnostics: Diagnostic[];
  teams: Map<string, Team>;
  categories: Set<string>;
}

export function checkSharedFiles(files: Pick<ContentFiles, 'teams' | 'categories' | 'synonyms'>): SharedContent {
  const diagnostics: Diagnostic[] = [];
  const teamSchemaOnce = COLLECTIONS.teams.schema();
  const teams = new Map<string, Team>();
  for (const file of files.teams) {
    const team = validateYaml(file, teamSchemaOnce, parseLocatedYaml(file.source), diagnostics);
    if (team) teams.set(idFromPath(file.path), team);
  }
  const categorySchemaOnce = COLLECTIONS.categories.schema();
  const categories = new Set<string>();
  for (const file of files.categories) {
    if (validateYaml(file, categorySchemaOnce, parseLocatedYaml(file.source), diagnostics)) categories.add(idFromPath(file.path));
  }
  if (files.synonyms) validateYaml(files.synonyms, fileSchema(COLLECTIONS.synonyms), parseLocatedYaml(files.synonyms.source), diagnostics);
  return { diagnostics, teams, categories };
}

/** The per-file stage for a list of playbooks; `src/check/parallel.ts` runs it in workers. */
export function checkPlaybookFiles(playbooks: SourceFile[], teams: ReadonlyMap<string, Team>): PlaybookFacts[] {
  // Built once per run: constructing a zod schema costs far more than using it.
  const schema = COLLECTIONS.playbooks.schema();
  return playbooks.map((file) => checkPlaybookFile(file, teams, schema));
}

function referenceDiagnostic(facts: PlaybookFacts, problem: BrokenReference, candidates: Iterable<string>): Diagnostic {
  const field = fieldName(problem.path);
  const position: Position = facts.locations[field] ?? FILE_START;
  const guess = problem.problem === 'missing' ? closestId(problem.id, candidates) : undefined;
  const messages: Record<BrokenReference['problem'], string> = {
    missing: `\`${field}\` names "${problem.id}", but there is no ${entryPath(problem.collection, problem.id)}`,
    self: `\`${field}\` names this playbook itself`,
    archived: `\`${field}\` names "${problem.id}", which is archived`,
  };
  const fixes: Record<BrokenReference['problem'], string> = {
    missing: guess ? `did you mean "${guess}"?` : `use the id (file name) of an existing entry in content/${problem.collection}/`,
    self: 'remove it from the list',
    archived: 'link to the playbook that replaced it, or remove it',
  };
  return {
    file: facts.file,
    ...position,
    rule: `ref/${problem.collection}`,
    message: messages[problem.problem],
    fix: fixes[problem.problem],
    severity: 'error',
  };
}

/**
 * Checks all content in one pass and reports every problem: YAML, schemas, references,
 * duplicates, links and anchors, MDX safety and playbook structure. Pure: the caller reads files.
 */
export function checkContent(files: ContentFiles, options: { today: Date }): CheckResult {
  const shared = checkSharedFiles(files);
  return crossCheck(files, shared, checkPlaybookFiles(files.playbooks, shared.teams), options);
}

/** The cross-file stage: ids, titles, references, training content and links, over every playbook's facts. */
export function crossCheck(files: ContentFiles, shared: SharedContent, playbooks: PlaybookFacts[], options: { today: Date }): CheckResult {
  const diagnostics: Diagnostic[] = [...shared.diagnostics, ...playbooks.flatMap((p) => p.diagnostics)];
  const externalLinks: CheckResult['externalLinks'] = [];
  const known = {
    teams: new Set(shared.teams.keys()),
    categories: shared.categories,
    playbooks: new Map(playbooks.filter((p) => p.data).map((p) => [p.id, p.data?.confidence ?? 'wip'] as const)),
  };
  // A playbook with an invalid schema still counts as existing, so one bad file does not make
  // every reference to it fail too.
  for (const p of playbooks) if (!known.playbooks.has(p.id)) known.playbooks.set(p.id, 'wip');
  const candidates = { teams: [...known.teams], categories: [...shared.categories], playbooks: [...known.playbooks.keys()] };

  // Training content: each file against its schema here, then everything across files in modules.ts.
  const located = <S extends z.ZodType>(file: SourceFile, schema: S) => {
    const yaml = parseLocatedYaml(file.source);
    diagnostics.push(...withFile(file.path, yamlTodoFindings(file.source, 1, 'the file')));
    return { file: file.path, id: idFromPath(file.path), yaml, data: validateYaml(file, schema, yaml, diagnostics) };
  };
  const moduleSchemaOnce = COLLECTIONS.modules.schema();
  const pathSchemaOnce = COLLECTIONS.paths.schema();
  diagnostics.push(
    ...trainingDiagnostics({
      modules: files.modules.map((file) => located(file, moduleSchemaOnce)),
      paths: files.paths.map((file) => located(file, pathSchemaOnce)),
      playbooks: known.playbooks,
    }),
  );

  const byId = new Map<string, PlaybookFacts>();
  const byTitle = new Map<string, PlaybookFacts>();
  for (const playbook of playbooks) {
    const earlier = byId.get(playbook.id.toLowerCase());
    if (earlier) {
      diagnostics.push({
        file: playbook.file,
        ...FILE_START,
        rule: 'duplicate/id',
        message: `the id "${playbook.id}" is also used by ${earlier.file}`,
        fix: 'rename one of the files; ids must be unique across all folders',
        severity: 'error',
      });
    } else {
      byId.set(playbook.id.toLowerCase(), playbook);
    }
    if (!playbook.data) continue;
    const titleKey = playbook.data.title.toLowerCase();
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle) {
      diagnostics.push({
        file: playbook.file,
        ...(playbook.locations['title'] ?? FILE_START),
        rule: 'duplicate/title',
        message: `the title "${playbook.data.title}" is also used by ${sameTitle.file}`,
        fix: 'make the titles distinct so agents can tell the results apart',
        severity: 'error',
      });
    } else {
      byTitle.set(titleKey, playbook);
    }
    for (const problem of playbookReferenceProblems(playbook.id, playbook.data, known)) {
      diagnostics.push(referenceDiagnostic(playbook, problem, candidates[problem.collection]));
    }
    if (isReviewOverdue(playbook.data, options.today)) {
      diagnostics.push({
        file: playbook.file,
        ...(playbook.locations['lastReviewed'] ?? FILE_START),
        rule: 'review/overdue',
        message: `review was due on ${reviewDueOn(playbook.data).toISOString().slice(0, 10)}`,
        fix: 'check the page against current policy, then set lastReviewed to today',
        severity: 'warning',
      });
    }
  }

  const site = buildSiteMap(playbooks, files);
  for (const playbook of playbooks) {
    const { findings, external } = linkFindings(playbook.links, `/playbooks/${playbook.id}/`, site);
    diagnostics.push(...withFile(playbook.file, findings));
    externalLinks.push(...external.map((url) => ({ file: playbook.file, url })));
  }
  return { diagnostics, externalLinks };
}

/** Pages the site will publish and the anchors on each, for link checking. */
function buildSiteMap(playbooks: PlaybookFacts[], files: ContentFiles): SiteMap {
  const main = () => new Set(['main']);
  const site = new Map<string, Set<string>>([
    ['/', main()],
    ['/playbooks/', main()],
    ['/training/', main()],
  ]);
  for (const file of files.categories) site.set(`/categories/${idFromPath(file.path)}/`, main());
  for (const file of files.modules) site.set(`/training/modules/${idFromPath(file.path)}/`, main());
  for (const file of files.paths) site.set(`/training/paths/${idFromPath(file.path)}/`, main());
  for (const playbook of playbooks) site.set(`/playbooks/${playbook.id}/`, new Set([...LAYOUT_ANCHORS, ...playbook.anchors]));
  return site;
}
