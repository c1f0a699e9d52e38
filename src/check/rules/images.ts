// Images in playbooks. Astro's MDX turns every relative image target into an `import`, and an
// import runs the module it names: `![flow](./diagram.mjs)` ran a script at build time. So an image
// target must be a relative path, in plain characters, to a PNG, JPEG or WebP file that is in
// content/ (where file/type has checked it really is one). Images from other sites are refused
// too: every agent opening the page would call that site, and its image can change after review.
import { posix } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { IMAGE_TYPES } from '../content-types.ts';
import type { Position } from '../diagnostics.ts';
import { startOf } from '../mdx-tree.ts';
import type { Rule } from '../rule.ts';
import { isUnsafeUrl } from '../urls.ts';

/** An image a playbook shows: where, its target as written, and the project-relative file it names. */
export interface ContentImage {
  url: string;
  position: Position;
  path: string;
}

const EXTENSIONS = Object.keys(IMAGE_TYPES).join('|');
/** `./name.png`, `../images/name.webp`: dots only as `./` or `../` at the start, no `%`, `?`, `#` or spaces. */
const IMAGE_TARGET = new RegExp(`^(?:\\.\\.?/)+(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(?:${EXTENSIONS})$`);
const NAMES = Object.keys(IMAGE_TYPES)
  .map((extension) => `.${extension}`)
  .join(', ');
const WRITE_IT = `put the image (${NAMES}) in content/, e.g. beside the playbook, and write ![what it shows](./name.png)`;

/** Why an image target is refused, before looking for its file; undefined for a well-formed one. */
export function imageTargetProblem(url: string): { message: string; fix: string } | undefined {
  const shown = JSON.stringify(url.slice(0, 80));
  if (IMAGE_TARGET.test(url)) return undefined;
  if (URL.canParse(url) || url.startsWith('//')) {
    return {
      message: `the image ${shown} is loaded from another site: every agent who opens the page would call it, and it can change after review`,
      fix: `save a copy: ${WRITE_IT}`,
    };
  }
  if (url.startsWith('/')) return { message: `the image ${shown} is not in content/ (a path from the site's root)`, fix: WRITE_IT };
  return {
    message: `the image ${shown} is not a relative path to a ${NAMES} file: the build imports every image target, and an import runs what it names`,
    fix: WRITE_IT,
  };
}

/** The well-formed image targets of a page, resolved against the playbook's own folder. */
export function collectImages(tree: Root, file: string): ContentImage[] {
  const images: ContentImage[] = [];
  visit(tree, 'image', (node) => {
    if (!imageTargetProblem(node.url))
      images.push({ url: node.url, position: startOf(node), path: posix.normalize(posix.join(posix.dirname(file), node.url)) });
  });
  return images;
}

export const imageTarget: Rule = {
  id: 'mdx/image',
  severity: 'error',
  checks:
    'An image that is not a PNG, JPEG or WebP file in `content/`, written as a relative path (`![what it shows](./name.png)`): the build imports every image target, so anything else could run code; images from other sites are refused too.',
  eachFile({ tree }, report) {
    if (!tree) return;
    visit(tree, (node) => {
      if (node.type === 'imageReference') {
        report({
          position: startOf(node),
          message: `the image [${node.label ?? node.identifier}] is written by reference, so its target is elsewhere in the file`,
          fix: 'write the image inline: ![what it shows](./name.png)',
        });
      }
      // A script or data URL is mdx/unsafe-url's to report.
      if (node.type !== 'image' || isUnsafeUrl(node.url)) return;
      const problem = imageTargetProblem(node.url);
      if (problem) report({ position: startOf(node), ...problem });
    });
  },
  allFiles({ playbooks, images }, report) {
    for (const playbook of playbooks) {
      for (const image of playbook.images ?? []) {
        if (images?.has(image.path)) continue;
        report(playbook.file, {
          position: image.position,
          message: `the image ${JSON.stringify(image.url)} is not an image in content/ (looked for ${image.path})`,
          fix: 'add the image there, or correct the path (names are case-sensitive)',
        });
      }
    }
  },
};
