import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WAIT_MS = 250;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Astro writes its intermediate files to the project's .astro/ folder whatever the output folder,
 * so two builds of one project at once (a test run and a benchmark, say) break each other. This
 * lock makes the second build wait. A lock whose process has died is taken over.
 */
export async function withBuildLock<T>(root: string, work: () => Promise<T>, log: (line: string) => void): Promise<T> {
  const lock = join(root, 'node_modules', '.cache', 'frontline-build.lock');
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSafely(join(lock, 'pid')));
      if (holder && !isRunning(holder)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`… waiting for another build of this project (process ${holder || 'starting'}) to finish`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readFileSafely(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
