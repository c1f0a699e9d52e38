import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroCacheFolder, cacheWrittenSinceManifest } from '../../scripts/lib/astro-cache.ts';

describe('astroCacheFolder', () => {
  it('gives each content folder its own cache under node_modules/.astro', () => {
    expect(astroCacheFolder('content')).toBe('node_modules/.astro/content');
    expect(astroCacheFolder('/tmp/lib-1000/content')).toBe('node_modules/.astro/-tmp-lib-1000-content');
  });

  it('gives each slice of a sliced build its own cache inside its folder’s, and the whole build the folder’s own', () => {
    expect(astroCacheFolder('content', '2/4')).toBe('node_modules/.astro/content/slices/2-of-4');
    expect(astroCacheFolder('content', '1/1')).toBe('node_modules/.astro/content');
    expect(astroCacheFolder('content', undefined)).toBe('node_modules/.astro/content');
  });
});

describe('cacheWrittenSinceManifest', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const cache = () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-astro-cache-'));
    made.push(dir);
    return dir;
  };
  /** Writes a file of the cache as if at `seconds` past an arbitrary moment. */
  const write = (dir: string, path: string, seconds: number) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), 'x');
    utimesSync(join(dir, path), 1_800_000_000 + seconds, 1_800_000_000 + seconds);
  };

  it('trusts a cache whose manifest was written after every page copy, as a finished build leaves it', () => {
    const dir = cache();
    write(dir, 'dist/playbooks/a/index.html', 0);
    write(dir, 'dist/index.html', 1);
    write(dir, 'incremental-build.json', 2);
    expect(cacheWrittenSinceManifest(dir)).toBe(false);
  });

  it('distrusts a cache with a page copy newer than its manifest, as a build stopped while rendering leaves it', () => {
    const dir = cache();
    write(dir, 'dist/playbooks/a/index.html', 0);
    write(dir, 'incremental-build.json', 2);
    write(dir, 'dist/playbooks/b/index.html', 3);
    expect(cacheWrittenSinceManifest(dir)).toBe(true);
  });

  it('has nothing to distrust before the first build, or when no page was kept', () => {
    expect(cacheWrittenSinceManifest(cache())).toBe(false);
    const dir = cache();
    write(dir, 'incremental-build.json', 2);
    expect(cacheWrittenSinceManifest(dir)).toBe(false);
  });
});
