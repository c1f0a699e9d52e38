import type { FolderCollectionName, ListFileCollectionName } from '../schemas/collections.ts';
import type { ListedEntry } from './listing.ts';

/** One content file as read from disk; `path` is project-relative with forward slashes. */
export interface SourceFile {
  path: string;
  source: string;
}

/** Every content file, by collection (src/schemas/collections.ts): each folder's files, and each list file when it exists. */
export type ContentFiles = { [Name in FolderCollectionName]: SourceFile[] } & { [Name in ListFileCollectionName]?: SourceFile } & {
  /** Every entry under content/ (and public/, when the check was run on the project), for the rules on files as files. */
  listing?: readonly ListedEntry[];
};

/** Ids come from file names, as Astro's glob loader makes them. */
export function idFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx|ya?ml|json)$/i, '');
}
