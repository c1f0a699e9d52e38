import type { z } from 'zod';
import { COLLECTIONS, type Collection, type CollectionName } from '../schemas/collections.ts';
import type { Diagnostic } from './diagnostics.ts';
import { extractFrontmatter, parseLocatedYaml } from './frontmatter.ts';
import { internalDiagnostic } from './internal.ts';
import { deepestNode, MAX_NESTING, tooDeepLine } from './limits.ts';
import { startOf } from './mdx-tree.ts';
import { parseMdx } from './mdx-parse.ts';
import type { FileScope, FileYaml, SharedData } from './rule.ts';
import { runEachFile } from './run-rules.ts';
import { idFromPath, type SourceFile } from './source.ts';

/** A file's YAML, located and checked against the schema; the data when it fits. */
function readYaml<S extends z.ZodType>(text: string, firstLine: number, schema: S): { yaml: FileYaml; data: z.output<S> | undefined } {
  const located = parseLocatedYaml(text, firstLine - 1);
  // reportInput keeps each bad value on its issue, so messages can quote it and tell a missing
  // field from a wrong one.
  const result = located.errors.length ? undefined : schema.safeParse(located.data ?? {}, { reportInput: true });
  return { yaml: { text, firstLine, located, schemaError: result?.error }, data: result?.data };
}

/**
 * Parses a playbook's body into `scope`, unless it is nested deeper than the build survives: that
 * is found in the text before the parser runs (its time grows with the square of the nesting),
 * and in the tree after it.
 */
function readBody(scope: FileScope, frontmatter: { yaml: string; firstLine: number } | undefined): void {
  const bodyLine = frontmatter ? frontmatter.firstLine + (frontmatter.yaml ? frontmatter.yaml.split('\n').length : 0) + 1 : 1;
  const deepLine = tooDeepLine(scope.file.source, bodyLine);
  if (deepLine) {
    scope.tooDeep = deepLine;
    return;
  }
  const parsed = parseMdx(scope.file.source);
  if (!parsed.ok) {
    if (/call stack/i.test(parsed.message)) scope.tooDeep = { position: parsed.position, depth: Infinity };
    else scope.mdxError = { message: parsed.message, position: parsed.position };
    return;
  }
  const deepest = deepestNode(parsed.tree);
  if (deepest.depth > MAX_NESTING) scope.tooDeep = { position: startOf(deepest.node), depth: deepest.depth };
  else scope.tree = parsed.tree;
}

/** One file after its own check: what the rules saw, what they found, and the data when it is valid. */
export interface CheckedFile<Data> {
  scope: FileScope;
  diagnostics: Diagnostic[];
  data: Data | undefined;
}

/**
 * Reads one content file (a playbook: its frontmatter and its MDX body; any other: its YAML) and
 * runs every rule's `eachFile` on it. `schema` is the collection's, built once by the caller;
 * `shared` is what the YAML files say that the file's components refer to.
 */
export function checkFile<S extends z.ZodType>(
  file: SourceFile,
  collection: CollectionName,
  schema: S,
  shared: SharedData,
): CheckedFile<z.output<S>> {
  const entry: Collection = COLLECTIONS[collection];
  const isMdx = 'extension' in entry && entry.extension === 'mdx';
  const scope: FileScope = {
    file,
    collection,
    id: idFromPath(file.path),
    yaml: undefined,
    tree: undefined,
    mdxError: undefined,
    teams: shared.teams,
    regions: shared.regions,
    safetyCases: shared.safetyCases,
    values: shared.values,
  };
  let data: z.output<S> | undefined;
  try {
    const frontmatter = isMdx ? extractFrontmatter(file.source) : { yaml: file.source, firstLine: 1 };
    const read = frontmatter ? readYaml(frontmatter.yaml, frontmatter.firstLine, schema) : undefined;
    scope.yaml = read?.yaml;
    data = read?.data;
    if (isMdx) readBody(scope, frontmatter);
  } catch (error) {
    // Rules would report a file the check could not read as empty; only the failure is reported.
    return { scope, diagnostics: [internalDiagnostic(file.path, 'reading the file', error)], data: undefined };
  }
  return { scope, diagnostics: runEachFile(scope), data };
}
