import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cachedFacts, checkCodeDigest, loadFactsCache, saveFactsCache, sharedDigest } from './check-cache.ts';
import { checkAcrossFiles, checkPlaybookFiles, checkYamlFiles, type CheckResult } from './check-content.ts';
import type { SharedData } from './rule.ts';
import type { ContentFiles } from './source.ts';
import type { PlaybookFacts } from './check-playbook.ts';

/** Below this many playbooks, starting workers costs more than it saves. */
const PARALLEL_FROM = 400;

/** The YAML files a worker reads to know what playbooks' components refer to (src/check/rule.ts's SharedData). */
export type SharedFiles = Pick<ContentFiles, 'teams' | 'regions' | 'safety' | 'values'>;

function sharedFiles(files: ContentFiles): SharedFiles {
  return {
    teams: files.teams,
    regions: files.regions,
    ...(files.safety && { safety: files.safety }),
    ...(files.values && { values: files.values }),
  };
}

function runWorker(files: ContentFiles, share: ContentFiles['playbooks']): Promise<PlaybookFacts[]> {
  const shared = sharedFiles(files);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { shared, playbooks: share } });
    worker.once('message', (facts: PlaybookFacts[]) => resolve(facts));
    worker.once('error', reject);
  });
}

/** The per-file stage for some playbooks: in worker threads when there are enough, else here. */
async function checkPlaybooks(files: ContentFiles, playbooks: ContentFiles['playbooks'], yaml: SharedData): Promise<PlaybookFacts[]> {
  const cores = Math.max(1, availableParallelism());
  if (playbooks.length < PARALLEL_FROM || cores === 1) return checkPlaybookFiles(playbooks, yaml);
  const size = Math.ceil(playbooks.length / cores);
  const shares = Array.from({ length: cores }, (_, i) => playbooks.slice(i * size, (i + 1) * size));
  return (await Promise.all(shares.map((share) => runWorker(files, share)))).flat();
}

/**
 * The same check as `checkContent`, with the per-file stage (parsing and checking each playbook,
 * most of the time) spread over worker threads, one per core, and, given a cache file, done only
 * for playbooks whose facts are not cached (src/check/check-cache.ts). Results are identical and
 * in the same order; the workers' memory is released when they finish, before Astro starts.
 */
export async function checkContentInParallel(
  files: ContentFiles,
  options: { today: Date; cacheFile?: string | undefined },
): Promise<CheckResult & { checkedPlaybooks: number }> {
  const yaml = checkYamlFiles(files);
  if (!options.cacheFile) {
    const facts = await checkPlaybooks(files, files.playbooks, yaml);
    return { ...checkAcrossFiles(files, yaml, facts, options), checkedPlaybooks: files.playbooks.length };
  }
  const shared = sharedDigest(sharedFiles(files), checkCodeDigest());
  const cached = await cachedFacts(files.playbooks, shared, loadFactsCache(options.cacheFile), (missing) =>
    checkPlaybooks(files, missing, yaml),
  );
  saveFactsCache(options.cacheFile, cached.cache);
  return { ...checkAcrossFiles(files, yaml, cached.facts, options), checkedPlaybooks: cached.checked };
}
