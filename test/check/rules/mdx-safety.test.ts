import { describe, expect, it } from 'vitest';
import { imageTargetProblem } from '../../../src/check/rules/images.ts';
import { isUnsafeUrl, mdxSafety } from '../../../src/check/rules/mdx-safety.ts';
import { playbook } from '../../helpers/content.ts';
import { findingsIn } from '../helpers.ts';

function findings(source: string) {
  return findingsIn(mdxSafety, source);
}

/** Rule and message only, for attacks where the position is not the point. */
function rules(source: string): [string, string][] {
  return findings(source).map((f) => [f.rule, f.message]);
}

const UNSAFE_URL_FIX = 'link to an https:// page or a relative path instead';

describe('the MDX safety rules', () => {
  it('are all errors', () => {
    expect(mdxSafety.rules.map((rule) => rule.severity)).toEqual(mdxSafety.rules.map(() => 'error'));
  });

  it('accept the whole valid test playbook', () => {
    expect(findings(playbook('restoring-a-cancelled-line').source)).toEqual([]);
  });

  it('rejects an import, which would load code at build time', () => {
    expect(findings('import fs from "node:fs"\n\nHello.')).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'mdx/esm',
        message: '`import` statements are code that runs at build time',
        fix: 'delete the line; Frontline components work without importing, and data belongs in frontmatter',
      },
    ]);
  });

  it('rejects an export, which would run code at build time', () => {
    expect(findings('Intro.\n\nexport const leak = process.env\n')).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'mdx/esm',
        message: '`export` statements are code that runs at build time',
        fix: 'delete the line; Frontline components work without importing, and data belongs in frontmatter',
      },
    ]);
  });

  it('rejects an expression on a line of its own', () => {
    expect(findings('Intro.\n\n{process.exit(1)}\n')).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'mdx/expression',
        message: 'the expression `{process.exit(1)}` is JavaScript that runs at build time',
        fix: 'write plain text instead; to show a literal brace, escape it as \\{',
      },
    ]);
  });

  it('rejects an expression inside a line of text', () => {
    expect(findings('The fee is {fee * 2} dollars.')).toEqual([
      {
        position: { line: 1, column: 12 },
        rule: 'mdx/expression',
        message: 'the expression `{fee * 2}` is JavaScript that runs at build time',
        fix: 'write plain text instead; to show a literal brace, escape it as \\{',
      },
    ]);
  });

  it('rejects even a comment expression, since braces are code in MDX', () => {
    expect(rules('{/* reviewer: check this */}')).toEqual([
      ['mdx/expression', 'the expression `{/* reviewer: check this */}` is JavaScript that runs at build time'],
    ]);
  });

  it('cuts a long expression down to 40 characters in the message', () => {
    expect(rules(`{"${'a'.repeat(60)}"}`)).toEqual([
      ['mdx/expression', `the expression \`{"${'a'.repeat(39)}}\` is JavaScript that runs at build time`],
    ]);
  });

  it('rejects an attribute whose value is code', () => {
    expect(findings('<Step title={fetch("https://evil.example")}>\nText\n</Step>')).toEqual([
      {
        position: { line: 1, column: 7 },
        rule: 'mdx/attribute-expression',
        message: '<Step title={…}> holds a JavaScript expression, which runs at build time',
        fix: 'write it as title="plain text"',
      },
    ]);
  });

  it('rejects a template literal in an attribute, since it can interpolate code', () => {
    expect(rules('<Step title={`Step ${secret}`}>\nText\n</Step>')).toEqual([
      ['mdx/attribute-expression', '<Step title={…}> holds a JavaScript expression, which runs at build time'],
    ]);
  });

  it('allows an attribute expression that is provably a plain literal such as {3}', () => {
    expect(findings('<Step title="Count" n={3} label={"text"} open={true}>\nText\n</Step>')).toEqual([]);
  });

  it('rejects a spread attribute, which could inject any props', () => {
    expect(findings('<Note {...props}>\nText\n</Note>')).toEqual([
      {
        position: { line: 1, column: 7 },
        rule: 'mdx/spread-attribute',
        message: '<Note> spreads `{...props}` into its attributes, which runs code at build time',
        fix: 'write each attribute out as name="text"',
      },
    ]);
  });

  it('rejects an on* event handler, whatever its case', () => {
    expect(findings('Press <kbd onClick="alert(1)">Enter</kbd> then <Note ONMOUSEOVER="steal()" />')).toEqual([
      {
        position: { line: 1, column: 12 },
        rule: 'mdx/event-handler',
        message: "<kbd> has an event-handler attribute `onClick`, which would run script in readers' browsers",
        fix: 'remove the attribute; content cannot carry behaviour',
      },
      {
        position: { line: 1, column: 54 },
        rule: 'mdx/event-handler',
        message: "<Note> has an event-handler attribute `ONMOUSEOVER`, which would run script in readers' browsers",
        fix: 'remove the attribute; content cannot carry behaviour',
      },
    ]);
  });

  it.each(['script', 'style', 'iframe', 'object', 'embed'])('forbids a <%s> element', (name) => {
    expect(findings(`Intro.\n\n<${name}>\nx\n</${name}>\n`)).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'mdx/forbidden-element',
        message: `<${name}> is not allowed in content: it can run code, load other pages or restyle the site`,
        fix: 'remove it; for layout or behaviour, propose a component in a pull request to src/components/content/',
      },
    ]);
  });

  it('forbids a script element written in mixed case', () => {
    expect(rules('<ScRiPt>alert(1)</ScRiPt>')).toEqual([
      ['mdx/forbidden-element', '<ScRiPt> is not allowed in content: it can run code, load other pages or restyle the site'],
    ]);
  });

  it('forbids an inline svg, which can carry script', () => {
    expect(rules('Look: <svg onload="alert(1)" /> here')).toEqual([
      ['mdx/forbidden-element', '<svg> is not allowed in content: it can run code, load other pages or restyle the site'],
    ]);
  });

  it('rejects a javascript: link', () => {
    expect(findings('Click [here](javascript:alert(document.cookie)).')).toEqual([
      {
        position: { line: 1, column: 7 },
        rule: 'mdx/unsafe-url',
        message: 'the link target "javascript:alert(document.cookie)" uses a script or data URL',
        fix: UNSAFE_URL_FIX,
      },
    ]);
  });

  it('rejects a javascript: link written in mixed case with a tab hidden as a character reference', () => {
    expect(rules('[here](JaVa&#9;ScRiPt:alert(1))')).toEqual([
      ['mdx/unsafe-url', 'the link target "JaVa\\tScRiPt:alert(1)" uses a script or data URL'],
    ]);
  });

  it('rejects a javascript: link with a control character and leading spaces inside an angle-bracket target', () => {
    expect(rules('[here](<  java\u0001script:alert(1)>)')).toEqual([
      ['mdx/unsafe-url', 'the link target "  java\\u0001script:alert(1)" uses a script or data URL'],
    ]);
  });

  it('rejects a data: image, which can smuggle a document', () => {
    expect(findings('![logo](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)')).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'mdx/unsafe-url',
        message: 'the image target "data:image/svg+xml;base64,PHN2Zz48L3N2Zz" uses a script or data URL',
        fix: UNSAFE_URL_FIX,
      },
    ]);
  });

  it('rejects a vbscript: link reference definition', () => {
    expect(findings('See [the form][form].\n\n[form]: VBScript:MsgBox(1)\n')).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'mdx/unsafe-url',
        message: 'the definition target "VBScript:MsgBox(1)" uses a script or data URL',
        fix: UNSAFE_URL_FIX,
      },
    ]);
  });

  it('rejects a javascript: URL in a URL attribute, obfuscated with a newline', () => {
    expect(findings('<Note href="java\nscript:alert(1)" />')).toEqual([
      {
        position: { line: 1, column: 7 },
        rule: 'mdx/unsafe-url',
        message: '<Note href="java\\nscript:alert(1)"> uses a script or data URL',
        fix: UNSAFE_URL_FIX,
      },
    ]);
  });

  it('rejects a data: URL in an attribute even when written as a literal expression', () => {
    expect(rules('<Note src={"DATA:text/html,<script>alert(1)</script>"} />')).toEqual([
      ['mdx/unsafe-url', '<Note src="DATA:text/html,<script>alert(1)</script>"> uses a script or data URL'],
    ]);
  });

  it('rejects a javascript: URL in an attribute with an upper-case name', () => {
    expect(rules('<Note HREF="javascript:void(0)" />')).toEqual([
      ['mdx/unsafe-url', '<Note HREF="javascript:void(0)"> uses a script or data URL'],
    ]);
  });

  it('does not mistake text that mentions javascript: in a non-URL attribute for a link', () => {
    expect(findings('<Step title="javascript: a word agents search for">\nText\n</Step>')).toEqual([]);
  });

  it('allows https, relative and anchor links', () => {
    expect(findings('[a](https://example.com) [b](../escalation-guidelines/) [c](#step-read-the-rejection) ![d](./diagram.png)')).toEqual(
      [],
    );
  });

  it('rejects a raw HTML element outside the allow-list', () => {
    expect(findings('Intro.\n\n<div class="box">\nText\n</div>\n')).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'mdx/raw-html',
        message: 'raw HTML <div> is not allowed in content',
        fix: 'write it in Markdown, or use one of the allowed elements: abbr, br, kbd, sub, sup',
      },
    ]);
  });

  it('rejects a raw <a> tag and also reports its javascript: href', () => {
    expect(rules('<a href="javascript:alert(1)">x</a>')).toEqual([
      ['mdx/unsafe-url', '<a href="javascript:alert(1)"> uses a script or data URL'],
      ['mdx/raw-html', 'raw HTML <a> is not allowed in content'],
    ]);
  });

  it('allows <kbd> and the other harmless inline elements', () => {
    expect(
      findings(
        'Press <kbd>Ctrl</kbd>+<kbd>F</kbd>, see <abbr title="Port Authorisation Code">PAC</abbr>, H<sub>2</sub>O, 1<sup>st</sup><br />done.',
      ),
    ).toEqual([]);
  });

  it('rejects an attribute an allowed element may not carry', () => {
    expect(findings('Press <kbd style="color:red">Enter</kbd>.')).toEqual([
      {
        position: { line: 1, column: 12 },
        rule: 'mdx/raw-html',
        message: '<kbd> may not carry the attribute `style`',
        fix: 'remove the attribute',
      },
    ]);
  });

  it('names the attributes an allowed element may keep', () => {
    expect(findings('<abbr title="Port Authorisation Code" id="pac">PAC</abbr>').map((f) => [f.message, f.fix])).toEqual([
      ['<abbr> may not carry the attribute `id`', 'keep only: title'],
    ]);
  });

  it('rejects a component that is not in the registry', () => {
    expect(findings('<Tabs>\nText\n</Tabs>')).toEqual([
      {
        position: { line: 1, column: 1 },
        rule: 'mdx/unknown-component',
        message: "<Tabs> is not one of Frontline's content components",
        fix: 'use one of: Say, Do, Avoid, Note, Step, Decision, Branch, Escalate, Limit, Sla, Value, Verify, IdentityChecks, SafetyRoute, Region (component names are case-sensitive)',
      },
    ]);
  });

  it('treats a lower-case component name as raw HTML, since names are case-sensitive', () => {
    expect(rules('<step title="Read it">\nText\n</step>')).toEqual([['mdx/raw-html', 'raw HTML <step> is not allowed in content']]);
  });

  it('rejects a fragment', () => {
    expect(findings('Intro.\n\n<>\nText\n</>\n')).toEqual([
      {
        position: { line: 3, column: 1 },
        rule: 'mdx/fragment',
        message: 'a JSX fragment `<>…</>` is not content',
        fix: 'remove the `<>` and `</>` around the text',
      },
    ]);
  });

  it('finds an attack nested deep inside allowed components', () => {
    expect(rules('<Step title="Read">\n<Do>\n- Open [it](javascript:alert(1))\n</Do>\n</Step>')).toEqual([
      ['mdx/unsafe-url', 'the link target "javascript:alert(1)" uses a script or data URL'],
    ]);
  });
});

describe('isUnsafeUrl', () => {
  it('treats javascript:, vbscript: and data: as unsafe', () => {
    expect(['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,hi'].map(isUnsafeUrl)).toEqual([true, true, true]);
  });

  it('treats javascript: with a tab inside the scheme as unsafe', () => {
    expect(isUnsafeUrl('java\tscript:alert(1)')).toBe(true);
  });

  it('treats a scheme padded with spaces, newlines, NUL and DEL as unsafe', () => {
    expect(isUnsafeUrl(' \n\u0000ja\u007fva\rscript :alert(1)')).toBe(true);
  });

  it('treats an upper-case scheme as unsafe', () => {
    expect(isUnsafeUrl('JAVASCRIPT:alert(1)')).toBe(true);
  });

  it('treats ordinary links as safe', () => {
    expect(
      ['https://example.com', 'mailto:help@example.com', '../escalation-guidelines/', '#step-read', 'javascript-tips/'].map(isUnsafeUrl),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('mdx/image target form', () => {
  it.each([
    ['./diagram.mjs'],
    ['./flow.svg'],
    ['diagram.png'],
    ['./a/../../x.png'],
    ['./x.png?raw'],
    ['./x.mjs?.png'],
    ['./x%2Emjs'],
    ['./x.PNG'],
    ['./x .png'],
    ['/favicon.png'],
    ['https://example.com/pixel.png'],
    ['//example.com/pixel.png'],
  ])('refuses %s', (url) => {
    expect(imageTargetProblem(url)).toBeDefined();
  });

  it.each([['./handoff.png'], ['../images/flow-2.webp'], ['./photos/desk_1.jpeg'], ['./Screen-Shot.jpg']])('accepts %s', (url) => {
    expect(imageTargetProblem(url)).toBeUndefined();
  });
});
