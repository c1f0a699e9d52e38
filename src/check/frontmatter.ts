import { load as loadAsAstroDoes, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document, type Node } from 'yaml';
import { FILE_START, type Position } from './diagnostics.ts';

/** What can be wrong with YAML text, each reported by its own rule (src/check/rules/files.ts). */
export type YamlProblemKind = 'syntax' | 'tag' | 'alias' | 'date';

export interface YamlProblem {
  kind: YamlProblemKind;
  message: string;
  position: Position;
}

/** YAML text parsed with positions, so a problem in a field can be reported at its line. */
export interface LocatedYaml {
  /** The data exactly as the build reads it; undefined when there are problems. */
  data: unknown;
  /** Why the YAML cannot be used, already located. */
  errors: YamlProblem[];
  /** Where the value at `path` starts in the file; the key's line when there is no value. */
  locate: (path: readonly PropertyKey[]) => Position;
}

/**
 * How many values aliases (`*name`) may stand for in one YAML text, counted as the `yaml`
 * package counts them. Content has no need for many; a "billion laughs" of nested aliases needs
 * far more, and the build would stall copying it out.
 */
export const MAX_ALIAS_COUNT = 100;

// The fields between the fences are optional, so an empty block is found (and reported field by
// field) rather than taken for a file with no frontmatter.
const FENCE = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter and the line the YAML starts on (2, after `---`). */
export function extractFrontmatter(source: string): { yaml: string; firstLine: number } | undefined {
  const match = FENCE.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}

/** js-yaml reads an unquoted `YYYY-MM-DD` as a date and rolls a day that does not exist over (2026-02-30 → March 2). */
const YAML_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Tags (`!!js/function`, `!custom`, even `!!str`) and days that do not exist, wherever they stand. */
function tagAndDateProblems(text: string, doc: Document, at: (offset: number) => Position): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const tagged = (node: Node) => {
    if (node.tag === undefined) return;
    // The node's range starts at its value; the tag (`!!js/function`, `!custom`) stands just before it.
    let start = Math.max(0, text.lastIndexOf('!', node.range?.[0] ?? 0));
    while (start > 0 && text[start - 1] === '!') start -= 1;
    problems.push({
      kind: 'tag',
      message: `the value is tagged ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}`,
      position: at(start),
    });
  };
  visit(doc, {
    Scalar(_key, node) {
      tagged(node);
      const day = node.type === 'PLAIN' && typeof node.source === 'string' ? YAML_DAY.exec(node.source) : null;
      if (day && !isRealDay(day[0])) {
        const read = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
        problems.push({
          kind: 'date',
          message: `${day[0]} is not a real calendar day: the build would read it as ${read.toISOString().slice(0, 10)}`,
          position: at(node.range?.[0] ?? 0),
        });
      }
    },
    Map: (_key, node) => tagged(node),
    Seq: (_key, node) => tagged(node),
  });
  return problems;
}

/** An alias "bomb": more aliased values than MAX_ALIAS_COUNT, located at the first alias. */
function aliasProblem(doc: Document, at: (offset: number) => Position): YamlProblem | undefined {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return undefined;
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let first = 0;
    visit(doc, {
      Alias(_key, node) {
        first = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return { kind: 'alias', message: `its aliases (*name) stand for more than ${MAX_ALIAS_COUNT} values`, position: at(first) };
  }
}

/**
 * Parses YAML as the build does, with positions; `lineOffset` is added so positions are
 * file-relative. The data comes from js-yaml with its default schema, the reader Astro uses for
 * frontmatter and YAML files (`@astrojs/internal-helpers/frontmatter`, the glob and file loaders),
 * so types, dates and merge keys are exactly what the build will see. The `yaml` package adds
 * positions, finds tags and days that do not exist, and counts aliases before anything expands them.
 */
export function parseLocatedYaml(text: string, lineOffset = 0): LocatedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors: YamlProblem[] = doc.errors.map((error) => ({
    kind: 'syntax',
    message: error.message.split('\n')[0] ?? error.message,
    position: at(error.pos[0]),
  }));
  if (!errors.length) errors.push(...tagAndDateProblems(text, doc, at));
  if (!errors.length) {
    const alias = aliasProblem(doc, at);
    if (alias) errors.push(alias);
  }
  let data: unknown;
  if (!errors.length) {
    try {
      data = loadAsAstroDoes(text);
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      errors.push({
        kind: 'syntax',
        message: error.reason,
        position: { line: error.mark.line + 1 + lineOffset, column: error.mark.column + 1 },
      });
    }
  }
  return {
    data: errors.length ? undefined : data,
    errors,
    locate: (path) => locatePath(doc, path, at),
  };
}

function locatePath(doc: Document, path: readonly PropertyKey[], at: (offset: number) => Position): Position {
  // Walk down as far as the path exists; a missing field is reported at its parent.
  let best = doc.contents?.range ? at(doc.contents.range[0]) : { line: FILE_START.line + (at(0).line - 1), column: 1 };
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node)
      ? (node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key)) ?? undefined)
      : items[Number(key)];
    if (!next) break;
    const pair = next as { key?: { range?: number[] }; value?: { range?: number[] }; range?: number[] };
    const target = isMap(node) ? (pair.value ?? pair.key) : pair;
    const range = target?.range ?? pair.key?.range;
    if (range?.[0] !== undefined) best = at(range[0]);
    node = isMap(node) ? pair.value : next;
  }
  return best;
}
