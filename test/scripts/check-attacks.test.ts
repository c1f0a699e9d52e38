// The attacks of issue #12, each a case file of test/fixtures/attacks/ (or, where it cannot be
// committed, built in a temporary folder): npm run check must refuse each with a located message,
// and keep going to report every other file's problems.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
      // The check prints paths relative to the project, whatever folder the temporary one is in.
      .map((line) => line.slice(line.indexOf(basename(dir))).replace(basename(dir), '<content>'));
    expect(refused).toEqual([
      '<content>/playbooks/loop-a:1:1  file/symlink  is a symbolic link to .: the build would read what it points at — commit the file itself in its place, or delete the link',
      '<content>/playbooks/loop-b:1:1  file/symlink  is a symbolic link to .: the build would read what it points at — commit the file itself in its place, or delete the link',
      '<content>/playbooks/passwd.mdx:1:1  file/symlink  is a symbolic link to /etc/passwd: the build would read what it points at — commit the file itself in its place, or delete the link',
      '<content>/teams/etc:1:1  file/symlink  is a symbolic link to /etc: the build would read what it points at — commit the file itself in its place, or delete the link',
    ]);
    expect(result.stdout).not.toContain('root:');
  });
});

describe('npm run check on files too large or too deeply nested to read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('test/fixtures/warnings-only', dir, { recursive: true });
  const playbook = readFileSync('test/fixtures/warnings-only/playbooks/overdue-with-todo.mdx', 'utf8');
  // 60 KB of nested block quotes, under the size limit: the check's parser needs about a minute for
  // this (147 s for 100 KB, then it overflowed its stack), so the nesting is found before it runs.
  writeFileSync(join(dir, 'playbooks', 'quotes.mdx'), `${playbook}\n${'>'.repeat(60_000)} hi\n`);
  writeFileSync(join(dir, 'playbooks', 'large.mdx'), `${playbook}\n${'Words. '.repeat(10_000)}\n`);
  writeFileSync(join(dir, 'teams', 'large.yaml'), `name: ${'x'.repeat(70_000)}\n`);

  it('refuses each with a located message, in seconds, and still checks the other files', () => {
    const started = performance.now();
    const result = runCheck(dir);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.status).toBe(1);
    const lines = result.lines.map((line) => line.replace(/^.*?\/(playbooks|teams)\//, '$1/'));
    expect(lines.filter((line) => /file\/size|mdx\/depth/.test(line))).toEqual([
      'playbooks/large.mdx:1:1  file/size  is 70 KB, over the limit of 64 KB for a content file, so it was not checked — split it: a playbook is 500–1,100 words, about 10 KB',
      expect.stringMatching(/^playbooks\/quotes\.mdx:\d+:1 {2}mdx\/depth {2}the text is nested more than 32 levels deep/),
      'teams/large.yaml:1:1  file/size  is 69 KB, over the limit of 64 KB for a content file, so it was not checked — shorten it: a YAML file of content is a few KB',
    ]);
    expect(lines.some((line) => line.startsWith('playbooks/overdue-with-todo.mdx:') && line.includes('content/todo'))).toBe(true);
  });
});
