import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'frontline-search-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function report(lines: string[], ...args: string[]) {
  const file = join(folder, 'signals.ndjson');
  writeFileSync(file, lines.join('\n'));
  const result = spawnSync(process.execPath, ['scripts/search-report.ts', file, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replaceAll(file, '<log>').trim() };
}

describe('npm run search-report', () => {
  it('prints the content-gap list of a log and exits 0', () => {
    const result = report(['{"q":"esim","results":0,"opened":null}', '{"q":"refund","results":2,"opened":null}'], '--top', '5');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('| esim | 1 | 1 |');
    expect(result.stdout).toContain('| refund | 1 | 1 |');
  });

  it('names every line that is not a signal, by file and line, and exits 1', () => {
    const result = report(['{"q":"esim","results":0,"opened":null}', 'oops', '{"q":"x","results":"2","opened":null}']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "<log>:2 (line) is not JSON: each line must be one signal, {"q": "…", "results": 0, "opened": null}
      <log>:3 results must be the number of results, a whole number from 0
      ✗ 2 lines of <log> are not search signals; fix or remove them and run again."
    `);
  });

  it('says how to call it without a file or with a bad --top', () => {
    const none = spawnSync(process.execPath, ['scripts/search-report.ts'], { encoding: 'utf8' });
    expect([none.status, none.stderr.trim()]).toEqual([
      1,
      '✗ npm run search-report: name one log file. usage: npm run search-report -- <log.ndjson> [--top 20]',
    ]);
    expect(report([], '--top', 'ten').stderr).toBe(
      '✗ npm run search-report: --top "ten" is not a whole number from 1. usage: npm run search-report -- <log.ndjson> [--top 20]',
    );
  });
});
