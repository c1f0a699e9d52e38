import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Resident memory of `root` and all its descendants, from /proc (Linux). */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
      if (at === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Highest sum of resident memory over the whole process tree, sampled every 200 ms. */
  peakBytes: number;
  /** The same peak per phase, a phase being named by the last output line starting with "… ". */
  phasePeaks: Record<string, number>;
}

/** Runs a command, sampling the memory of its whole process tree. */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakBytes = 0;
    let phase = 'start';
    const phasePeaks: Record<string, number> = {};
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      phase = [...stdout.matchAll(/^… (.+)$/gm)].at(-1)?.[1] ?? phase;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const bytes = treeRss(child.pid);
      peakBytes = Math.max(peakBytes, bytes);
      phasePeaks[phase] = Math.max(phasePeaks[phase] ?? 0, bytes);
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, peakBytes, phasePeaks });
    });
  });
}
