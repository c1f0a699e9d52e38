// Limits on what the check (and after it, the build) is asked to read. Measured on Astro 7.3 with
// Sätteri (docs in the check's commit): `astro build` died with SIGSEGV, no message, on 700
// nested block quotes, 400 nested list levels and 1,000 nested components; it survived 400, 200
// and 400. The check's own parser (micromark) slows down with the square of such nesting (100 KB
// of `>` took 147 s, then overflowed its stack). So sizes are checked from the listing before a
// file is read, nesting from the text before it is parsed, and from the syntax tree after.
import type { Node } from 'unist';
import type { Position } from './diagnostics.ts';

/** Largest MDX or YAML file read (the largest playbook is about 9 KB). */
export const MAX_TEXT_BYTES = 64 * 1024;
/** Largest image (a full-screen PNG screenshot is well under it). */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of block quotes, lists and components (a playbook needs about 6), and of the syntax tree. */
export const MAX_NESTING = 32;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * An upper bound of how deeply a line is nested in block quotes and lists: every `>` and list
 * marker that opens the line, and every two columns of indentation (a nested list item is indented
 * at least two columns more than its parent). Never lower than what a parser would build.
 */
export function lineNesting(line: string): number {
  let markers = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const char = line[at];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4;
    else if (char === '>') markers += 1;
    else {
      const marker = LIST_MARKER.exec(line.slice(at, at + 11));
      if (!marker) break;
      markers += 1;
      at += marker[0].length;
      continue;
    }
    at += 1;
  }
  // A line of nothing but spaces is a blank line, inside nothing (Astro's MDX compiler sees the
  // frontmatter blanked to spaces).
  if (markers === 0 && at === line.length) return 0;
  return markers + Math.floor(columns / 2);
}

/** The first line of an MDX body nested deeper than MAX_NESTING, by `lineNesting`; read before any parser runs. */
export function tooDeepLine(source: string, firstBodyLine: number): { position: Position; depth: number } | undefined {
  const lines = source.split('\n');
  for (let index = firstBodyLine - 1; index < lines.length; index += 1) {
    const depth = lineNesting(lines[index] ?? '');
    if (depth > MAX_NESTING) return { position: { line: index + 1, column: 1 }, depth };
  }
  return undefined;
}

/** The deepest node of a syntax tree and its depth, walked without recursion. */
export function deepestNode(tree: Node): { node: Node; depth: number } {
  let deepest = { node: tree, depth: 0 };
  const pending: { node: Node; depth: number }[] = [deepest];
  while (pending.length) {
    const next = pending.pop();
    if (!next) break;
    if (next.depth > deepest.depth) deepest = next;
    const children = (next.node as { children?: Node[] }).children ?? [];
    for (const child of children) pending.push({ node: child, depth: next.depth + 1 });
  }
  return deepest;
}
