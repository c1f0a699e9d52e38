// Content loaders for building playbook pages in slices (docs/decisions.md, decision 21). Astro
// bundles the MDX module of every entry of an MDX collection into the prerender bundle, whichever
// pages render it: that bundle was the build's peak memory at 10,000 playbooks. So the playbooks
// are loaded twice, both with Astro's own glob loader: once without their MDX modules (every
// playbook's frontmatter, for the pages that list or link to them), once with them but only for the
// slice this build renders pages for.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { filesInSlice, type Slice } from './slices.ts';

interface FolderOptions {
  /** The folder, relative to the project root or absolute, as for glob(). */
  base: string;
  extension: string;
}

/**
 * Every file's frontmatter, validated, and nothing to render: entries are stored without Astro's
 * deferred-render mark, so no MDX module is imported for them. `render()` cannot be called on
 * these entries; pages render the `playbookPages` collection.
 */
export function frontmatterOnly({ base, extension }: FolderOptions): Loader {
  const files = glob({ pattern: `**/*.${extension}`, base, retainBody: false });
  return {
    name: 'frontline-frontmatter-only',
    load: (context: LoaderContext) =>
      files.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => context.store.set({ ...entry, deferredRender: false }),
          addModuleImport: () => undefined,
        },
      }),
  };
}

/** Files with this extension anywhere under `dir`, as paths relative to it with `/`. */
function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith(`.${extension}`));
}

/**
 * The files of `slice` (src/lib/slices.ts), loaded by Astro's glob loader as usual, so their
 * entries render. The whole folder when there is one slice.
 */
export function sliceOfFolder({ base, extension }: FolderOptions, slice: Slice): Loader {
  return {
    name: 'frontline-slice',
    load: async (context: LoaderContext) => {
      if (slice.count === 1) return glob({ pattern: `**/*.${extension}`, base }).load(context);
      const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, context.config.root));
      const files = filesInSlice(listFiles(dir, extension), slice);
      // An empty slice (a small library cut in many): glob() would warn that nothing matched.
      if (files.length === 0) return context.store.clear();
      // Playbook file names are ids (kebab-case, checked by npm run check), so each is a literal pattern.
      return glob({ pattern: files, base }).load(context);
    },
  };
}
