import type { Heading } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/check/mdx-parse.ts';
import { playbook } from '../helpers/content.ts';
import { tree } from '../helpers/mdx.ts';

describe('parseMdx', () => {
  it('keeps the frontmatter in the tree so body lines are real file lines', () => {
    const root = tree(playbook('restoring-a-cancelled-line').source);
    const steps = root.children.find((node): node is Heading => node.type === 'heading');
    expect(root.children[0]?.type).toBe('yaml');
    expect(root.children[0]?.position?.start.line).toBe(1);
    expect(steps?.position?.start.line).toBe(21);
  });

  it('parses a component as a JSX element with its attributes', () => {
    const [step] = tree('<Step title="Read the rejection">\nOpen the request.\n</Step>').children as MdxJsxFlowElement[];
    expect(step?.type).toBe('mdxJsxFlowElement');
    expect(step?.name).toBe('Step');
    expect(step?.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? [a.name, a.value] : a.type))).toEqual([
      ['title', 'Read the rejection'],
    ]);
  });

  it('understands GitHub-flavoured tables, task lists and strikethrough', () => {
    const root = tree('| code | meaning |\n|---|---|\n| 6P | cancelled |\n\n- [x] checked the account\n\n~~old fee~~\n');
    const list = root.children[1];
    expect(root.children.map((node) => node.type)).toEqual(['table', 'list', 'paragraph']);
    expect(list?.type === 'list' ? list.children[0]?.checked : undefined).toBe(true);
    expect(root.children[2]?.type === 'paragraph' ? root.children[2].children[0]?.type : undefined).toBe('delete');
  });

  it('reports a bare less-than sign in prose at its place', () => {
    expect(parseMdx('Call back in\n<5 minutes.')).toEqual({
      ok: false,
      message: 'Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
      position: { line: 2, column: 2 },
    });
  });

  it('reports an unclosed brace at the end of the text', () => {
    expect(parseMdx('Under 5 minutes { or so')).toEqual({
      ok: false,
      message: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
      position: { line: 1, column: 24 },
    });
  });

  it('refuses an HTML comment and says how MDX writes comments', () => {
    const result = parseMdx('Intro\n\n<!-- reviewer note -->\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toBe(
      'Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
    );
    expect(result.ok ? undefined : result.position).toEqual({ line: 3, column: 2 });
  });

  it('names the unclosed component and where it opened', () => {
    const result = parseMdx('Intro\n\n<Step title="Read the rejection">\nOpen the request.\n');
    expect(result.ok ? '' : result.message).toBe('Expected a closing tag for `<Step>` (3:1-3:34)');
    expect(result.ok ? undefined : result.position).toEqual({ line: 3, column: 1 });
  });
});
