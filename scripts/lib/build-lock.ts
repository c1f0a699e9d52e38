import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WAIT_MS = 250;
/** A lock folder with no holder written after this long was left by a build that died starting. */
const ORPHAN_AFTER_MS = 10_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function holderOf(lock: string): number {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

function isAbandoned(lock: string): boolean {
  const holder = holderOf(lock);
  if (holder) return !isRunning(holder);
  try {
    return Date.now() - statSync(lock).mtimeMs > ORPHAN_AFTER_MS;
  } catch {
    return true; // released while we looked
  }
}

/** Takes the lock if it is free; false when another build holds it. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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
  mkdirSync(dirname(lock), { recursive: true });
  let announced = false;
  while (!tryLock(lock)) {
    if (isAbandoned(lock)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!announced) log(`… waiting for another build of this project (process ${holderOf(lock) || 'starting'}) to finish`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
