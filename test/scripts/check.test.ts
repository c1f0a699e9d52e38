import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CORPUS = 'test/fixtures/bad-content';

function runCheck(content: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: content, GITHUB_ACTIONS: '' },
  });
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

const corpus = runCheck(CORPUS);
// Files named NN-… are cases; others only support a case (e.g. hold the title a case repeats).
// Training modules and paths have their own NN-… cases next to the playbooks'.
const caseFiles = ['playbooks', 'modules', 'paths'].flatMap((folder) =>
  readdirSync(`${CORPUS}/${folder}`)
    .filter((name) => /^\d{2}-/.test(name))
    .map((name) => `${CORPUS}/${folder}/${name}`),
);

describe('npm run check', () => {
  it('passes on the real content', () => {
    const output = execFileSync(process.execPath, ['scripts/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'content' },
    });
    expect(output).toMatch(/✓ checked \d+ content files: 0 errors/);
  });

  it('fails on the bad-content corpus and names every case with its file and line', () => {
    expect(corpus.status).toBe(1);
    for (const file of caseFiles)
      expect(
        corpus.lines.some((line) => new RegExp(`^${file}:\\d+:\\d+  `).test(line)),
        file,
      ).toBe(true);
  });

  it.each(caseFiles)('reports %s with the expected message', (file) => {
    expect(corpus.lines.filter((line) => line.startsWith(`${file}:`))).toMatchSnapshot();
  });

  it('reports the broken team file of the corpus', () => {
    expect(corpus.lines.filter((line) => line.startsWith(`${CORPUS}/teams/`))).toMatchSnapshot();
  });

  it('reports the broken entries of the corpus values file, keeping the good ones for the playbooks', () => {
    expect(corpus.lines.filter((line) => line.startsWith(`${CORPUS}/values.yaml:`))).toMatchSnapshot();
  });

  it('reports a safety route to teams that cannot take it at once, and a verification file missing a level', () => {
    expect(
      corpus.lines.filter((line) => line.startsWith(`${CORPUS}/safety.yaml:`) || line.startsWith(`${CORPUS}/verification.yaml:`)),
    ).toMatchSnapshot();
  });

  it('reports <Verify /> on a site without the identity-verification playbook it links to', () => {
    const result = runCheck('test/fixtures/verify-without-reference');
    expect(result.status).toBe(1);
    expect(result.lines).toMatchSnapshot();
  });

  it('prints a closing count of errors and warnings', () => {
    expect(corpus.lines.at(-1)).toMatch(/^✗ checked \d+ content files: \d+ errors, 6 warnings$/);
  });

  it('fails on warnings only with --strict', () => {
    const lenient = runCheck('test/fixtures/warnings-only');
    const strict = runCheck('test/fixtures/warnings-only', '--strict');
    expect([lenient.status, strict.status]).toEqual([0, 1]);
    expect(strict.lines.at(-1)).toContain('(--strict: warnings fail)');
  });

  it('adds GitHub annotations when run under GitHub Actions', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: CORPUS, GITHUB_ACTIONS: 'true' },
    });
    expect(result.stdout).toContain(`::error file=${CORPUS}/playbooks/01-import-statement.mdx,line=22,col=1,title=mdx/esm::`);
  });

  it('fails, rather than passing vacuously, when the content folder has no playbooks', () => {
    const result = runCheck('test/fixtures/no-such-folder');
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      '✗ no playbooks found in test/fixtures/no-such-folder/playbooks — run from the project root, or point FRONTLINE_CONTENT at a content folder',
    ]);
  });

  it('reads a content folder given as an absolute path', () => {
    const result = runCheck(`${process.cwd()}/test/fixtures/warnings-only`);
    expect(result.status).toBe(0);
    expect(result.lines.at(-1)).toBe('✓ checked 3 content files: 0 errors, 2 warnings');
  });
});
