// Every content collection, once: where its files live, the schema that checks them and how the
// schema reference introduces it. src/content.config.ts (the build), src/check/ (npm run check) and
// scripts/lib/schema-docs.ts (npm run schema) all read this list, so they cannot drift apart.
import type { z } from 'zod';
import { categorySchema } from './category.ts';
import { moduleSchema } from './module.ts';
import { pathSchema } from './path.ts';
import { playbookSchema } from './playbook.ts';
import { regionSchema } from './region.ts';
import { safetyCaseSchema } from './safety.ts';
import { synonymGroupSchema } from './synonyms.ts';
import { teamSchema } from './team.ts';
import { valueSchema } from './value.ts';
import { verificationCheckSchema } from './verification.ts';

interface CollectionBase<Schema extends z.ZodType> {
  /** Schema of one entry (for a playbook, of its frontmatter). A function: each caller builds its own, once. */
  schema: () => Schema;
  /** Base name of its JSON Schema file: `schemas/<schemaFile>.schema.json`. */
  schemaFile: string;
  /** One or two sentences for the schema reference. */
  description: string;
}

/** A folder of entries, one per file; the file name is the id. Files in sub-folders count too. */
export interface FolderCollection<Schema extends z.ZodType = z.ZodType> extends CollectionBase<Schema> {
  /** Relative to the content folder. */
  folder: string;
  extension: 'mdx' | 'yaml';
}

/** One YAML file holding a list of entries, each with its own `id`. */
export interface ListFileCollection<Schema extends z.ZodType = z.ZodType> extends CollectionBase<Schema> {
  /** Relative to the content folder. */
  file: string;
}

export type Collection<Schema extends z.ZodType = z.ZodType> = FolderCollection<Schema> | ListFileCollection<Schema>;

export const COLLECTIONS = {
  playbooks: {
    folder: 'playbooks',
    extension: 'mdx',
    schema: playbookSchema,
    schemaFile: 'playbook',
    description:
      'The frontmatter of a playbook, shaped after a KCS article. The file name is the id. The body (sections, components) is described in docs/playbook-format.md.',
  },
  teams: {
    folder: 'teams',
    extension: 'yaml',
    schema: teamSchema,
    schemaFile: 'team',
    description:
      'A team agents escalate to: the single source of truth for hours, contact route, authority limits and callback SLA. Playbooks render these and never restate the numbers.',
  },
  categories: {
    folder: 'categories',
    extension: 'yaml',
    schema: categorySchema,
    schemaFile: 'category',
    description: 'A category groups playbooks on the site and in the search filter.',
  },
  modules: {
    folder: 'modules',
    extension: 'yaml',
    schema: moduleSchema,
    schemaFile: 'module',
    description:
      'A training module: playbooks to read in order, knowledge checks and role-plays. References, answers and prerequisite cycles are checked across files by npm run check.',
  },
  paths: {
    folder: 'paths',
    extension: 'yaml',
    schema: pathSchema,
    schemaFile: 'path',
    description: 'A learning path: training modules in the order a trainee takes them.',
  },
  regions: {
    folder: 'regions',
    extension: 'yaml',
    schema: regionSchema,
    schemaFile: 'region',
    description:
      'A country whose rules differ: its emergency number and crisis line with their sources, and the regulators whose rules hold only there. The file name (`us`, `uk`) is the id used by `<Region code="…" />` and a source\'s `region`.',
  },
  verification: {
    file: 'verification.yaml',
    schema: verificationCheckSchema,
    schemaFile: 'verification',
    description:
      "How each identity check is run: one entry for `account` (the standard check) and one for `high-risk` (the strong check). `<Verify />` renders the playbook's level from here, and the identity-verification playbook renders all of it.",
  },
  safety: {
    file: 'safety.yaml',
    schema: safetyCaseSchema,
    schemaFile: 'safety',
    description:
      'The safety route: each kind of safety case (a threat, a risk of self-harm, a dangerous product) and the team that takes it at once. `<SafetyRoute case="…" />` renders it with every region\'s emergency number and, where the case needs it, crisis line.',
  },
  synonyms: {
    file: 'synonyms.yaml',
    schema: synonymGroupSchema,
    schemaFile: 'synonyms',
    description:
      'Groups of words customers and agents use for the same thing. A playbook that uses any term in its title, tags or customerSays is also found by the others.',
  },
  values: {
    file: 'values.yaml',
    schema: valueSchema,
    schemaFile: 'values',
    description:
      'Every threshold, period and code a playbook states (repeat contacts, attempts, deadlines, regulators\' periods), once. Playbooks render them with `<Value of="id" />` and never type the number; money lives in the teams\' authority limits and callback windows in their SLAs.',
  },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof COLLECTIONS;
export type FolderCollectionName = {
  [Name in CollectionName]: (typeof COLLECTIONS)[Name] extends FolderCollection ? Name : never;
}[CollectionName];
export type ListFileCollectionName = Exclude<CollectionName, FolderCollectionName>;

/** Every collection with its name, in the order above. */
export function collectionList(): (Collection & { name: CollectionName })[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => ({ name, ...COLLECTIONS[name] }));
}

/** The schema one file of the collection is checked against: an entry's, or a list of them. */
export function fileSchema(collection: Collection): z.ZodType {
  return 'file' in collection ? collection.schema().array() : collection.schema();
}

/** Where an entry of a folder collection lives, as messages name it: `content/teams/porting-desk.yaml`. */
export function entryPath(name: FolderCollectionName, id: string): string {
  const { folder, extension } = COLLECTIONS[name];
  return `content/${folder}/${id}.${extension}`;
}
