// What content/ may hold, by path: an allow-list. Each collection's files (src/schemas/collections.ts)
// where the build reads them, and raster images anywhere. Everything else — scripts, SVG, HTML,
// files with an unknown or upper-case extension, files in the wrong folder — is refused, because
// the build turns an image target in MDX into an import, and an import runs whatever it names.
import { collectionList, type CollectionName } from '../schemas/collections.ts';

/** Image types a playbook may show, with the bytes each file must start with. */
export const IMAGE_TYPES = {
  png: { name: 'PNG', starts: (head: Uint8Array) => matches(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { name: 'JPEG', starts: (head: Uint8Array) => matches(head, 0, [0xff, 0xd8, 0xff]) },
  jpeg: { name: 'JPEG', starts: (head: Uint8Array) => matches(head, 0, [0xff, 0xd8, 0xff]) },
  webp: {
    name: 'WebP',
    starts: (head: Uint8Array) => matches(head, 0, [0x52, 0x49, 0x46, 0x46]) && matches(head, 8, [0x57, 0x45, 0x42, 0x50]),
  },
} as const;

export type ImageExtension = keyof typeof IMAGE_TYPES;

function matches(head: Uint8Array, at: number, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => head[at + i] === byte);
}

/** The extension of an allowed image (`png`), or undefined. Lower case only: the build's patterns are case-sensitive. */
export function imageExtension(path: string): ImageExtension | undefined {
  const extension = /\.([a-z]+)$/.exec(path)?.[1];
  return extension && Object.hasOwn(IMAGE_TYPES, extension) ? (extension as ImageExtension) : undefined;
}

export type ContentRole =
  { kind: 'entry'; collection: CollectionName } | { kind: 'image'; extension: ImageExtension } | { kind: 'placeholder' };

/** What a file at `inFolder` (a path inside content/) is to the build, or undefined when content/ may not hold it. */
export function contentRole(inFolder: string): ContentRole | undefined {
  for (const collection of collectionList()) {
    if (
      'file' in collection
        ? inFolder === collection.file
        : inFolder.startsWith(`${collection.folder}/`) && inFolder.endsWith(`.${collection.extension}`)
    ) {
      return { kind: 'entry', collection: collection.name };
    }
  }
  const extension = imageExtension(inFolder);
  if (extension) return { kind: 'image', extension };
  // Git keeps no empty folders; an empty .gitkeep holds one in place and the build never reads it.
  if (/(^|\/)\.gitkeep$/.test(inFolder)) return { kind: 'placeholder' };
  return undefined;
}

/** What content/ may hold, for messages. */
export function contentAllowList(): string {
  const entries = collectionList().map((collection) =>
    'file' in collection ? collection.file : `${collection.folder}/*.${collection.extension}`,
  );
  return `${entries.join(', ')}, and images (${Object.keys(IMAGE_TYPES)
    .map((extension) => `.${extension}`)
    .join(', ')}) anywhere`;
}
