// public/ is copied into the site as it is, and it arrives through pull requests like everything
// else. Astro follows symbolic links when it copies, so a link to /etc/passwd publishes the build
// machine's file. The build vets the folder first and refuses anything but the few kinds of file
// a static site needs from it.
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Files public/ may hold at its top level by exact name. */
const TOP_LEVEL_NAMES = new Set(['sw.js', '_headers', 'favicon.ico', 'favicon.svg']);
/** Kinds of file public/ may hold anywhere: images, plain text and JSON, none of which a browser runs. */
const INERT_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.txt', '.json', '.webmanifest']);
const ALLOWED =
  'favicon.ico or favicon.svg, sw.js and _headers at the top; .png, .jpg, .jpeg, .webp, .txt, .json and .webmanifest anywhere';
/** An SVG opened on its own runs its scripts with the site's origin (and its offline cache). */
const ACTIVE_SVG = /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:/i;

export interface PublicFileProblem {
  /** Path inside public/, with forward slashes. */
  path: string;
  rule: 'public/symlink' | 'public/not-a-file' | 'public/type' | 'public/active-svg';
  message: string;
  fix: string;
}

/** `path  rule  message — fix`, the shape of every check's report. */
export function formatPublicFileProblem(problem: PublicFileProblem, folder = 'public'): string {
  return `${folder}/${problem.path}  ${problem.rule}  ${problem.message} — ${problem.fix}`;
}

function problemWith(dir: string, path: string): PublicFileProblem | undefined {
  const full = join(dir, path);
  const stat = lstatSync(full);
  if (stat.isSymbolicLink()) {
    return {
      path,
      rule: 'public/symlink',
      message: `is a symbolic link to ${readlinkSync(full)}: the build would publish the file it points at`,
      fix: 'commit the file itself, or delete the link',
    };
  }
  if (!stat.isFile()) return { path, rule: 'public/not-a-file', message: 'is not a regular file', fix: 'delete it' };
  const allowed = path.includes('/')
    ? INERT_EXTENSIONS.has(extname(path).toLowerCase())
    : TOP_LEVEL_NAMES.has(path) || INERT_EXTENSIONS.has(extname(path).toLowerCase());
  if (!allowed) {
    return {
      path,
      rule: 'public/type',
      message: `${extname(path) ? `${extname(path)} files are` : 'a file without an extension is'} not published from public/`,
      fix: `public/ takes ${ALLOWED}; pages and scripts belong in src/, where they are built and reviewed as code`,
    };
  }
  if (path === 'favicon.svg' && ACTIVE_SVG.test(readFileSync(full, 'utf8'))) {
    return {
      path,
      rule: 'public/active-svg',
      message: 'has a script, an event handler, a javascript: link or foreignObject, which run when the icon is opened on its own',
      fix: 'export the icon as a plain drawing (shapes and styles only)',
    };
  }
  return undefined;
}

/** Every entry under `dir`, depth first in path order; never enters a linked folder (Node's own recursive listing does). */
function entriesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? entriesUnder(dir, path) : [path];
    });
}

/** Every file in public/ the build will not publish, in path order; none means the folder is safe to copy. */
export function checkPublicFolder(dir: string): PublicFileProblem[] {
  if (!existsSync(dir)) return [];
  return entriesUnder(dir)
    .map((path) => problemWith(dir, path))
    .filter((problem) => problem !== undefined);
}
