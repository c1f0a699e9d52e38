import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaybooks, withoutLinksToOtherPlaybooks, writeSyntheticLibrary } from '../../../scripts/bench/synthetic.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { formatDiagnostic } from '../../../src/check/diagnostics.ts';
import { readContentFiles } from '../../../src/check/read-content.ts';
import { TODAY } from '../../helpers/content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'frontline-synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeSyntheticLibrary', () => {
  it('writes a library the content check accepts, so the benchmark never stops on its own input', () => {
    const library = join(scratch, 'library');
    writeSyntheticLibrary(library, 3);
    expect(countPlaybooks(library)).toBe(4);
    const { diagnostics } = checkContent(readContentFiles(process.cwd(), library), { today: TODAY });
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });
});

describe('withoutLinksToOtherPlaybooks', () => {
  it('keeps the words of a link to a sibling playbook and empties the related list', () => {
    const source =
      'related: [fee-waiver-judgment]\n---\nSee [third-party authority](../third-party-authority/) and [a site](https://example.com/).';
    expect(withoutLinksToOtherPlaybooks(source)).toBe('related: []\n---\nSee third-party authority and [a site](https://example.com/).');
  });
});
