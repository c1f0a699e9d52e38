import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the e2e tests' copy of the real site is built (outside dist/, so tests never clobber it). */
export const E2E_SITE = resolve('node_modules/.cache/frontline-e2e/site');

/** Builds the real site once per test run with the project's own build script. */
export function buildSiteOnce(): string {
  if (process.env['FRONTLINE_E2E_REUSE'] === '1' && existsSync(`${E2E_SITE}/index.html`)) return E2E_SITE;
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', E2E_SITE], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: 'content' },
  });
  if (build.status !== 0) throw new Error(`site build failed:\n${build.stdout}\n${build.stderr}`);
  return E2E_SITE;
}
