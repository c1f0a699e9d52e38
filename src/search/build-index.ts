import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fragmentWithoutText, readFragment } from './fragments.ts';
import { pageFiltersJson } from './page-filters.ts';
import { buildVocabulary, VOCABULARY_DIR, VOCABULARY_HEAD, type IndexedPage } from './vocabulary.ts';

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
    writeVocabularyAndFilters(siteDir, readAndTrimFragments(join(siteDir, 'pagefind')));
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/**
 * The pages Pagefind indexed, read from the fragments it wrote (exactly what search finds), each
 * fragment written back without the page's text (src/search/fragments.ts says why).
 */
export function readAndTrimFragments(pagefindDir: string): IndexedPage[] {
  const folder = join(pagefindDir, 'fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      const fragment = readFragment(readFileSync(file));
      writeFileSync(file, fragmentWithoutText(fragment));
      return { id: name.slice(0, -'.pf_fragment'.length), content: fragment.content, meta: fragment.meta, filters: fragment.filters };
    });
}

/** A file name that carries its content's hash, so it can be cached for good. */
function hashedName(stem: string, json: string): string {
  return `${stem}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
}

/**
 * Writes the vocabulary of the indexed pages (src/search/vocabulary.ts) to
 * `<siteDir>/search-vocabulary/`, with the file of which pages carry which filter value
 * (src/search/page-filters.ts), named in the head.
 */
export function writeVocabularyAndFilters(siteDir: string, pages: readonly IndexedPage[]): void {
  const { head, files } = buildVocabulary(pages, hashedName);
  const filters = pageFiltersJson(pages);
  const filtersFile = hashedName('filters', filters);
  files.set(filtersFile, filters);
  const folder = join(siteDir, VOCABULARY_DIR);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, json] of files) writeFileSync(join(folder, name), json);
  writeFileSync(join(folder, VOCABULARY_HEAD), JSON.stringify({ ...head, filters: filtersFile }));
}
