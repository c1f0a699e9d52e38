import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { slug } from 'github-slugger';
import GithubSlugger from 'github-slugger';
import type { z } from 'zod';
import { categorySchema } from '../schemas/category.ts';
import { moduleSchema } from '../schemas/module.ts';
import { pathSchema } from '../schemas/path.ts';
import { playbookSchema, type PlaybookData } from '../schemas/playbook.ts';
import { synonymGroupSchema } from '../schemas/synonyms.ts';
import { teamSchema, type Team } from '../schemas/team.ts';
import { FILE_START, type Diagnostic } from './diagnostics.ts';
import { extractFrontmatter, parseLocatedYaml, type LocatedYaml } from './frontmatter.ts';
import { linkFindings, type SiteMap } from './links.ts';
import { parseMdx } from './mdx-parse.ts';
import { mdxSafetyFindings, type Finding } from './mdx-rules.ts';
import { trainingDiagnostics } from './modules.ts';
import { playbookStructureFindings, stepAnchors, treeIndex } from './playbook-rules.ts';
import { closestId, playbookReferenceProblems, type BrokenReference } from './references.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { isReviewOverdue, reviewDueOn } from './staleness.ts';
import { yamlTodoFindings } from './todo-markers.ts';

/** One content file as read from disk; `path` is project-relative with forward slashes. */
export interface SourceFile {
  path: string;
  source: string;
}

export interface ContentFiles {
  playbooks: SourceFile[];
  teams: SourceFile[];
  categories: SourceFile[];
  synonyms?: SourceFile;
  /** Training modules and learning paths (`content/modules/`, `content/paths/`); none when absent. */
  modules?: SourceFile[];
  paths?: SourceFile[];
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** External links found in content, for the report; never fetched. */
  externalLinks: { file: string; url: string }[];
}

/** Ids come from file names, as Astro's glob loader makes them. */
export function idFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx|ya?ml|json)$/i, '');
}

/** Anchors the playbook layout adds around the content (see src/pages/playbooks/[id].astro). */
const LAYOUT_ANCHORS = ['main', 'customer-says', 'related', 'escalate-title'];

function withFile(file: string, findings: Finding[]): Diagnostic[] {
  return findings.map((f) => ({
    file,
    line: f.position.line,
    column: f.position.column,
    rule: f.rule,
    message: f.message,
    fix: f.fix,
    severity: f.severity ?? 'error',
  }));
}

function validateYaml<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  yaml: LocatedYaml,
  diagnostics: Diagnostic[],
): z.output<S> | undefined {
  if (yaml.errors.length) {
    diagnostics.push(
      ...yaml.errors.map((error) => ({
        file: file.path,
        ...error.position,
        rule: 'yaml/syntax',
        message: `YAML cannot be read: ${error.message}`,
        fix: 'check indentation and quoting on this line; text with a colon needs quotes',
        severity: 'error' as const,
      })),
    );
    return undefined;
  }
  // reportInput keeps each bad value on its issue, so messages can quote it and tell a missing
  // field from a wrong one.
  const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  diagnostics.push(...schemaDiagnostics(file.path, result.error, yaml));
  return undefined;
}

interface ParsedPlaybook {
  file: SourceFile;
  id: string;
  yaml: LocatedYaml | undefined;
  data: PlaybookData | undefined;
  tree: Root | undefined;
}

function headingAnchors(tree: Root): string[] {
  const slugger = new GithubSlugger();
  return treeIndex(tree).headings.map((node) => slugger.slug(toString(node)));
}

function referenceDiagnostic(
  file: string,
  yaml: LocatedYaml | undefined,
  problem: BrokenReference,
  candidates: Iterable<string>,
): Diagnostic {
  const field = problem.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : key))
    .join('')
    .replace(/^(\w+)\[/, '$1[');
  const position = yaml?.locate(problem.path) ?? FILE_START;
  const guess = problem.problem === 'missing' ? closestId(problem.id, candidates) : undefined;
  const messages: Record<BrokenReference['problem'], string> = {
    missing: `\`${field}\` names "${problem.id}", but there is no content/${problem.collection}/${problem.id}.${problem.collection === 'playbooks' ? 'mdx' : 'yaml'}`,
    self: `\`${field}\` names this playbook itself`,
    archived: `\`${field}\` names "${problem.id}", which is archived`,
  };
  const fixes: Record<BrokenReference['problem'], string> = {
    missing: guess ? `did you mean "${guess}"?` : `use the id (file name) of an existing entry in content/${problem.collection}/`,
    self: 'remove it from the list',
    archived: 'link to the playbook that replaced it, or remove it',
  };
  return {
    file,
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
  const diagnostics: Diagnostic[] = [];
  // Built once per run: constructing a zod schema costs far more than using it.
  const schemas = { team: teamSchema(), category: categorySchema(), synonyms: synonymGroupSchema().array(), playbook: playbookSchema() };
  const externalLinks: CheckResult['externalLinks'] = [];

  const teams = new Map<string, Team>();
  for (const file of files.teams) {
    const team = validateYaml(file, schemas.team, parseLocatedYaml(file.source), diagnostics);
    if (team) teams.set(idFromPath(file.path), team);
  }
  const categories = new Set<string>();
  for (const file of files.categories) {
    if (validateYaml(file, schemas.category, parseLocatedYaml(file.source), diagnostics)) categories.add(idFromPath(file.path));
  }
  if (files.synonyms) {
    const yaml = parseLocatedYaml(files.synonyms.source);
    validateYaml(files.synonyms, schemas.synonyms, yaml, diagnostics);
  }

  const playbooks: ParsedPlaybook[] = files.playbooks.map((file) => {
    const id = idFromPath(file.path);
    const frontmatter = extractFrontmatter(file.source);
    if (!frontmatter) {
      diagnostics.push({
        file: file.path,
        ...FILE_START,
        rule: 'schema/frontmatter',
        message: 'the file has no frontmatter',
        fix: 'start the file with a --- block of fields (copy one from an existing playbook, or run npm run new)',
        severity: 'error',
      });
    }
    const yaml = frontmatter ? parseLocatedYaml(frontmatter.yaml, frontmatter.firstLine - 1) : undefined;
    if (frontmatter) diagnostics.push(...withFile(file.path, yamlTodoFindings(frontmatter.yaml, frontmatter.firstLine)));
    const data = yaml ? validateYaml(file, schemas.playbook, yaml, diagnostics) : undefined;
    const parsed = parseMdx(file.source);
    if (!parsed.ok) {
      diagnostics.push({
        file: file.path,
        ...parsed.position,
        rule: 'mdx/syntax',
        message: `MDX cannot be parsed: ${parsed.message}`,
        fix: 'a bare "<" or "{" in text starts code in MDX — write "less than" or escape it as \\< or \\{',
        severity: 'error',
      });
    }
    const tree = parsed.ok ? parsed.tree : undefined;
    if (tree) {
      diagnostics.push(...withFile(file.path, mdxSafetyFindings(tree)));
      diagnostics.push(...withFile(file.path, playbookStructureFindings(tree, { teams, source: file.source })));
    }
    if (!ID_SHAPE.test(id)) {
      diagnostics.push({
        file: file.path,
        ...FILE_START,
        rule: 'file/name',
        message: `the file name "${id}" is not a valid id`,
        fix: `rename the file to ${slug(id)}.mdx (lowercase words joined by hyphens)`,
        severity: 'error',
      });
    }
    return { file, id, yaml, data, tree };
  });

  const known = {
    teams: new Set(teams.keys()),
    categories,
    playbooks: new Map(playbooks.filter((p) => p.data).map((p) => [p.id, p.data?.confidence ?? 'wip'] as const)),
  };
  // A playbook with an invalid schema still counts as existing, so one bad file does not make
  // every reference to it fail too.
  for (const p of playbooks) if (!known.playbooks.has(p.id)) known.playbooks.set(p.id, 'wip');
  const candidates = { teams: [...known.teams], categories: [...categories], playbooks: [...known.playbooks.keys()] };

  // Training content: each file against its schema here, then everything across files in modules.ts.
  const located = <S extends z.ZodType>(file: SourceFile, schema: S) => {
    const yaml = parseLocatedYaml(file.source);
    diagnostics.push(...withFile(file.path, yamlTodoFindings(file.source, 1, 'the file')));
    return { file: file.path, id: idFromPath(file.path), yaml, data: validateYaml(file, schema, yaml, diagnostics) };
  };
  diagnostics.push(
    ...trainingDiagnostics({
      modules: (files.modules ?? []).map((file) => located(file, moduleSchema())),
      paths: (files.paths ?? []).map((file) => located(file, pathSchema())),
      playbooks: known.playbooks,
    }),
  );

  const byId = new Map<string, ParsedPlaybook>();
  const byTitle = new Map<string, ParsedPlaybook>();
  for (const playbook of playbooks) {
    const earlier = byId.get(playbook.id.toLowerCase());
    if (earlier) {
      diagnostics.push({
        file: playbook.file.path,
        ...FILE_START,
        rule: 'duplicate/id',
        message: `the id "${playbook.id}" is also used by ${earlier.file.path}`,
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
        file: playbook.file.path,
        ...(playbook.yaml?.locate(['title']) ?? FILE_START),
        rule: 'duplicate/title',
        message: `the title "${playbook.data.title}" is also used by ${sameTitle.file.path}`,
        fix: 'make the titles distinct so agents can tell the results apart',
        severity: 'error',
      });
    } else {
      byTitle.set(titleKey, playbook);
    }
    for (const problem of playbookReferenceProblems(playbook.id, playbook.data, known)) {
      diagnostics.push(referenceDiagnostic(playbook.file.path, playbook.yaml, problem, candidates[problem.collection]));
    }
    if (isReviewOverdue(playbook.data, options.today)) {
      diagnostics.push({
        file: playbook.file.path,
        ...(playbook.yaml?.locate(['lastReviewed']) ?? FILE_START),
        rule: 'review/overdue',
        message: `review was due on ${reviewDueOn(playbook.data).toISOString().slice(0, 10)}`,
        fix: 'check the page against current policy, then set lastReviewed to today',
        severity: 'warning',
      });
    }
  }

  const site = buildSiteMap(playbooks, [...categories]);
  for (const playbook of playbooks) {
    if (!playbook.tree) continue;
    const { findings, external } = linkFindings(playbook.tree, `/playbooks/${playbook.id}/`, site);
    diagnostics.push(...withFile(playbook.file.path, findings));
    externalLinks.push(...external.map((url) => ({ file: playbook.file.path, url })));
  }
  return { diagnostics, externalLinks };
}

const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Pages the site will publish and the anchors on each, for link checking. */
function buildSiteMap(playbooks: ParsedPlaybook[], categories: string[]): SiteMap {
  const site = new Map<string, Set<string>>([
    ['/', new Set(['main'])],
    ['/playbooks/', new Set(['main'])],
  ]);
  for (const category of categories) site.set(`/categories/${category}/`, new Set(['main']));
  for (const playbook of playbooks) {
    const anchors = new Set(LAYOUT_ANCHORS);
    if (playbook.tree) {
      for (const anchor of headingAnchors(playbook.tree)) anchors.add(anchor);
      for (const anchor of stepAnchors(playbook.tree)) anchors.add(anchor);
    }
    site.set(`/playbooks/${playbook.id}/`, anchors);
  }
  return site;
}
