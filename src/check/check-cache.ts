// The check's cache: what each playbook's own check found (its PlaybookFacts), kept between runs
// under a key made of everything that check reads: the file's path and text, the YAML it refers
// to (teams, regions, safety cases, values) and the check's own code. An unchanged playbook is not
// parsed again; the cross-file rules still run over every playbook's facts, cached or fresh, so
// the result is the same as a cold check's. Facts are stored with v8's structured clone (the same
// format worker threads send them in), which keeps their dates.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PlaybookFacts } from './check-playbook.ts';
import type { SharedFiles } from './parallel.ts';
import type { SourceFile } from './source.ts';

/** The folders of code a playbook's own check runs (src/check imports src/schemas and src/lib). */
const CHECK_CODE = ['check', 'schemas', 'lib'].map((folder) => new URL(`../${folder}/`, import.meta.url));

/** The installed versions of the parsers and schema library the check runs on. */
const LOCKFILE = new URL('../../package-lock.json', import.meta.url);

/** A digest of the check's code and its dependencies' versions, so a changed rule or parser never answers from an old verdict. */
export function checkCodeDigest(folders: readonly URL[] = CHECK_CODE, lockfile: URL = LOCKFILE): string {
  const hash = createHash('sha256');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile)).update('\0');
  for (const folder of folders) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash
        .update(`${name}\0`)
        .update(readFileSync(new URL(name, folder)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** A digest of what every playbook's own check reads besides the playbook: the shared YAML files and the check's code. */
export function sharedDigest(shared: SharedFiles, codeDigest: string): string {
  const hash = createHash('sha256').update(codeDigest);
  const files = [...shared.teams, ...shared.regions, ...(shared.safety ? [shared.safety] : []), ...(shared.values ? [shared.values] : [])];
  for (const file of files) hash.update(`\0${file.path}\0${file.source}`);
  return hash.digest('hex');
}

/** The key of one playbook's facts. */
export function factsKey(file: SourceFile, shared: string): string {
  return createHash('sha256').update(shared).update(`\0${file.path}\0${file.source}`).digest('hex');
}

/** Facts by key. */
export type FactsCache = Map<string, PlaybookFacts>;

/** The cache from disk; empty when there is none or it cannot be read (a cold check). */
export function loadFactsCache(file: string): FactsCache {
  try {
    const stored: unknown = deserialize(readFileSync(file));
    return stored instanceof Map ? (stored as FactsCache) : new Map();
  } catch {
    return new Map();
  }
}

/** Writes the cache whole (a rename, so a killed run never leaves half a file). */
export function saveFactsCache(file: string, cache: FactsCache): void {
  mkdirSync(dirname(file), { recursive: true });
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, serialize(cache));
  renameSync(scratch, file);
}

/** Where a content folder's cache lives: beside Astro's, one file per content folder. */
export function factsCacheFile(root: string, contentFolder: string): string {
  return join(root, 'node_modules/.cache/frontline-check', `${contentFolder.replace(/[^a-z0-9]+/gi, '-')}.v8`);
}

/**
 * Each playbook's facts, from the cache when its key is there and from `check` otherwise (given
 * only the playbooks to check), in the playbooks' order. The cache is replaced by exactly the
 * current playbooks' facts, so deleted and edited files leave nothing behind.
 */
export async function cachedFacts(
  playbooks: readonly SourceFile[],
  shared: string,
  cache: FactsCache,
  check: (playbooks: SourceFile[]) => Promise<PlaybookFacts[]>,
): Promise<{ facts: PlaybookFacts[]; checked: number; cache: FactsCache }> {
  const keys = playbooks.map((file) => factsKey(file, shared));
  const missing = playbooks.filter((_, i) => !cache.has(keys[i] ?? ''));
  const fresh = await check(missing);
  const found = new Map(missing.map((file, i) => [file.path, fresh[i]]));
  const facts = playbooks.map((file, i) => {
    const known = found.get(file.path) ?? cache.get(keys[i] ?? '');
    if (!known) throw new Error(`no facts for ${file.path}`);
    return known;
  });
  return { facts, checked: missing.length, cache: new Map(keys.map((key, i) => [key, facts[i] as PlaybookFacts])) };
}
