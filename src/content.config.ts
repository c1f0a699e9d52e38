import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { file, glob } from 'astro/loaders';
import { collectionList, COLLECTIONS, type Collection } from './schemas/collections.ts';
import { frontmatterOnly, sliceOfFolder } from './lib/slice-loaders.ts';
import { parseSlice, WHOLE } from './lib/slices.ts';

// Where content lives. FRONTLINE_CONTENT points the same build at another folder (the test
// fixture, the benchmark's generated library) without copying the project.
const contentDir = process.env['FRONTLINE_CONTENT'] ?? './content';
// The slice of playbook pages this build renders (`npm run build -- --shard k/n` sets it).
const slice = process.env['FRONTLINE_SHARD'] ? parseSlice(process.env['FRONTLINE_SHARD']) : WHOLE;

function define<Schema extends z.ZodType>(collection: Collection<Schema>) {
  const loader =
    'file' in collection
      ? file(`${contentDir}/${collection.file}`)
      : collection.extension === 'mdx'
        ? frontmatterOnly({ base: `${contentDir}/${collection.folder}`, extension: collection.extension })
        : glob({ pattern: `**/*.${collection.extension}`, base: `${contentDir}/${collection.folder}` });
  return defineCollection({ loader, schema: collection.schema() });
}

/** What `define` makes of one collection, with its own schema's type, so pages get typed entries. */
type Defined<C> = C extends Collection<infer Schema> ? ReturnType<typeof define<Schema>> : never;

// Every collection in src/schemas/collections.ts, nothing else. `npm run check` validates the same
// files with the same schemas before Astro sees them, so the build can trust what it loads here.
// `playbooks` holds every playbook's frontmatter but no MDX; `playbookPages` the playbooks whose
// pages this build renders, with their MDX (src/lib/slice-loaders.ts says why there are two).
export const collections = {
  ...(Object.fromEntries(collectionList().map((collection) => [collection.name, define(collection)])) as {
    [Name in keyof typeof COLLECTIONS]: Defined<(typeof COLLECTIONS)[Name]>;
  }),
  playbookPages: defineCollection({
    loader: sliceOfFolder({ base: `${contentDir}/${COLLECTIONS.playbooks.folder}`, extension: COLLECTIONS.playbooks.extension }, slice),
    schema: COLLECTIONS.playbooks.schema(),
  }),
};
