// The attacks of issue #12, each a case file of test/fixtures/attacks/ (or, where it cannot be
// committed, built in a temporary folder): npm run check must refuse each with a located message,
// and keep going to report every other file's problems.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CORPUS = 'test/fixtures/attacks';

function runCheck(content: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: content, GITHUB_ACTIONS: '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trim().split('\n') };
}

const corpus = runCheck(CORPUS);
const caseFiles = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
  .filter((name) => /(^|\/)\d{2}-[^/]*$/.test(name))
  .sort()
  .map((name) => `${CORPUS}/${name}`);

describe('npm run check on the attacks of issue #12', () => {
  it('fails, with no stack trace, and names every case with its file and line', () => {
    expect(corpus.status).toBe(1);
    expect(corpus.stderr).toBe('');
    for (const file of caseFiles)
      expect(
        corpus.lines.some((line) => line.startsWith(`${file}:`)),
        file,
      ).toBe(true);
  });

  it.each(caseFiles)('reports %s with the expected message', (file) => {
    expect(corpus.lines.filter((line) => line.startsWith(`${file}:`))).toMatchSnapshot();
  });

  it('prints nothing GitHub Actions would read as a command but its own annotations, under GITHUB_ACTIONS=true', () => {
    const result = runCheck(CORPUS, { GITHUB_ACTIONS: 'true' });
    const commands = result.stdout.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(error|warning) file=[^\n]*$/);
  });
});
