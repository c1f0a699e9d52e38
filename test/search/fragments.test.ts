import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentWithoutText, readFragment } from '../../src/search/fragments.ts';

const written = {
  url: '/playbooks/port-rejected/',
  content: 'Porting rejected. Confirm the old line is still active before anything else.',
  word_count: 12,
  filters: { type: ['playbook'] },
  meta: { title: 'Port rejected', say: 'I can see why the port stopped.' },
  anchors: [{ element: 'h2', id: 'say', text: 'Say', location: 3 }],
};
const pagefindFile = (fields: object) => gzipSync(`pagefind_dcd${JSON.stringify(fields)}`);

describe('fragments', () => {
  it('reads a fragment as Pagefind writes it: gzip, signature, JSON', () => {
    expect(readFragment(pagefindFile(written))).toEqual(written);
  });

  it('writes a fragment back without the page text and with every other field as it was', () => {
    const trimmed = readFragment(fragmentWithoutText(readFragment(pagefindFile(written))));
    expect(trimmed).toEqual({ ...written, content: '' });
  });

  it('keeps the signature Pagefind checks before skipping its own inflate', () => {
    expect(gunzipSync(fragmentWithoutText(readFragment(pagefindFile(written)))).toString('utf8')).toMatch(/^pagefind_dcd\{/);
  });

  it('makes a fragment smaller by about its text', () => {
    const text = Array.from({ length: 600 }, (_, word) => `step${word * 7919}`).join(' ');
    const page = { ...written, content: text };
    expect(fragmentWithoutText(readFragment(pagefindFile(page))).length).toBeLessThan(pagefindFile(page).length / 2);
  });
});
