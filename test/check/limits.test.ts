import { describe, expect, it } from 'vitest';
import { deepestNode, lineNesting, MAX_NESTING, tooDeepLine } from '../../src/check/limits.ts';
import { tree } from '../helpers/mdx.ts';

describe('lineNesting', () => {
  it('counts the block quote and list markers that open a line, and two columns of indentation as a level', () => {
    expect(lineNesting('Plain text.')).toBe(0);
    expect(lineNesting('> > quoted')).toBe(3);
    expect(lineNesting('- - 1. item')).toBe(4);
    expect(lineNesting('      - item')).toBe(4);
    expect(lineNesting('>>>>')).toBe(4);
  });

  it('counts a line of nothing but spaces as a blank line, nested in nothing (the compiler blanks frontmatter to spaces)', () => {
    expect(lineNesting(' '.repeat(120))).toBe(0);
    expect(lineNesting('')).toBe(0);
    expect(lineNesting('> ')).toBe(1);
  });

  it('does not take a dash inside words or a number without its dot for a marker', () => {
    expect(lineNesting('-not a list')).toBe(0);
    expect(lineNesting('2026 was a year')).toBe(0);
  });

  it('is never below the depth a parser builds from the line', () => {
    for (const text of ['> > > a', '- - - a', '1. - > a', '  - a\n    - b\n      - c']) {
      const deepest = Math.max(...text.split('\n').map(lineNesting));
      // A list is two levels in the tree (list, item): compare containers, not nodes.
      const containers = deepestNode(tree(text)).depth - 2;
      expect(deepest, text).toBeGreaterThanOrEqual(Math.ceil(containers / 2));
    }
  });
});

describe('tooDeepLine', () => {
  it(`finds the first line of the body nested more than ${MAX_NESTING} levels, skipping the frontmatter`, () => {
    const deep = `${'> '.repeat(40)}hi`;
    expect(tooDeepLine(`---\ntitle: x\n---\nText.\n${deep}\n`, 4)).toEqual({ position: { line: 5, column: 1 }, depth: 60 });
    expect(tooDeepLine(`---\n${' '.repeat(100)}x: 1\n---\nText.\n`, 4)).toBeUndefined();
  });
});

describe('deepestNode', () => {
  it('finds the deepest node without recursion, even thousands of levels down', () => {
    let node = { type: 'text', value: 'x' } as { type: string; children?: unknown[]; value?: string };
    for (let i = 0; i < 100_000; i += 1) node = { type: 'blockquote', children: [node] };
    expect(deepestNode(node as never).depth).toBe(100_000);
  });
});
