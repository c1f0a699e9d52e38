// What `npm run new` does, apart from reading arguments and printing: turns a title into a file
// name, refuses what cannot work, and writes the template. Every refusal says what to do instead.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slug } from 'github-slugger';
import { parse } from 'yaml';
import { extractFrontmatter } from '../../src/check/frontmatter.ts';
import { ID_PATTERN } from '../../src/schemas/ids.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { playbookSchema } from '../../src/schemas/playbook.ts';
import { moduleTemplate, playbookTemplate } from './templates.ts';

export const KINDS = ['playbook', 'module'] as const;
export type Kind = (typeof KINDS)[number];

export interface ScaffoldRequest {
  kind: string | undefined;
  title: string | undefined;
  /** Project root; the content folder is resolved against it. */
  root: string;
  /** Content folder relative to the root (FRONTLINE_CONTENT or `content`). */
  content: string;
  /** YYYY-MM-DD, written as lastReviewed. */
  today: string;
  owner?: string | undefined;
  category?: string | undefined;
  /** For a module: the playbook of its first step. */
  playbook?: string | undefined;
}

export type ScaffoldResult = { ok: true; path: string } | { ok: false; message: string };

/** The refusal every check below returns: what is wrong — what to do. */
class Refusal extends Error {}

/**
 * The file name for a title: github-slugger's slug (as heading anchors are made), with accents
 * folded to plain letters and underscores turned into hyphens, so it is a valid id.
 */
export function slugForTitle(title: string): string {
  const plain = title.normalize('NFKD').replace(/\p{M}/gu, '');
  return slug(plain).replace(/_/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/** Entries of a collection folder (sub-folders included, as the content loader reads them). */
function entries(dir: string, extension: string): { id: string; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((file) => ({ id: (file.split(/[\\/]/).pop() ?? file).slice(0, -extension.length), file: file.split('\\').join('/') }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const ids = (dir: string, extension: string) => entries(dir, extension).map((entry) => entry.id);

function checkTitle(title: string | undefined, kind: Kind): string {
  const text = title?.trim() ?? '';
  if (!text) throw new Refusal(`the ${kind} has no title — run npm run new -- ${kind} "Title in sentence case"`);
  const result = (kind === 'module' ? moduleSchema() : playbookSchema()).shape.title.safeParse(text);
  if (!result.success) throw new Refusal(`the title ${result.error.issues[0]?.message ?? 'is not valid'}`);
  return text;
}

function checkSlug(title: string): string {
  const id = slugForTitle(title);
  if (!ID_PATTERN.test(id)) {
    throw new Refusal(
      `the title "${title}" gives no usable file name (it needs letters or digits) — use a title with words, e.g. "Refund for a late delivery"`,
    );
  }
  return id;
}

/** An id the user chose, or the first one available; refused when it does not exist. */
function pick(chosen: string | undefined, available: string[], what: string, folder: string, option: string): string {
  if (available.length === 0) throw new Refusal(`there are no ${what} in ${folder}/ — add one first (see docs/schema-reference.md)`);
  if (chosen === undefined) return available[0] as string;
  if (!available.includes(chosen))
    throw new Refusal(`${option} "${chosen}" is not one of the ${what} in ${folder}/ — use one of: ${available.join(', ')}`);
  return chosen;
}

/** The new file's project-relative path; refused when an entry of that collection already has the id. */
function newPath(request: ScaffoldRequest, kind: Kind, title: string): string {
  const id = checkSlug(title);
  const { collection, extension } = KIND_FILES[kind];
  const folder = `${request.content}/${collection}`;
  // Ids are unique across sub-folders and regardless of case (the check's duplicate/id rule).
  const clash = entries(join(request.root, folder), extension).find((existing) => existing.id.toLowerCase() === id);
  if (clash) throw new Refusal(`${folder}/${clash.file} already has the id "${id}" — edit that ${kind}, or choose a title that differs`);
  return `${folder}/${id}${extension}`;
}

const KIND_FILES: Record<Kind, { collection: string; extension: string }> = {
  playbook: { collection: 'playbooks', extension: '.mdx' },
  module: { collection: 'modules', extension: '.yaml' },
};

function write(root: string, path: string, text: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
}

function writePlaybook(request: ScaffoldRequest, title: string): string {
  const base = join(request.root, request.content);
  const path = newPath(request, 'playbook', title);
  const owner = pick(request.owner, ids(join(base, 'teams'), '.yaml'), 'teams', `${request.content}/teams`, '--owner');
  const category = pick(
    request.category,
    ids(join(base, 'categories'), '.yaml'),
    'categories',
    `${request.content}/categories`,
    '--category',
  );
  write(request.root, path, playbookTemplate({ title, today: request.today, owner, category }));
  return path;
}

/** Playbooks a module may point at: every one that is not archived. */
function readablePlaybooks(folder: string): string[] {
  return entries(folder, '.mdx')
    .filter(({ file }) => {
      const frontmatter = extractFrontmatter(readFileSync(join(folder, file), 'utf8'));
      try {
        return (parse(frontmatter?.yaml ?? '') as { confidence?: unknown } | null)?.confidence !== 'archived';
      } catch {
        return true;
      }
    })
    .map(({ id }) => id);
}

function writeModule(request: ScaffoldRequest, title: string): string {
  const path = newPath(request, 'module', title);
  const folder = `${request.content}/playbooks`;
  const playbook = pick(
    request.playbook,
    readablePlaybooks(join(request.root, folder)),
    'playbooks (archived ones excluded)',
    folder,
    '--playbook',
  );
  write(request.root, path, moduleTemplate({ title, playbook }));
  return path;
}

/** Writes a new content file from its template, or explains why it did not. Never overwrites. */
export function scaffold(request: ScaffoldRequest): ScaffoldResult {
  try {
    if (!(KINDS as readonly string[]).includes(request.kind ?? '')) {
      const given = request.kind === undefined ? 'no kind was given' : `"${request.kind}" is not something npm run new can create`;
      throw new Refusal(`${given} — run npm run new -- ${KINDS.join('|')} "Title"`);
    }
    const kind = request.kind as Kind;
    const title = checkTitle(request.title, kind);
    return { ok: true, path: kind === 'module' ? writeModule(request, title) : writePlaybook(request, title) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}
