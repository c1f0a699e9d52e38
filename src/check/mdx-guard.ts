// The check's MDX-safety rules (src/check/rules/mdx-safety.ts), run a second time inside Astro's own
// MDX compiler, on the very tree it is about to compile, before any of it is turned into code and
// evaluated. Safety then does not depend on `npm run check` running first (a bare `astro build`, a
// dev server, a build started beside the check), nor on the check's parser (micromark) reading a
// file the way the compiler (Sätteri, Rust) does. One table of rules decides what is unsafe; the
// adapters below only hand it a tree. Registered first in astro.config.mjs.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { deepestNode, MAX_NESTING, tooDeepLine } from './limits.ts';
import { startOf } from './mdx-tree.ts';
import { NO_SHARED_DATA, type FileScope } from './rule.ts';
import { mdxSafety } from './rules/mdx-safety.ts';
import { runEachFile } from './run-rules.ts';
import { idFromPath } from './source.ts';

// Sätteri's plugin types, as Astro's Sätteri processor takes them.
type SatteriPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];
type SatteriPluginFactory = Extract<SatteriPluginEntry, (context: never) => unknown>;
type SatteriFactoryContext = Parameters<SatteriPluginFactory>[0];
type SatteriPlugin = Exclude<SatteriPluginEntry, SatteriPluginFactory | readonly unknown[] | null | undefined | false>;

/** The rules the compiler runs: every rule of the family that looks at one file. */
const GUARD_RULES = mdxSafety.rules.filter((rule) => rule.eachFile);

/** A compiled file's path as the check prints it: project-relative, forward slashes. */
export function projectPath(file: string | URL | undefined, root = process.cwd()): string {
  if (file === undefined) return '(unnamed MDX)';
  const absolute = file instanceof URL ? fileURLToPath(file) : file;
  return relative(root, absolute).split(sep).join('/');
}

/**
 * What the MDX-safety rules find in one file, in document order. `source` is the text the compiler
 * reads (frontmatter blanked, so lines are the file's); `tree` its syntax tree, or undefined to
 * look at the text only (nesting), before the parser runs.
 */
export function unsafeMdx(file: string, source: string, tree: Root | undefined): Diagnostic[] {
  const scope: FileScope = {
    file: { path: file, source },
    collection: 'playbooks',
    id: idFromPath(file),
    yaml: undefined,
    tree: undefined,
    mdxError: undefined,
    ...NO_SHARED_DATA,
  };
  // As the check does (src/check/check-file.ts): nesting in the text first, then in the tree, and
  // a tree too deep to walk is not walked.
  const deepLine = tooDeepLine(source, 1);
  if (deepLine) scope.tooDeep = deepLine;
  else if (tree) {
    const deepest = deepestNode(tree);
    if (deepest.depth > MAX_NESTING) scope.tooDeep = { position: startOf(deepest.node), depth: deepest.depth };
    else scope.tree = tree;
  }
  return runEachFile(scope, GUARD_RULES).sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Why the compiler stopped: located at the first problem (Astro and Vite print `loc`), every problem listed. */
export class UnsafeMdxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly loc: { file: string; line: number; column: number };
  constructor(diagnostics: readonly Diagnostic[]) {
    const [first] = diagnostics;
    if (!first) throw new Error('UnsafeMdxError needs at least one diagnostic');
    super(
      [
        `${first.file} was not compiled: it holds MDX that would run code or break the build. Nothing in it was evaluated.`,
        ...diagnostics.map(formatDiagnostic),
      ].join('\n'),
    );
    this.name = 'UnsafeMdxError';
    this.line = first.line;
    this.column = first.column;
    this.loc = { file: first.file, line: first.line, column: first.column };
  }
}

/** Throws when the rules find anything: the compile stops before the file becomes code. */
export function refuseUnsafeMdx(file: string, source: string, tree: Root | undefined): void {
  const diagnostics = unsafeMdx(file, source, tree);
  if (diagnostics.length) throw new UnsafeMdxError(diagnostics);
}

/**
 * For Sätteri (Astro 7's MDX compiler): the nesting limit is checked on the text before Sätteri
 * parses it (it crashes on deep nesting), the rules on the tree before any other plugin runs.
 * Markdown (`.md`) runs no code and is left alone.
 */
export function satteriMdxGuard(context: SatteriFactoryContext): SatteriPlugin | null {
  if (context.sourceFormat !== 'mdx') return null;
  const file = projectPath(context.fileURL);
  const source = context.source;
  refuseUnsafeMdx(file, source, undefined);
  return {
    name: 'frontline-mdx-guard',
    options: { position: true },
    before(root) {
      refuseUnsafeMdx(file, source, root as Root);
    },
  };
}

/** For unified (FRONTLINE_MARKDOWN=unified): the same check as a remark plugin, listed first. */
export function remarkMdxGuard() {
  return (tree: Root, file: { path?: string; value: unknown }) => refuseUnsafeMdx(projectPath(file.path), String(file.value), tree);
}
