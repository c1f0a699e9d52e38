import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { z } from 'zod';
import { ID_PATTERN } from '../schemas/ids.ts';
import type { PlaybookData } from '../schemas/playbook.ts';
import type { Team } from '../schemas/team.ts';
import { FILE_START, type Diagnostic, type Position } from './diagnostics.ts';
import { extractFrontmatter, parseLocatedYaml, type LocatedYaml } from './frontmatter.ts';
import { collectLinks, type ContentLink } from './rules/links.ts';
import { parseMdx } from './mdx-parse.ts';
import { mdxSafetyFindings, type Finding } from './rules/mdx-safety.ts';
import { playbookStructureFindings, stepAnchors, treeIndex } from './rules/structure.ts';
import { schemaDiagnostics, fieldName } from './schema-issues.ts';
import { yamlTodoFindings } from './rules/todo-markers.ts';
import { idFromPath, type SourceFile } from './source.ts';

/**
 * What the cross-file checks need to know about one playbook, once its own checks are done. Plain
 * data (no syntax tree), so it can come back from a worker thread.
 */
export interface PlaybookFacts {
  file: string;
  id: string;
  diagnostics: Diagnostic[];
  data: PlaybookData | undefined;
  /** Where frontmatter fields stand, by field name (`title`, `related[1]`…), for later messages. */
  locations: Record<string, Position>;
  /** Heading and step anchors of the page. */
  anchors: string[];
  links: ContentLink[];
}

/**
 * A valid id close to an invalid file name, for the fix message: accents dropped, lowercase,
 * every run of other characters (underscores, spaces, repeated hyphens) one hyphen.
 */
export function suggestedId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length ? words.join('-') : 'playbook';
}

export function withFile(file: string, findings: Finding[]): Diagnostic[] {
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

/** Validates parsed YAML against a schema, adding located diagnostics; the data when valid. */
export function validateYaml<S extends z.ZodType>(
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

function locations(yaml: LocatedYaml | undefined, data: PlaybookData | undefined): Record<string, Position> {
  if (!yaml) return {};
  const paths: (string | number)[][] = [
    ['title'],
    ['lastReviewed'],
    ['category'],
    ['owner'],
    ['escalateTo'],
    ...(data?.related ?? []).map((_, i) => ['related', i]),
  ];
  return Object.fromEntries(paths.map((path) => [fieldName(path), yaml.locate(path)]));
}

/** Everything that can be checked in one playbook on its own: YAML, schema, MDX syntax and safety, structure. */
export function checkPlaybookFile(file: SourceFile, teams: ReadonlyMap<string, Team>, schema: z.ZodType<PlaybookData>): PlaybookFacts {
  const diagnostics: Diagnostic[] = [];
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
  const data = yaml ? validateYaml(file, schema, yaml, diagnostics) : undefined;
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
  if (!ID_PATTERN.test(id)) {
    diagnostics.push({
      file: file.path,
      ...FILE_START,
      rule: 'file/name',
      message: `the file name "${id}" is not a valid id`,
      fix: `rename the file to ${suggestedId(id)}.mdx (lowercase words joined by hyphens)`,
      severity: 'error',
    });
  }
  const slugger = new GithubSlugger();
  return {
    file: file.path,
    id,
    diagnostics,
    data,
    locations: locations(yaml, data),
    anchors: tree ? [...treeIndex(tree).headings.map((node) => slugger.slug(toString(node))), ...stepAnchors(tree)] : [],
    links: tree ? collectLinks(tree) : [],
  };
}
