// Slices kept between builds (docs/decisions.md, decision 25). A library built in slices keeps each
// slice's pages after the merge, with a key of everything those pages are made from; the next build
// reuses a slice whose key has not changed instead of starting Astro for it. A slice's pages are
// made from the project's code and settings, every content file except other slices' playbooks,
// the frontmatter of those (the pages list and link to every playbook), its own playbooks whole,
// and the day (a playbook page says when its review is overdue). So a fix to one playbook's text
// rebuilds one slice; an edit to any frontmatter, data file or code rebuilds them all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { filesInSlice, formatSlice, type Slice } from '../../src/lib/slices.ts';
import { listFiles } from './compare-folders.ts';

/** A content file: its path inside the content folder, with `/`, and its bytes. */
export interface ContentFile {
  path: string;
  bytes: Buffer;
}

/**
 * The project's code a build's output is made from, beside the content and the settings: the site,
 * the build's own modules (astro.config.mjs imports some), the copied files and the dependencies.
 */
const CODE_FOLDERS = ['src', 'scripts/lib'];
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** SHA-256 of every file of the project's code and of the folder copied into the site (`public/`, or FRONTLINE_PUBLIC), path and bytes. */
export function codeDigest(root: string, publicDir = process.env['FRONTLINE_PUBLIC'] ?? 'public'): string {
  const hash = createHash('sha256');
  // `resolve`, not `join`: FRONTLINE_PUBLIC may be an absolute path.
  const folder = (path: string) => (existsSync(resolve(root, path)) ? listFiles(resolve(root, path)).map((file) => `${path}/${file}`) : []);
  const paths = [...[...CODE_FOLDERS, publicDir].flatMap(folder), ...CODE_FILES.filter((file) => existsSync(resolve(root, file)))];
  for (const path of paths)
    hash
      .update(`${path}\0`)
      .update(readFileSync(resolve(root, path)))
      .update('\0');
  return hash.digest('hex');
}

/** Where a slice's pages are kept between builds of one content folder. */
export function keptSliceFolder(root: string, contentDir: string, slice: Slice): string {
  return join(root, 'node_modules/.cache/frontline-slices', contentDir.replace(/[^a-z0-9]+/gi, '-'), `${slice.index}-of-${slice.count}`);
}

/** A playbook's frontmatter: its text up to the line that closes it (the whole text if it has none). */
export function frontmatterOf(text: string): string {
  const close = /^---[ \t]*$/m.exec(text.slice(4));
  return close ? text.slice(0, 4 + close.index) : text;
}

const PLAYBOOK = /^playbooks\/(.+\.mdx)$/;

/**
 * Each slice's key: what its pages are made from, as one SHA-256, by slice (index 0 is slice 1).
 * `project` is everything the same for every slice (code, settings, day).
 */
export function sliceKeys(files: readonly ContentFile[], count: number, project: string): string[] {
  const playbooks = files.flatMap((file) => PLAYBOOK.exec(file.path)?.[1] ?? []);
  return Array.from({ length: count }, (_, i) => {
    const own = new Set(filesInSlice(playbooks, { index: i + 1, count }));
    const hash = createHash('sha256').update(`${project}\0${formatSlice({ index: i + 1, count })}\0`);
    for (const file of files) {
      const playbook = PLAYBOOK.exec(file.path)?.[1];
      const whole = playbook === undefined || own.has(playbook);
      hash.update(`${file.path}\0`);
      hash.update(whole ? file.bytes : frontmatterOf(file.bytes.toString('utf8'))).update('\0');
    }
    return hash.digest('hex');
  });
}

/** Every file of the content folder, path order. */
export function readContent(contentDir: string): ContentFile[] {
  return listFiles(contentDir).map((path) => ({ path, bytes: readFileSync(join(contentDir, path)) }));
}

/** Deletes the slices kept for another number of slices: a library that grew is cut anew. */
export function forgetKeptSlicesOfOtherCounts(root: string, contentDir: string, count: number): void {
  const folder = dirname(keptSliceFolder(root, contentDir, { index: 1, count }));
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder))
    if (!name.match(new RegExp(`^\\d+-of-${count}(\\.key)?$`))) rmSync(join(folder, name), { recursive: true, force: true });
}

/** The file beside a kept slice's folder that holds its key: written only once the slice is complete. */
const keyFile = (folder: string) => `${folder}.key`;

/** Whether `folder` holds a complete slice built from `key`. */
export function isKept(folder: string, key: string): boolean {
  return existsSync(folder) && existsSync(keyFile(folder)) && readFileSync(keyFile(folder), 'utf8') === key;
}

/** Forgets a kept slice before it is built again, so a build stopped half-way is never reused. */
export function forgetKept(folder: string): void {
  rmSync(keyFile(folder), { force: true });
}

/** Marks a slice just built as complete. */
export function markKept(folder: string, key: string): void {
  writeFileSync(keyFile(folder), key);
}

/** The project-wide part of every slice's key. */
export function projectKey(root: string, settings: object, day: Date): string {
  return `${codeDigest(root)}\0${JSON.stringify(settings)}\0${day.toDateString()}`;
}
