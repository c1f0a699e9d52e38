import { describe, expect, it } from 'vitest';
import { buildsSitePages, filesInSlice, formatSlice, parseSlice, parseSliceCount, sliceOf, slicesFor } from '../../src/lib/slices.ts';

const library = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `playbook-${String(i + from).padStart(5, '0')}.mdx`);
const slicesOf = (files: string[], count: number) => Array.from({ length: count }, (_, i) => filesInSlice(files, { index: i + 1, count }));

describe('parseSlice', () => {
  it('reads k/n into the k-th of n slices', () => {
    expect(parseSlice('2/4')).toEqual({ index: 2, count: 4 });
    expect(formatSlice(parseSlice(' 1/1 '))).toBe('1/1');
  });

  it.each(['0/4', '5/4', '2/0', '2', 'two/four', '-1/4', '1/4/2'])('refuses %s, saying what a slice looks like', (text) => {
    expect(() => parseSlice(text)).toThrowErrorMatchingSnapshot();
  });
});

describe('parseSliceCount', () => {
  it('reads a whole number of slices', () => expect(parseSliceCount('4')).toBe(4));
  it.each(['0', 'four', '1.5'])('refuses %s, saying what a number of slices looks like', (text) => {
    expect(() => parseSliceCount(text)).toThrowErrorMatchingSnapshot();
  });
});

describe('sliceOf and filesInSlice', () => {
  it('put every playbook in exactly one slice, whatever the number of slices', () => {
    const files = library(500);
    for (const count of [1, 2, 3, 4, 7]) {
      const slices = slicesOf(files, count);
      expect(slices.flat().sort(), `${count} slices`).toEqual([...files].sort());
      expect(new Set(slices.flat()).size).toBe(files.length);
    }
  });

  it('give a playbook the same slice on every machine: it depends only on its path and the number of slices', () => {
    // A Windows path names the same file, so it lands in the same slice.
    expect(sliceOf('billing\\refunds.mdx', 4)).toBe(sliceOf('billing/refunds.mdx', 4));
    // Pinned values: a change of hash would move every playbook and silently invalidate slices' caches.
    expect(['identity-verification.mdx', 'bereavement.mdx', 'synthetic-00001.mdx'].map((file) => sliceOf(file, 4))).toMatchSnapshot();
  });

  it('never move a playbook to another slice when others are added or deleted', () => {
    const before = library(1000);
    const after = [...library(900), ...library(300, 5000)];
    for (let index = 1; index <= 4; index++) {
      const kept = filesInSlice(after, { index, count: 4 }).filter((file) => before.includes(file));
      expect(kept).toEqual(filesInSlice(before, { index, count: 4 }).filter((file) => after.includes(file)));
    }
  });

  it('cut 10,000 playbooks into four slices within 5 % of a quarter each', () => {
    for (const slice of slicesOf(library(10_000), 4)) expect(Math.abs(slice.length - 2500)).toBeLessThan(125);
  });

  it('leave one slice holding the whole library', () => {
    expect(filesInSlice(['b.mdx', 'a.mdx'], { index: 1, count: 1 })).toEqual(['a.mdx', 'b.mdx']);
  });
});

describe('buildsSitePages', () => {
  it('gives the pages that list playbooks to the first slice only', () => {
    expect([1, 2, 3].map((index) => buildsSitePages({ index, count: 3 }))).toEqual([true, false, false]);
  });
});

describe('slicesFor', () => {
  it('builds libraries up to 4,000 playbooks in one slice, and larger ones in slices of at most 2,500', () => {
    expect([0, 38, 2000, 4000, 4001, 10_000, 10_001, 50_000].map(slicesFor)).toEqual([1, 1, 1, 1, 2, 4, 5, 20]);
  });
});
