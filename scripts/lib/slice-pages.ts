// The Astro side of building in slices (docs/decisions.md, decision 21): which pages a slice
// writes. src/content.config.ts gives the slice only its own playbooks' MDX; this integration keeps
// the pages that list playbooks to the first slice, through Astro's prerenderer hook
// (`setPrerenderer` in astro:build:start). Every slice still bundles every route, so the scripts
// and the stylesheet under _astro/ are the same bytes in every slice.
import { readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { buildsSitePages, type Slice } from '../../src/lib/slices.ts';

/** The one route whose pages are cut into slices; its getStaticPaths reads the slice's collection. */
export const PLAYBOOK_ROUTE = 'src/pages/playbooks/[id].astro';

export function slicePages(slice: Slice): AstroIntegration {
  return {
    name: 'frontline-slice-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (buildsSitePages(slice)) return;
        setPrerenderer((astroDefault) => ({
          ...astroDefault,
          name: 'frontline-slice',
          getStaticPaths: async () => (await astroDefault.getStaticPaths()).filter(({ route }) => route.component === PLAYBOOK_ROUTE),
        }));
      },
    },
  };
}

/**
 * The address of every playbook page in the library, for the sitemap the first slice writes: it
 * renders only its own slice's playbooks, but the sitemap lists the whole site, as one build's does.
 */
export function everyPlaybookUrl(playbooksDir: string, site: string, base: string): string[] {
  const root = new URL(base.replace(/\/?$/, '/'), site);
  return readdirSync(playbooksDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => new URL(`playbooks/${name.slice(0, -'.mdx'.length)}/`, root).href);
}
