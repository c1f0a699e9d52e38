import * as pagefind from 'pagefind';

export interface IndexStats {
  pages: number;
  seconds: number;
}

function failOn(errors: string[], step: string): void {
  if (errors.length) throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes a built site with Pagefind's Node API and writes `<siteDir>/pagefind/`. Every response's
 * `errors` is checked, so an indexing problem fails the build instead of shipping a broken search.
 * Only elements marked `data-pagefind-body` are indexed (playbook bodies, not page chrome).
 */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    failOn(errors, 'starting');
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: siteDir });
    failOn(added.errors, `reading ${siteDir}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    failOn(written.errors, 'writing the index');
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
