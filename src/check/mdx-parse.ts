import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from './diagnostics.ts';

// The same dialect the site renders: MDX syntax plus GitHub-flavoured Markdown, with YAML
// frontmatter kept in the tree so every position is a real line of the file.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export type ParseResult = { ok: true; tree: Root } | { ok: false; message: string; position: Position };

/** Parses MDX without compiling or running any of it. A syntax error comes back located. */
export function parseMdx(source: string): ParseResult {
  try {
    return { ok: true, tree: parser.runSync(parser.parse(source)) as Root };
  } catch (error) {
    const cause = error as {
      reason?: string;
      message?: string;
      line?: number;
      column?: number;
      place?: { line?: number; column?: number };
    };
    // Some errors (an unclosed tag) carry their place only in the text, as "(3:1-3:34)".
    const match = /\((\d+):(\d+)-\d+:\d+\)/.exec(cause.reason ?? cause.message ?? '');
    const placeInMessage = match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    return {
      ok: false,
      message: cause.reason ?? cause.message ?? String(error),
      position: {
        line: cause.line ?? cause.place?.line ?? placeInMessage?.line ?? 1,
        column: cause.column ?? cause.place?.column ?? placeInMessage?.column ?? 1,
      },
    };
  }
}
