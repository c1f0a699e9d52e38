import { createHash } from 'node:crypto';

/** One slice of the playbook pages: the `index`-th (from 1) of `count`. */
export interface Slice {
  index: number;
  count: number;
}

/** The whole library as one slice: the ordinary build. */
export const WHOLE: Slice = { index: 1, count: 1 };

/** Reads `k/n` (`--shard 2/4`, FRONTLINE_SHARD); throws a message that says what a slice looks like. */
export function parseSlice(text: string): Slice {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`"${text}" is not a slice: write k/n with 1 ≤ k ≤ n, for example --shard 2/4 for the second of four slices`);
  return { index, count };
}

/** Libraries up to this many playbooks are built in one slice, unless `--slices` says otherwise. */
export const AUTO_SLICES_ABOVE = 4000;
/** Above it, a slice holds about this many playbooks. */
export const PLAYBOOKS_PER_SLICE = 2500;

/**
 * How many slices a library is built in when `--slices` is not given. Measured on the 2-core
 * machine (docs/benchmarks.md, "Slices and shards"): a whole build peaks at 1.8 GiB at 2,000
 * playbooks, 2.5–3.1 GiB at 5,000 and 4.5 GiB at 10,000, and each extra slice costs time (Astro
 * starts, syncs and bundles again). Slices of 2,500 bring 10,000 to 2.0 GiB a slice, under
 * Pagefind's 2.8 GiB for the whole site, which slicing does not reduce: smaller slices would cost
 * time for nothing.
 */
export function slicesFor(playbooks: number): number {
  return playbooks > AUTO_SLICES_ABOVE ? Math.ceil(playbooks / PLAYBOOKS_PER_SLICE) : 1;
}

/** Reads the number of slices (`--slices 4`). */
export function parseSliceCount(text: string): number {
  const count = Number(text);
  if (!/^\d+$/.test(text.trim()) || count < 1)
    throw new Error(`"${text}" is not a number of slices: write a whole number from 1, for example --slices 4`);
  return count;
}

export const formatSlice = (slice: Slice) => `${slice.index}/${slice.count}`;

/**
 * The slice (1..count) a playbook's pages are built in, from its file's path inside the playbooks
 * folder (`billing/refunds.mdx`), hashed. A hash, not ranges of the sorted ids: a playbook's slice
 * depends only on its own path and the number of slices, so adding or deleting a playbook never
 * moves the others to another slice (a slice's caches stay valid), and every machine agrees on it
 * without listing the library. Slices are only as even as the hash: ±2 % at 2,500 playbooks a slice.
 */
export function sliceOf(playbookPath: string, count: number): number {
  const hash = createHash('sha256').update(playbookPath.split('\\').join('/')).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

/** The playbook files (paths inside the playbooks folder) whose pages `slice` builds, sorted. */
export function filesInSlice(playbookPaths: readonly string[], slice: Slice): string[] {
  return playbookPaths.filter((path) => slice.count === 1 || sliceOf(path, slice.count) === slice.index).sort();
}

/**
 * Whether a slice builds the pages that list playbooks (home, all playbooks, categories, teams,
 * training, /go/, maintenance, 404, robots.txt…): the first slice does, once for the whole site.
 * They need every playbook's frontmatter, which every slice has, but none of their MDX.
 */
export const buildsSitePages = (slice: Slice) => slice.index === 1;
