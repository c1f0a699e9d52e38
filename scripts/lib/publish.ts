import { existsSync, renameSync, rmSync } from 'node:fs';

/** Where the site being replaced waits while the new one is moved in; a sibling of the output folder. */
export const previousOf = (outDir: string) => `${outDir}.previous`;

/**
 * Moves a finished build to `outDir` in two renames (POSIX has no atomic swap of two folders):
 * the old site to `<out>.previous`, then the new one into place. A build killed between the two
 * leaves no `outDir`; `recoverInterruptedPublish` at the next start puts the old site back.
 */
export function publishBuild(scratch: string, outDir: string): void {
  const previous = previousOf(outDir);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(scratch, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Repairs what a build killed while publishing left behind, before anything else runs: a missing
 * `outDir` is the previous site moved aside (put it back); a leftover `<out>.previous` beside a
 * present `outDir` is the old site not yet deleted (delete it). Returns what it did.
 */
export function recoverInterruptedPublish(outDir: string): 'restored' | 'cleaned' | 'nothing' {
  const previous = previousOf(outDir);
  if (!existsSync(previous)) return 'nothing';
  if (existsSync(outDir)) {
    rmSync(previous, { recursive: true, force: true });
    return 'cleaned';
  }
  renameSync(previous, outDir);
  return 'restored';
}
