import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category.ts';
import { playbookSchema } from './schemas/playbook.ts';
import { synonymGroupSchema } from './schemas/synonyms.ts';
import { teamSchema } from './schemas/team.ts';

// Every collection, nothing else. `npm run check` validates the same files with the same schemas
// before Astro sees them, so the build can trust what it loads here.
export const collections = {
  playbooks: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/playbooks' }),
    schema: playbookSchema(),
  }),
  teams: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/teams' }),
    schema: teamSchema(),
  }),
  categories: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/categories' }),
    schema: categorySchema(),
  }),
  synonyms: defineCollection({
    loader: file('./content/synonyms.yaml'),
    schema: synonymGroupSchema(),
  }),
};
