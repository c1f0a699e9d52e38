import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { attributeValue, isPlainLiteral, startOf, stepAnchors, type JsxElement } from '../../src/check/mdx-tree.ts';
import { VALID_BODY } from '../helpers/content.ts';
import { tree } from '../helpers/mdx.ts';

function firstElement(source: string): JsxElement {
  let found: JsxElement | undefined;
  visit(tree(source), (node) => {
    if (!found && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')) found = node;
  });
  if (!found) throw new Error('the fixture has no JSX element');
  return found;
}

function firstAttribute(source: string): MdxJsxAttribute {
  const attribute = firstElement(source).attributes[0];
  if (attribute?.type !== 'mdxJsxAttribute') throw new Error('the fixture has no plain attribute');
  return attribute;
}

describe('isPlainLiteral', () => {
  it('accepts a quoted value and a bare flag', () => {
    expect([firstAttribute('<Step title="Read" />'), firstAttribute('<Branch resolved />')].map(isPlainLiteral)).toEqual([true, true]);
  });

  it('accepts number, string, boolean and null literals', () => {
    expect(['{3}', '{"text"}', '{true}', '{null}'].map((value) => isPlainLiteral(firstAttribute(`<Note n=${value} />`)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('rejects calls, identifiers, templates, negative numbers, regular expressions and bigints', () => {
    expect(
      ['{alert(1)}', '{secret}', '{`x`}', '{-1}', '{/x/}', '{1n}'].map((value) => isPlainLiteral(firstAttribute(`<Note n=${value} />`))),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('attributeValue', () => {
  it('reads a quoted value, a literal expression and a bare flag', () => {
    const element = firstElement('<Branch when="Yes" goto={"step-read"} resolved />');
    expect([attributeValue(element, 'when'), attributeValue(element, 'goto'), attributeValue(element, 'resolved')]).toEqual([
      'Yes',
      'step-read',
      true,
    ]);
  });

  it('turns a number literal into text', () => {
    expect(attributeValue(firstElement('<Note n={3} />'), 'n')).toBe('3');
  });

  it('decodes character references in a quoted value', () => {
    expect(attributeValue(firstElement('<Step title="Check &amp; go" />'), 'title')).toBe('Check & go');
  });

  it('returns undefined for an absent attribute or one that is code', () => {
    const element = firstElement('<Branch when={answer} />');
    expect([attributeValue(element, 'when'), attributeValue(element, 'goto')]).toEqual([undefined, undefined]);
  });
});

describe('startOf', () => {
  it('returns the start of a positioned node', () => {
    expect(startOf({ position: { start: { line: 7, column: 3 } } })).toEqual({ line: 7, column: 3 });
  });

  it('falls back to the top of the file for a node without a position', () => {
    expect(startOf({})).toEqual({ line: 1, column: 1 });
  });
});

describe('stepAnchors', () => {
  it('lists the anchors of every step in order', () => {
    expect(stepAnchors(tree(VALID_BODY))).toEqual(['step-read-the-rejection', 'step-reactivate-the-line']);
  });

  it('derives the anchor from the decoded title', () => {
    expect(stepAnchors(tree('<Step title="Check &amp; confirm">\nText\n</Step>'))).toEqual(['step-check--confirm']);
  });

  it('skips a step whose title is not a literal', () => {
    expect(stepAnchors(tree('<Step title={name}>\nText\n</Step>\n\n<Step title="Second">\nText\n</Step>'))).toEqual(['step-second']);
  });
});
