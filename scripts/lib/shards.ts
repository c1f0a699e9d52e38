// Shards: slices of the site built apart (on one machine one after another, or on many at once)
// and joined into one site (docs/decisions.md, decision 21). Each shard folder carries a small
// manifest saying which slice it is and what it was built from; the merge refuses to join folders
// that are not one build's shards, or that wrote different bytes to the same file.
import { listFiles } from './compare-folders.ts';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatSlice, type Slice } from '../../src/lib/slices.ts';

/** The manifest's file name at the top of a shard folder; the merge leaves it out of the site. */
export const MANIFEST = 'frontline-shard.json';

/**
 * Environment variables that change what the build writes (astro.config.mjs, src/config.ts): shards
 * built with different values would join into a site that no single build could have written.
 */
export const OUTPUT_SETTINGS = [
  'FRONTLINE_SITE',
  'FRONTLINE_BASE',
  'FRONTLINE_VISIBILITY',
  'FRONTLINE_SEARCH_SIGNALS_URL',
  'FRONTLINE_MARKDOWN',
  'FRONTLINE_PUBLIC',
  'FRONTLINE_TREESHAKE',
  'PUBLIC_FRONTLINE_REPO',
  'PUBLIC_FRONTLINE_COMMIT',
] as const;

/** What a shard was built from: the same for every shard of one build. */
export interface ShardSource {
  /** The project's commit, `+changes` when the working tree differed from it; `unknown` outside git. */
  commit: string;
  /** SHA-256 of every content file's path and bytes. */
  content: string;
  /** The output settings that were set, by name. */
  settings: Partial<Record<(typeof OUTPUT_SETTINGS)[number], string>>;
}

export interface ShardManifest {
  shard: number;
  of: number;
  source: ShardSource;
}

/** SHA-256 of every file in the content folder, path and bytes, in path order. */
export function contentDigest(contentDir: string): string {
  const hash = createHash('sha256');
  for (const path of listFiles(contentDir))
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(contentDir, path)))
      .update('\0');
  return hash.digest('hex');
}

function projectCommit(root: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changes = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return changes ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

/** What this project and content folder would build now. */
export function currentSource(root: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): ShardSource {
  const settings: ShardSource['settings'] = {};
  for (const name of OUTPUT_SETTINGS) if (env[name] !== undefined) settings[name] = env[name];
  return { commit: projectCommit(root), content: contentDigest(contentDir), settings };
}

export function writeManifest(shardDir: string, slice: Slice, source: ShardSource): void {
  const manifest: ShardManifest = { shard: slice.index, of: slice.count, source };
  writeFileSync(join(shardDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A shard folder as the merge sees it: its manifest, or why there is none. */
export interface ShardFolder {
  folder: string;
  manifest: ShardManifest | string;
}

export function readShardFolder(folder: string): ShardFolder {
  const path = join(folder, MANIFEST);
  if (!existsSync(folder)) return { folder, manifest: 'the folder does not exist' };
  if (!existsSync(path)) return { folder, manifest: `it has no ${MANIFEST}, so it is not a shard` };
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as ShardManifest;
    if (!Number.isInteger(manifest.shard) || !Number.isInteger(manifest.of) || typeof manifest.source?.content !== 'string')
      return { folder, manifest: `its ${MANIFEST} is not a shard manifest` };
    return { folder, manifest };
  } catch {
    return { folder, manifest: `its ${MANIFEST} is not valid JSON` };
  }
}

const REBUILD = 'build it with npm run build -- --shard k/n --out <folder>';

/** What differs between two shards' sources, in words; empty when they are the same build. */
function sourceDifferences(a: ShardSource, b: ShardSource): string[] {
  const differences: string[] = [];
  if (a.commit !== b.commit) differences.push(`commit ${b.commit}, not ${a.commit}`);
  if (a.content !== b.content) differences.push(`content ${b.content.slice(0, 12)}…, not ${a.content.slice(0, 12)}…`);
  for (const name of OUTPUT_SETTINGS)
    if (a.settings[name] !== b.settings[name])
      differences.push(`${name}=${b.settings[name] ?? '(unset)'}, not ${a.settings[name] ?? '(unset)'}`);
  return differences;
}

/**
 * Every reason the folders are not the complete set of one build's shards, each naming the folder
 * and the fix; empty when they can be joined. Pure: it reads only the manifests given.
 */
export function shardSetProblems(shards: readonly ShardFolder[]): string[] {
  if (shards.length === 0) return ['no shard folders given: npm run build -- --merge <folder> <folder> … [--out dist]'];
  const problems: string[] = [];
  const valid: { folder: string; manifest: ShardManifest }[] = [];
  for (const { folder, manifest } of shards) {
    if (typeof manifest === 'string') problems.push(`${folder}: cannot merge it: ${manifest} — ${REBUILD}`);
    else valid.push({ folder, manifest });
  }
  const first = valid[0];
  if (!first) return problems;
  const count = first.manifest.of;
  const seen = new Map<number, string>();
  for (const { folder, manifest } of valid) {
    const slice = formatSlice({ index: manifest.shard, count: manifest.of });
    if (manifest.of !== count)
      problems.push(
        `${folder}: shard ${slice}, but ${first.folder} is shard ${formatSlice({ index: first.manifest.shard, count })} — merge the shards of one build, all cut in the same number of slices`,
      );
    const twin = seen.get(manifest.shard);
    if (twin !== undefined) problems.push(`${folder}: shard ${slice} again (${twin} is shard ${slice} too) — pass each shard once`);
    else seen.set(manifest.shard, folder);
    const differences = sourceDifferences(first.manifest.source, manifest.source);
    if (differences.length > 0)
      problems.push(
        `${folder}: built from other sources than ${first.folder} (${differences.join('; ')}) — build every shard from the same commit, content and settings`,
      );
  }
  for (let index = 1; index <= count; index++)
    if (!seen.has(index)) problems.push(`shard ${index}/${count} is missing — pass the folder built with --shard ${index}/${count} too`);
  return problems;
}

/** The merge found that the folders are not one build's shards; `problems` says each reason. */
export class MergeRefused extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `cannot merge the shards (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/**
 * Joins shard folders into `into` (which must not exist): every file of every shard, each path
 * once. A path several shards wrote (the scripts and stylesheet under _astro/, public/'s files)
 * must hold the same bytes in each. With `consume`, the shards' files are moved, not copied (the
 * build's own temporary shards); folders passed by hand are only read. Throws MergeRefused with
 * every problem found; `into` is then incomplete and the caller deletes it.
 */
export function joinShards(folders: readonly string[], into: string, { consume }: { consume: boolean }): { files: number } {
  const shards = folders.map(readShardFolder);
  const problems = shardSetProblems(shards);
  if (problems.length > 0) throw new MergeRefused(problems);
  const ordered = [...shards].sort((a, b) => (a.manifest as ShardManifest).shard - (b.manifest as ShardManifest).shard);
  const writtenBy = new Map<string, string>();
  const conflicts: string[] = [];
  const [first, ...rest] = ordered.map((shard) => shard.folder);
  if (consume && first !== undefined) {
    // The first shard becomes the site in one rename (with one slice, that is the whole merge).
    renameSync(first, into);
    rmSync(join(into, MANIFEST));
    for (const path of listFiles(into)) writtenBy.set(path, first);
  }
  for (const folder of consume ? rest : ordered.map((shard) => shard.folder)) {
    for (const path of listFiles(folder)) {
      if (path === MANIFEST) continue;
      const source = join(folder, path);
      const target = join(into, path);
      const earlier = writtenBy.get(path);
      if (earlier !== undefined) {
        if (!readFileSync(source).equals(readFileSync(target)))
          conflicts.push(
            `${join(folder, path)}: differs from ${join(earlier, path)} — two shards wrote different bytes to ${path}; rebuild them from the same commit, content and settings (if they were, the build is not deterministic: report it)`,
          );
        continue;
      }
      writtenBy.set(path, folder);
      mkdirSync(dirname(target), { recursive: true });
      if (consume) renameSync(source, target);
      else copyFileSync(source, target);
    }
  }
  if (conflicts.length > 0) throw new MergeRefused(conflicts);
  return { files: writtenBy.size };
}
