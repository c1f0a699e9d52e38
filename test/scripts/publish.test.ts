import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { previousOf, publishBuild, recoverInterruptedPublish } from '../../scripts/lib/publish.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-publish-'));
  folders.push(dir);
  return dir;
}
function site(dir: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  return dir;
}
const home = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

describe('publishBuild', () => {
  it('replaces the site and leaves neither the scratch folder nor the previous site behind', () => {
    const dir = workspace();
    const out = site(join(dir, 'dist'), 'old');
    publishBuild(site(join(dir, 'dist.building'), 'new'), out);
    expect([home(out), existsSync(join(dir, 'dist.building')), existsSync(previousOf(out))]).toEqual(['new', false, false]);
  });

  it('publishes the first build, when there is no site yet', () => {
    const dir = workspace();
    publishBuild(site(join(dir, 'dist.building'), 'new'), join(dir, 'dist'));
    expect(home(join(dir, 'dist'))).toBe('new');
  });
});

describe('recoverInterruptedPublish', () => {
  it('puts the previous site back when a build was killed between the two renames', () => {
    const dir = workspace();
    const out = join(dir, 'dist');
    site(previousOf(out), 'old');
    expect(recoverInterruptedPublish(out)).toBe('restored');
    expect([home(out), existsSync(previousOf(out))]).toEqual(['old', false]);
  });

  it('deletes a leftover previous site when the new one was already in place', () => {
    const dir = workspace();
    const out = site(join(dir, 'dist'), 'new');
    site(previousOf(out), 'old');
    expect(recoverInterruptedPublish(out)).toBe('cleaned');
    expect([home(out), existsSync(previousOf(out))]).toEqual(['new', false]);
  });

  it('does nothing after a build that finished', () => {
    const dir = workspace();
    const out = site(join(dir, 'dist'), 'site');
    expect(recoverInterruptedPublish(out)).toBe('nothing');
    expect(home(out)).toBe('site');
  });
});
