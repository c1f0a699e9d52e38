import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './shards.ts';

/**
 * The relative paths (with `/`, sorted) that differ between two folders: present in only one, or
 * holding different bytes. Empty when the folders are identical, path for path and byte for byte.
 */
export function compareFolders(a: string, b: string): string[] {
  const inA = new Set(listFiles(a));
  const inB = new Set(listFiles(b));
  const differing: string[] = [];
  for (const path of new Set([...inA, ...inB]))
    if (!inA.has(path) || !inB.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) differing.push(path);
  return differing.sort();
}
