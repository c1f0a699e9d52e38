// public/ is copied into the site as it is, and it arrives through pull requests like everything
// else. Astro follows symbolic links when it copies, so a link to /etc/passwd would publish the
// build machine's file. The check lists it without following links and refuses anything but the
// few kinds of file a static site needs from it; the build runs the check first.
import { FILE_START } from '../diagnostics.ts';
import type { ListedEntry } from '../listing.ts';
import type { Rule, RuleFamily } from '../rule.ts';
import { svgProblem } from '../svg.ts';

/** Files public/ may hold at its top level by exact name. */
const TOP_LEVEL_NAMES = new Set(['sw.js', '_headers', 'favicon.ico', 'favicon.svg']);
/** Kinds of file public/ may hold anywhere: images, plain text and JSON, none of which a browser runs. */
const INERT_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.txt', '.json', '.webmanifest']);
const ALLOWED =
  'favicon.ico or favicon.svg, sw.js and _headers at the top; .png, .jpg, .jpeg, .webp, .txt, .json and .webmanifest anywhere';

const extensionOf = (path: string) => /\.[^./]+$/.exec(path)?.[0].toLowerCase() ?? '';

function allowedName(inFolder: string): boolean {
  return inFolder.includes('/')
    ? INERT_EXTENSIONS.has(extensionOf(inFolder))
    : TOP_LEVEL_NAMES.has(inFolder) || INERT_EXTENSIONS.has(extensionOf(inFolder));
}

const inPublic = (entry: ListedEntry) => entry.area === 'public';

const publicSymlink: Rule = {
  id: 'public/symlink',
  severity: 'error',
  checks: 'A symbolic link in `public/`: the build would publish the file it points at, wherever that is.',
  eachPath(entry, report) {
    if (!inPublic(entry) || entry.kind !== 'symlink') return;
    report({
      position: FILE_START,
      message: `is a symbolic link to ${entry.target ?? 'another file'}: the build would publish the file it points at`,
      fix: 'commit the file itself, or delete the link',
    });
  },
};

const publicNotAFile: Rule = {
  id: 'public/not-a-file',
  severity: 'error',
  checks: 'Something in `public/` that is neither a folder nor a regular file (a pipe, a socket, a device).',
  eachPath(entry, report) {
    if (!inPublic(entry) || entry.kind !== 'other') return;
    report({ position: FILE_START, message: 'is not a regular file', fix: 'delete it' });
  },
};

const publicType: Rule = {
  id: 'public/type',
  severity: 'error',
  checks: `A file \`public/\` does not publish: it takes ${ALLOWED}. Pages and scripts belong in \`src/\`.`,
  eachPath(entry, report) {
    if (!inPublic(entry) || entry.kind !== 'file' || allowedName(entry.inFolder)) return;
    const extension = extensionOf(entry.inFolder);
    report({
      position: FILE_START,
      message: `${extension ? `${extension} files are` : 'a file without an extension is'} not published from public/`,
      fix: `public/ takes ${ALLOWED}; pages and scripts belong in src/, where they are built and reviewed as code`,
    });
  },
};

const activeSvg: Rule = {
  id: 'public/active-svg',
  severity: 'error',
  checks:
    'The `favicon.svg` is not a plain drawing: an element or attribute outside the short list of shapes, paths, groups, gradients and colours (a script, an event handler, a link, a style, animation, a DOCTYPE).',
  eachPath(entry, report) {
    if (!inPublic(entry) || entry.kind !== 'file' || entry.inFolder !== 'favicon.svg') return;
    const problem = entry.text === undefined ? 'it is too large to be an icon' : svgProblem(entry.text);
    if (!problem) return;
    report({
      position: FILE_START,
      message: `is not a plain drawing: ${problem}, and an SVG opened on its own runs with the site's origin`,
      fix: 'export the icon as a plain drawing (shapes, paths and colours only)',
    });
  },
};

export const publicFiles: RuleFamily = {
  title: 'Files in public/',
  introduction: 'Everything in `public/` is published as it is, so the check vets it as strictly as content.',
  rules: [publicSymlink, publicNotAFile, publicType, activeSvg],
};
