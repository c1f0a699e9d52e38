import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroCacheFolder, buildTrustingOnlyFinishedCaches } from '../../scripts/lib/astro-cache.ts';

describe('astroCacheFolder', () => {
  it('gives each content folder its own cache under node_modules/.astro', () => {
    expect(astroCacheFolder('content')).toBe('node_modules/.astro/content');
    expect(astroCacheFolder('/tmp/lib-1000/content')).toBe('node_modules/.astro/-tmp-lib-1000-content');
  });
});

describe('buildTrustingOnlyFinishedCaches', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const cacheDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-astro-cache-'));
    made.push(dir);
    return join(dir, 'cache');
  };
  const runs: boolean[] = [];
  const build = async (cold: boolean) => {
    runs.push(cold);
  };
  const failing = async () => {
    throw new Error('a page failed to render');
  };

  it('trusts the cache after a build that finished', async () => {
    const dir = cacheDir();
    expect(await buildTrustingOnlyFinishedCaches(dir, false, build)).toBe(false);
    expect(await buildTrustingOnlyFinishedCaches(dir, false, build)).toBe(false);
    expect(existsSync(join(dir, 'frontline-build-unfinished'))).toBe(false);
  });

  it('builds cold once after a build that failed or was stopped, then trusts the cache again', async () => {
    const dir = cacheDir();
    await expect(buildTrustingOnlyFinishedCaches(dir, false, failing)).rejects.toThrow('a page failed to render');
    expect(existsSync(join(dir, 'frontline-build-unfinished'))).toBe(true);
    runs.length = 0;
    expect(await buildTrustingOnlyFinishedCaches(dir, false, build)).toBe(true);
    expect(await buildTrustingOnlyFinishedCaches(dir, false, build)).toBe(false);
    expect(runs).toEqual([true, false]);
  });

  it('builds cold when asked to', async () => {
    expect(await buildTrustingOnlyFinishedCaches(cacheDir(), true, build)).toBe(true);
  });
});
