import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { file, glob } from 'astro/loaders';
import { collectionList, type Collection, type COLLECTIONS } from './schemas/collections.ts';

// Where content lives. FRONTLINE_CONTENT points the same build at another folder (the test
// fixture, the benchmark's generated library) without copying the project.
const contentDir = process.env['FRONTLINE_CONTENT'] ?? './content';

function define<Schema extends z.ZodType>(collection: Collection<Schema>) {
  const loader =
    'file' in collection
      ? file(`${contentDir}/${collection.file}`)
      : glob({ pattern: `**/*.${collection.extension}`, base: `${contentDir}/${collection.folder}` });
  return defineCollection({ loader, schema: collection.schema() });
}

/** What `define` makes of one collection, with its own schema's type, so pages get typed entries. */
type Defined<C> = C extends Collection<infer Schema> ? ReturnType<typeof define<Schema>> : never;

// Every collection in src/schemas/collections.ts, nothing else. `npm run check` validates the same
// files with the same schemas before Astro sees them, so the build can trust what it loads here.
export const collections = Object.fromEntries(collectionList().map((collection) => [collection.name, define(collection)])) as {
  [Name in keyof typeof COLLECTIONS]: Defined<(typeof COLLECTIONS)[Name]>;
};
