import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { FILE_START, type Position } from './diagnostics.ts';

/** YAML text parsed with positions, so a problem in a field can be reported at its line. */
export interface LocatedYaml {
  data: unknown;
  /** Syntax errors, already located. */
  errors: { message: string; position: Position }[];
  /** Where the value at `path` starts in the file; the key's line when there is no value. */
  locate: (path: readonly PropertyKey[]) => Position;
}

// The fields between the fences are optional, so an empty block is found (and reported field by
// field) rather than taken for a file with no frontmatter.
const FENCE = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter and the line the YAML starts on (2, after `---`). */
export function extractFrontmatter(source: string): { yaml: string; firstLine: number } | undefined {
  const match = FENCE.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}

/** Parses YAML and offers positions; `lineOffset` is added so positions are file-relative. */
export function parseLocatedYaml(text: string, lineOffset = 0): LocatedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors = doc.errors.map((error) => ({ message: error.message.split('\n')[0] ?? error.message, position: at(error.pos[0]) }));
  return {
    data: errors.length ? undefined : doc.toJS(),
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
