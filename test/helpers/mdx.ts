import type { Root } from 'mdast';
import { parseMdx } from '../../src/check/mdx-parse.ts';

/** Parses an MDX fixture that must be valid; a fixture that does not parse fails the test loudly. */
export function tree(source: string): Root {
  const result = parseMdx(source);
  if (!result.ok) throw new Error(`the fixture does not parse: ${result.message}`);
  return result.tree;
}
