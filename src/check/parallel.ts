import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkAcrossFiles, checkContent, checkYamlFiles, type CheckResult } from './check-content.ts';
import type { ContentFiles } from './source.ts';
import type { PlaybookFacts } from './check-playbook.ts';

/** Below this many playbooks, starting workers costs more than it saves. */
const PARALLEL_FROM = 400;

/** The YAML files a worker reads to know what playbooks' components refer to (src/check/rule.ts's SharedData). */
export type SharedFiles = Pick<ContentFiles, 'teams' | 'regions' | 'safety' | 'values'>;

function runWorker(files: ContentFiles, share: ContentFiles['playbooks']): Promise<PlaybookFacts[]> {
  const shared: SharedFiles = {
    teams: files.teams,
    regions: files.regions,
    ...(files.safety && { safety: files.safety }),
    ...(files.values && { values: files.values }),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { shared, playbooks: share } });
    worker.once('message', (facts: PlaybookFacts[]) => resolve(facts));
    worker.once('error', reject);
  });
}

/**
 * The same check as `checkContent`, with the per-file stage (parsing and checking each playbook,
 * most of the time) spread over worker threads, one per core. Results are identical and in the
 * same order; the workers' memory is released when they finish, before Astro starts.
 */
export async function checkContentInParallel(files: ContentFiles, options: { today: Date }): Promise<CheckResult> {
  const cores = Math.max(1, availableParallelism());
  if (files.playbooks.length < PARALLEL_FROM || cores === 1) return checkContent(files, options);
  const size = Math.ceil(files.playbooks.length / cores);
  const shares = Array.from({ length: cores }, (_, i) => files.playbooks.slice(i * size, (i + 1) * size));
  const facts = (await Promise.all(shares.map((share) => runWorker(files, share)))).flat();
  return checkAcrossFiles(files, checkYamlFiles(files), facts, options);
}
