import { resolve } from 'node:path';
import { formatDiagnostic, formatGithubAnnotation, printable, sortDiagnostics, summarize } from './diagnostics.ts';
import { factsCacheFile } from './check-cache.ts';
import { contentRole } from './content-types.ts';
import { listFolder } from './listing.ts';
import { contentFolder, publicFolder, readContentFiles } from './read-content.ts';
import { checkContentInParallel } from './parallel.ts';

export interface CheckOptions {
  root: string;
  /** Warnings fail the run too. */
  strict: boolean;
  /** Also print GitHub Actions annotations. */
  github: boolean;
  /** List external links found in content. */
  listExternal: boolean;
  today: Date;
  /** Reuse each unchanged playbook's own check from the last run (src/check/check-cache.ts); false for a cold check. */
  cache?: boolean;
  log: (line: string) => void;
}

/** Runs the content check and prints its report; returns true when the content may be built. */
export async function runCheck(options: CheckOptions): Promise<boolean> {
  const files = readContentFiles(options.root);
  // public/ is published as it is; its files are vetted with the content's.
  files.listing = [...(files.listing ?? []), ...listFolder(options.root, resolve(options.root, publicFolder()), 'public')];
  if (files.playbooks.length === 0) {
    // A check that found nothing must not pass: it would wave through a build of the wrong folder.
    options.log(
      `✗ no playbooks found in ${contentFolder()}/playbooks — run from the project root, or point FRONTLINE_CONTENT at a content folder`,
    );
    return false;
  }
  const cacheFile = options.cache === false ? undefined : factsCacheFile(options.root, contentFolder());
  // The report is the same whether playbooks came from the cache or not, so it says nothing of it.
  const { diagnostics, externalLinks } = await checkContentInParallel(files, { today: options.today, cacheFile });
  const sorted = sortDiagnostics(diagnostics);
  for (const d of sorted) options.log(formatDiagnostic(d));
  if (options.github) for (const d of sorted) options.log(formatGithubAnnotation(d));
  if (options.listExternal && externalLinks.length) {
    options.log(`\nExternal links (listed, not fetched):`);
    for (const link of externalLinks) options.log(printable(`  ${link.file}  ${link.url}`));
  }
  const { errors, warnings } = summarize(sorted);
  // Every entry of content/ but the empty .gitkeep files that hold folders in place.
  const fileCount = files.listing.filter((entry) => entry.area === 'content' && contentRole(entry.inFolder)?.kind !== 'placeholder').length;
  const failed = errors > 0 || (options.strict && warnings > 0);
  options.log(
    `${failed ? '✗' : '✓'} checked ${fileCount} content files: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${
      options.strict && warnings > 0 ? ' (--strict: warnings fail)' : ''
    }`,
  );
  return !failed;
}
