import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.ts';
import { projectPath, remarkMdxGuard, satteriMdxGuard, UnsafeMdxError, unsafeMdx } from '../../src/check/mdx-guard.ts';
import { NO_SHARED_DATA } from '../../src/check/rule.ts';
import { mdxSafety } from '../../src/check/rules/mdx-safety.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { playbook } from '../helpers/content.ts';
import { tree } from '../helpers/mdx.ts';

const FILE = 'content/playbooks/a.mdx';

/** Compiles MDX as Astro's MDX integration does: frontmatter blanked to spaces, then the processor's MDX renderer. */
async function compile(source: string, processor: 'satteri' | 'unified' = 'satteri', file = FILE): Promise<string> {
  const configured = processor === 'satteri' ? satteri({ mdastPlugins: [satteriMdxGuard] }) : unified({ remarkPlugins: [remarkMdxGuard] });
  const renderer = await configured.createMdxRenderer?.(
    { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
    { optimize: false, srcDir: pathToFileURL(join(process.cwd(), 'src/')), sourcemap: false },
  );
  if (!renderer) throw new Error(`${processor} has no MDX renderer`);
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return (await renderer.process(content, join(process.cwd(), file), frontmatter)).code;
}

/** What the compile was refused with; fails the test when it compiled. */
async function refusal(source: string, processor: 'satteri' | 'unified' = 'satteri', file = FILE): Promise<UnsafeMdxError> {
  try {
    await compile(source, processor, file);
  } catch (error) {
    if (error instanceof UnsafeMdxError) return error;
    throw error;
  }
  throw new Error('the MDX compiled');
}

const ATTACKS = [
  'Intro.',
  '',
  'export const leak = process.env',
  '',
  'A {globalThis.process.exit(1)} in text.',
  '',
  '<Step title={"Reactivate" + globalThis.process.pid}>',
  '<Do>',
  'Call.',
  '</Do>',
  '</Step>',
  '',
  '<kbd onClick="alert(1)">Ctrl</kbd>',
  '',
  '[Open the account](javascript:alert(1))',
  '',
  '<script>alert(1)</script>',
  '',
  '<iframe src="https://example.org"></iframe>',
  '',
].join('\n');

describe('the MDX guard inside Astro’s MDX compiler', () => {
  it('compiles a valid playbook, frontmatter and all, untouched', async () => {
    const source = playbook('restoring-a-cancelled-line').source;
    const guarded = await compile(source);
    const plain = await (async () => {
      const renderer = await satteri().createMdxRenderer?.(
        { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
        { optimize: false, srcDir: pathToFileURL(join(process.cwd(), 'src/')), sourcemap: false },
      );
      const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
      return (await renderer?.process(content, join(process.cwd(), FILE), frontmatter))?.code;
    })();
    expect(guarded).toBe(plain);
  });

  it('refuses an export before Sätteri turns it into code, at the file, line and column of the check', async () => {
    const error = await refusal('---\ntitle: x\n---\n\nIntro.\n\nexport const pwned = 1\n');
    expect(error.loc).toEqual({ file: FILE, line: 7, column: 1 });
    expect([error.line, error.column]).toEqual([7, 1]);
    expect(error.message).toMatchInlineSnapshot(`
      "content/playbooks/a.mdx was not compiled: it holds MDX that would run code or break the build. Nothing in it was evaluated.
      content/playbooks/a.mdx:7:1  mdx/esm  \`export\` statements are code that runs at build time — delete the line; Frontline components work without importing, and data belongs in frontmatter"
    `);
  });

  it('lists every expression, unsafe attribute, script URL and forbidden element of the file in one error, in document order', async () => {
    const error = await refusal(ATTACKS);
    expect(error.message).toMatchSnapshot();
    expect(
      error.message
        .split('\n')
        .slice(1)
        .map((line) => line.split('  ')[1]),
    ).toEqual([
      'mdx/esm',
      'mdx/expression',
      'mdx/attribute-expression',
      'mdx/event-handler',
      'mdx/unsafe-url',
      'mdx/forbidden-element',
      'mdx/forbidden-element',
    ]);
  });

  it('refuses the same attacks as a remark plugin when the site is built with unified', async () => {
    const error = await refusal(ATTACKS, 'unified');
    expect(
      error.message
        .split('\n')
        .slice(1)
        .map((line) => line.split('  ')[1]),
    ).toEqual([
      'mdx/esm',
      'mdx/expression',
      'mdx/attribute-expression',
      'mdx/event-handler',
      'mdx/unsafe-url',
      'mdx/forbidden-element',
      'mdx/forbidden-element',
    ]);
  });

  it('refuses an image target that is not a picture, which the compiler would import and run', async () => {
    const error = await refusal('A flow:\n\n![How it flows](./diagram.mjs)\n');
    expect(error.message).toContain(`${FILE}:3:1  mdx/image  the image "./diagram.mjs" is not a relative path`);
  });

  it('refuses nesting deeper than the limit from the text, before Sätteri parses it (deep nesting crashes it)', async () => {
    const error = await refusal(`Intro.\n\n${'> '.repeat(40)}deep\n`);
    expect(error.message).toContain(`${FILE}:3:1  mdx/depth  the text is nested more than 32 levels deep`);
  });

  it('leaves Markdown files alone: they run no code', () => {
    expect(satteriMdxGuard({ sourceFormat: 'markdown', source: '<script>x</script>', fileURL: undefined, data: {} })).toBeNull();
  });
});

describe('one decision on what is unsafe', () => {
  const folder = 'test/fixtures/bad-content/playbooks';
  const safetyIds = new Set(mdxSafety.rules.map((rule) => rule.id));

  it('the compiler refuses each bad-content fixture for the same MDX-safety problems, on the same lines, as the check', async () => {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) {
      const path = `${folder}/${name}`;
      const source = readFileSync(path, 'utf8');
      const checked = checkFile({ path, source }, 'playbooks', COLLECTIONS.playbooks.schema(), NO_SHARED_DATA)
        .diagnostics.filter((d) => safetyIds.has(d.rule) && d.rule !== 'mdx/syntax')
        .map((d) => `${d.line} ${d.rule}`)
        .sort();
      let refused: string[] = [];
      try {
        await compile(source, 'satteri', path);
      } catch (error) {
        // A file Sätteri cannot parse at all is refused by Sätteri itself, as the check refuses it with mdx/syntax.
        if (!(error instanceof UnsafeMdxError)) continue;
        refused = error.message
          .split('\n')
          .slice(1)
          .map((line) => /:(\d+):\d+ {2}(\S+)/.exec(line)?.slice(1, 3).join(' ') ?? line)
          .sort();
      }
      expect(refused, name).toEqual(checked);
    }
  });
});

describe('unsafeMdx', () => {
  it('finds nothing in a safe text', () => {
    expect(unsafeMdx(FILE, 'Plain words.\n', tree('Plain words.\n'))).toEqual([]);
  });

  it('reads only the text when there is no tree yet', () => {
    expect(unsafeMdx(FILE, 'export const a = 1\n', undefined)).toEqual([]);
    expect(unsafeMdx(FILE, `${'> '.repeat(40)}x\n`, undefined).map((d) => d.rule)).toEqual(['mdx/depth']);
  });
});

describe('projectPath', () => {
  it('names a compiled file from the project root with forward slashes, as the check does', () => {
    expect(projectPath(pathToFileURL('/repo/content/playbooks/a.mdx'), '/repo')).toBe('content/playbooks/a.mdx');
    expect(projectPath('/repo/content/a.mdx', '/repo')).toBe('content/a.mdx');
    expect(projectPath(undefined)).toBe('(unnamed MDX)');
  });
});
