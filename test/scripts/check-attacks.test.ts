// The attacks of issue #12, each a case file of test/fixtures/attacks/ (or, where it cannot be
// committed, built in a temporary folder): npm run check must refuse each with a located message,
// and keep going to report every other file's problems.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

describe('npm run check on a content folder with symbolic links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('test/fixtures/warnings-only', dir, { recursive: true });
  // Two links to the folder itself: a listing that follows links never ends.
  symlinkSync('.', join(dir, 'playbooks', 'loop-a'));
  symlinkSync('.', join(dir, 'playbooks', 'loop-b'));
  symlinkSync('/etc/passwd', join(dir, 'playbooks', 'passwd.mdx'));
  symlinkSync('/etc', join(dir, 'teams', 'etc'));

  it('finishes, refuses every link with where it points, and reads none of them', () => {
    const started = performance.now();
    const result = runCheck(dir);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.status).toBe(1);
    const refused = result.lines
      .filter((line) => line.includes('file/symlink'))
      .map((line) => line.replace(dir, '<content>').replace(/^.*?(<content>)/, '$1'));
    expect(refused).toEqual([
      '<content>/playbooks/loop-a:1:1  file/symlink  is a symbolic link to .: the build would read what it points at — commit the file itself in its place, or delete the link',
      '<content>/playbooks/loop-b:1:1  file/symlink  is a symbolic link to .: the build would read what it points at — commit the file itself in its place, or delete the link',
      '<content>/playbooks/passwd.mdx:1:1  file/symlink  is a symbolic link to /etc/passwd: the build would read what it points at — commit the file itself in its place, or delete the link',
      '<content>/teams/etc:1:1  file/symlink  is a symbolic link to /etc: the build would read what it points at — commit the file itself in its place, or delete the link',
    ]);
    expect(result.stdout).not.toContain('root:');
  });
});
