// Every entry under a folder the build reads (content/, public/), listed without following
// symbolic links: a link is an entry of its own, never a way into another folder. Node's own
// recursive listing follows linked folders, so two links to `.` made it run without end.
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';

export type EntryKind = 'file' | 'symlink' | 'other';

/** One entry of a listed folder; folders themselves are entered, not listed. */
export interface ListedEntry {
  /** Project-relative, with forward slashes, as diagnostics name files. */
  path: string;
  /** Path inside the listed folder: `playbooks/a.mdx`, `favicon.svg`. */
  inFolder: string;
  /** Which folder of the build it is in. */
  area: 'content' | 'public';
  /** A regular file, a symbolic link (of any kind, never followed), or anything else (a pipe, a socket, a device). */
  kind: EntryKind;
  size: number;
  /** Where a symbolic link points, as written in it. */
  target?: string;
  /** The first bytes of a regular file, so its content can be told from its name. */
  head?: Uint8Array;
  /** The text of an SVG file, which is vetted as a drawing before it may be published. */
  text?: string;
}

/** SVG files larger than this are not read (and are refused by the rule that would read them). */
export const SVG_READ_LIMIT = 256 * 1024;

/** How many bytes of each file are kept in `head`: enough for every image signature the check knows. */
const HEAD_BYTES = 16;

function firstBytes(path: string, size: number): Uint8Array {
  const buffer = new Uint8Array(Math.min(HEAD_BYTES, size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/**
 * Lists every entry under `dir` in path order, depth first, with lstat: symbolic links and other
 * special files are listed as what they are and never entered or read. A missing folder lists nothing.
 */
export function listFolder(root: string, dir: string, area: ListedEntry['area']): ListedEntry[] {
  const entries: ListedEntry[] = [];
  let top: ReturnType<typeof lstatSync>;
  try {
    top = lstatSync(dir);
  } catch {
    return entries;
  }
  if (!top.isDirectory()) return entries;
  const pending: string[] = [''];
  while (pending.length) {
    const prefix = pending.pop() ?? '';
    const folders: string[] = [];
    for (const name of readdirSync(join(dir, prefix)).sort()) {
      const inFolder = prefix ? `${prefix}/${name}` : name;
      const full = join(dir, inFolder);
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        folders.push(inFolder);
        continue;
      }
      const path = relative(root, full).split('\\').join('/');
      const kind: EntryKind = stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : 'other';
      const entry: ListedEntry = { path, inFolder, area, kind, size: stat.size };
      if (kind === 'symlink') entry.target = readlinkSync(full);
      if (kind === 'file') entry.head = firstBytes(full, stat.size);
      if (kind === 'file' && name.toLowerCase().endsWith('.svg') && stat.size <= SVG_READ_LIMIT) entry.text = readFileSync(full, 'utf8');
      entries.push(entry);
    }
    // Sub-folders after the files beside them, in name order.
    pending.push(...folders.reverse());
  }
  return entries;
}
