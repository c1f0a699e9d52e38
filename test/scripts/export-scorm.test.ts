import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogJson } from '../../src/training/catalog.ts';
import { CATALOG } from '../training/export/fixtures.ts';

const site = mkdtempSync(join(tmpdir(), 'frontline-export-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, body: string): void {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(
    join(site, path, 'index.html'),
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/style.x1.css"></head><body>${body}</body></html>`,
  );
}

page('training/assignment', `<script type="application/json" id="training-catalog">${catalogJson(CATALOG)}</script>`);
for (const id of ['calls', 'fees']) page(`training/modules/${id}`, `<article class="training-module"><h1>${id}</h1></article>`);
for (const id of ['greeting', 'fee-waiver']) page(`playbooks/${id}`, `<article class="playbook"><h1>${id}</h1></article>`);
mkdirSync(join(site, '_astro'));
writeFileSync(join(site, '_astro/style.x1.css'), 'body { color: black }');

const exportScorm = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/export-scorm.ts', '--site', site, '--out', join(site, 'out.zip'), ...args], { encoding: 'utf8' });

describe('npm run export:scorm', () => {
  it('writes a SCORM 2004 zip with the manifest, the lesson, its player and stylesheet, and the XSDs', () => {
    const run = exportScorm('--path', 'week-1', '--format', 'scorm2004');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^✓ wrote .*out\.zip \(scorm2004, \d+ bytes, 22 files\): Week 1, 2 modules\n$/);
    const files = Object.keys(unzipSync(readFileSync(join(site, 'out.zip'))));
    expect(files.slice(0, 5)).toEqual(['imsmanifest.xml', 'index.html', 'player.js', 'style.css', 'lesson.css']);
    expect(files).toContain('imscp_v1p1.xsd');
  });

  it('writes the same bytes from the same build', () => {
    exportScorm('--module', 'fees', '--format', 'cmi5');
    const first = readFileSync(join(site, 'out.zip'));
    exportScorm('--module', 'fees', '--format', 'cmi5');
    expect(readFileSync(join(site, 'out.zip')).equals(first)).toBe(true);
  });

  it('names an unknown path or module and lists the valid ones, writing nothing', () => {
    const run = exportScorm('--module', 'refunds', '--module', 'calls', '--format', 'scorm', '--out', join(site, 'refused.zip'));
    expect(run.status).toBe(1);
    expect(existsSync(join(site, 'refused.zip'))).toBe(false);
    expect(run.stderr).toMatchSnapshot();
    expect(exportScorm('--path', 'week-2').stderr).toMatchSnapshot();
  });

  it('says to build the site first when there is none', () => {
    const run = spawnSync(process.execPath, ['scripts/export-scorm.ts', '--site', join(site, 'nowhere'), '--path', 'week-1'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.replaceAll(site, '<site>')).toMatchSnapshot();
  });

  it('explains how to call it when an option is unknown', () => {
    const run = exportScorm('--paths', 'week-1');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatchSnapshot();
  });
});
