import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withBuildLock } from '../../scripts/lib/build-lock.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'frontline-lock-'));
  roots.push(root);
  return root;
}
const lockOf = (root: string) => join(root, 'node_modules', '.cache', 'frontline-build.lock');

describe('withBuildLock', () => {
  it('takes the lock in a fresh clone where node_modules/.cache does not exist yet, and releases it', async () => {
    const root = project();
    const inside = await withBuildLock(
      root,
      async () => existsSync(lockOf(root)),
      () => undefined,
    );
    expect([inside, existsSync(lockOf(root))]).toEqual([true, false]);
  });

  it('makes a second build wait until the first has finished', async () => {
    const root = project();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = withBuildLock(
      root,
      () => new Promise<void>((done) => ((release = done), order.push('first starts'))),
      () => undefined,
    );
    const second = withBuildLock(
      root,
      async () => void order.push('second starts'),
      (line) => order.push(line.slice(0, 40)),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    order.push('first ends');
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', `… waiting for another build of this proj`, 'first ends', 'second starts']);
  });

  it('takes over a lock left by a build that is no longer running', async () => {
    const root = project();
    mkdirSync(lockOf(root), { recursive: true });
    writeFileSync(join(lockOf(root), 'pid'), '999999');
    expect(
      await withBuildLock(
        root,
        async () => 'built',
        () => undefined,
      ),
    ).toBe('built');
  });
});
