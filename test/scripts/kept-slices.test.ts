import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  codeDigest,
  forgetKept,
  forgetKeptSlicesOfOtherCounts,
  frontmatterOf,
  isKept,
  keptSliceFolder,
  markKept,
  sliceKeys,
  type ContentFile,
} from '../../scripts/lib/kept-slices.ts';
import { sliceOf } from '../../src/lib/slices.ts';

const work = mkdtempSync(join(tmpdir(), 'frontline-kept-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const playbook = (title: string, body: string) => `---\ntitle: ${title}\nsummary: What to do.\n---\n\n## Steps\n\n${body}\n`;
const file = (path: string, text: string): ContentFile => ({ path, bytes: Buffer.from(text) });

// Twelve playbooks cut in three slices, and a team file.
const paths = Array.from({ length: 12 }, (_, i) => `porting-${i}.mdx`);
const library = [
  ...paths.map((path) => file(`playbooks/${path}`, playbook(path, 'Confirm the line is active.'))),
  file('teams/porting-desk.yaml', 'name: Porting desk\n'),
];
const edited = (path: string, text: string) => library.map((entry) => (entry.path === path ? file(path, text) : entry));
const changedSlices = (before: string[], after: string[]) => before.flatMap((key, i) => (key === after[i] ? [] : [i + 1]));
const keysOf = (files: ContentFile[]) => sliceKeys(files, 3, 'code and settings');

describe('frontmatterOf', () => {
  it('is the text up to the line that closes the frontmatter', () => {
    expect(frontmatterOf(playbook('Port rejected', 'Say sorry.'))).toBe('---\ntitle: Port rejected\nsummary: What to do.\n');
  });

  it('is the whole text when the frontmatter is never closed', () => {
    expect(frontmatterOf('---\ntitle: Open\n')).toBe('---\ntitle: Open\n');
  });
});

describe('sliceKeys', () => {
  const before = keysOf(library);
  const fixed = paths[4] ?? '';
  const fixedSlice = sliceOf(fixed, 3);

  it('changes only the key of the slice whose playbook’s text was fixed', () => {
    const after = keysOf(edited(`playbooks/${fixed}`, playbook(fixed, 'Confirm the line is still active.')));
    expect(changedSlices(before, after)).toEqual([fixedSlice]);
  });

  it('changes every key when a playbook’s frontmatter changes: every slice lists or links to it', () => {
    const after = keysOf(edited(`playbooks/${fixed}`, playbook(`${fixed}, renamed`, 'Confirm the line is active.')));
    expect(changedSlices(before, after)).toEqual([1, 2, 3]);
  });

  it('changes every key when a data file changes, or the code, settings or day', () => {
    expect(changedSlices(before, keysOf(edited('teams/porting-desk.yaml', 'name: Porting team\n')))).toEqual([1, 2, 3]);
    expect(changedSlices(before, sliceKeys(library, 3, 'other code'))).toEqual([1, 2, 3]);
  });

  it('changes every key when a playbook is added (the lists show it)', () => {
    expect(changedSlices(before, keysOf([...library, file('playbooks/new.mdx', playbook('New', 'Step.'))]))).toEqual([1, 2, 3]);
  });

  it('gives each slice a key of its own', () => {
    expect(new Set(before).size).toBe(3);
  });
});

describe('kept slices', () => {
  it('are reused only when complete and built from the same key', () => {
    const folder = keptSliceFolder(work, '/content', { index: 2, count: 3 });
    mkdirSync(folder, { recursive: true });
    expect(isKept(folder, 'key')).toBe(false);
    markKept(folder, 'key');
    expect([isKept(folder, 'key'), isKept(folder, 'other key')]).toEqual([true, false]);
    forgetKept(folder);
    expect(isKept(folder, 'key')).toBe(false);
  });

  it('of another number of slices are deleted when the library is cut anew', () => {
    for (const slice of [1, 2, 3]) mkdirSync(keptSliceFolder(work, '/library', { index: slice, count: 3 }), { recursive: true });
    markKept(keptSliceFolder(work, '/library', { index: 1, count: 3 }), 'key');
    mkdirSync(keptSliceFolder(work, '/library', { index: 1, count: 4 }), { recursive: true });
    forgetKeptSlicesOfOtherCounts(work, '/library', 4);
    expect(readdirSync(join(keptSliceFolder(work, '/library', { index: 1, count: 4 }), '..'))).toEqual(['1-of-4']);
  });
});

describe('codeDigest', () => {
  it('changes when a file of the site’s code changes, and not when a test does', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'src'), { recursive: true });
    mkdirSync(join(project, 'test'), { recursive: true });
    writeFileSync(join(project, 'src', 'page.astro'), '<h1>Frontline</h1>');
    writeFileSync(join(project, 'astro.config.mjs'), 'export default {};');
    const before = codeDigest(project);
    writeFileSync(join(project, 'test', 'page.test.ts'), 'it("…")');
    expect(codeDigest(project)).toBe(before);
    writeFileSync(join(project, 'src', 'page.astro'), '<h1>Frontline!</h1>');
    expect(codeDigest(project)).not.toBe(before);
  });
});
