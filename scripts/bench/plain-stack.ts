// The plain stack a team would start from, as the peer of every Frontline build in `npm run bench`:
// a throwaway Astro project with @astrojs/mdx at default settings, one page per playbook from a
// content collection, then the Pagefind CLI (`pagefind --site dist`). It builds the same
// synthetic library; each content component is one small Astro component that renders its
// children (and its title, if it has one), because MDX needs every component it names to exist.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_COMPONENTS } from '../../src/lib/component-registry.ts';
import { runMeasured } from './process-tree.ts';

/** Inside the project, so the throwaway project resolves astro and @astrojs/mdx from node_modules/; .tmp/ is git-ignored. */
const PROJECTS = resolve('.tmp/bench-plain');

export interface PlainStackRun {
  seconds: number;
  astroSeconds: number;
  indexSeconds: number;
  peakBytes: number;
  pages: number;
}

const FILES = (playbooks: string): Record<string, string> => ({
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { playbooks: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(playbooks)} }) }) };
`,
  'src/components/Block.astro': `---
const { title, question, when } = Astro.props;
const heading = title ?? question ?? when;
---
<section>{heading && <h3>{heading}</h3>}<slot /></section>
`,
  'src/pages/playbooks/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Block from '../../components/Block.astro';

export async function getStaticPaths() {
  const playbooks = await getCollection('playbooks');
  return playbooks.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const components = Object.fromEntries(${JSON.stringify(Object.keys(CONTENT_COMPONENTS))}.map((name) => [name, Block]));
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content components={components} /></main></body>
</html>
`,
});

/** Writes the throwaway project for a library; returns its folder. */
export function writePlainProject(library: string, name: string): string {
  const project = join(PROJECTS, name);
  rmSync(project, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES(relative(project, resolve(library, 'playbooks'))))) {
    mkdirSync(join(project, path, '..'), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  return project;
}

/** Builds a library with the plain stack, cold, measuring each step's time and its process tree's peak memory. */
export async function benchPlainStack(library: string, name: string): Promise<PlainStackRun> {
  const project = writePlainProject(library, name);
  const env = { ...process.env, NODE_ENV: 'production' };
  const astro = await runMeasured(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', project], env);
  if (astro.code !== 0) throw new Error(`plain stack: astro build failed for ${name}:\n${astro.stdout}\n${astro.stderr}`);
  const index = await runMeasured(
    process.execPath,
    [resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', join(project, 'dist')],
    env,
  );
  if (index.code !== 0) throw new Error(`plain stack: pagefind failed for ${name}:\n${index.stdout}\n${index.stderr}`);
  // Astro's own steps, with times, beside the project: the peer of the Frontline build's log.
  writeFileSync(`${project}.log`, `${astro.stdout}\n${astro.stderr}\n${index.stdout}\n${index.stderr}`);
  const pages = Number(/Indexed (\d+) pages?/.exec(index.stdout)?.[1] ?? NaN);
  return {
    seconds: astro.seconds + index.seconds,
    astroSeconds: astro.seconds,
    indexSeconds: index.seconds,
    peakBytes: Math.max(astro.peakBytes, index.peakBytes),
    pages,
  };
}
