import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { readContentFiles } from '../../src/check/read-content.ts';
import { checkContentInParallel } from '../../src/check/parallel.ts';
import { syntheticPlaybook } from '../../scripts/bench/synthetic.ts';

describe('checkContentInParallel', () => {
  it('reports exactly what the sequential check reports, in the same order, for a large mixed library', async () => {
    const corpus = readContentFiles(process.cwd(), 'test/fixtures/bad-content');
    const synthetic = Array.from({ length: 420 }, (_, i) => ({ path: `lib/playbooks/synthetic-${i}.mdx`, source: syntheticPlaybook(i) }));
    const files = { ...corpus, playbooks: [...corpus.playbooks, ...synthetic] };
    const today = new Date('2026-11-25T00:00:00Z');
    const parallel = await checkContentInParallel(files, { today });
    expect(parallel).toEqual({ ...checkContent(files, { today }), checkedPlaybooks: files.playbooks.length });
    expect(parallel.diagnostics.length).toBeGreaterThan(40);
  }, 60_000);
});
