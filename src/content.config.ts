import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category.ts';
import { moduleSchema } from './schemas/module.ts';
import { pathSchema } from './schemas/path.ts';
import { playbookSchema } from './schemas/playbook.ts';
import { synonymGroupSchema } from './schemas/synonyms.ts';
import { teamSchema } from './schemas/team.ts';

// Where content lives. FRONTLINE_CONTENT points the same build at another folder (the test
// fixture, the benchmark's generated library) without copying the project.
const contentDir = process.env['FRONTLINE_CONTENT'] ?? './content';

// Every collection, nothing else. `npm run check` validates the same files with the same schemas
// before Astro sees them, so the build can trust what it loads here.
export const collections = {
  playbooks: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/playbooks` }),
    schema: playbookSchema(),
  }),
  teams: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/teams` }),
    schema: teamSchema(),
  }),
  categories: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/categories` }),
    schema: categorySchema(),
  }),
  // Training: modules (playbooks to read, knowledge checks, role-plays) and paths that order them.
  modules: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/modules` }),
    schema: moduleSchema(),
  }),
  paths: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/paths` }),
    schema: pathSchema(),
  }),
  synonyms: defineCollection({
    loader: file(`${contentDir}/synonyms.yaml`),
    schema: synonymGroupSchema(),
  }),
};
