import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_PATH, renderCodeowners, teamHandle } from '../../scripts/lib/codeowners.ts';
import { readContentFiles } from '../../src/check/read-content.ts';
import { PORTING_TEAM, VALID_FRONTMATTER, playbook, withField } from '../helpers/content.ts';

describe('.github/CODEOWNERS', () => {
  it("is current with the playbooks' owner fields (run npm run codeowners)", () => {
    const result = renderCodeowners(readContentFiles(process.cwd(), 'content'));
    expect(result.ok && result.text, 'a playbook has no readable owner').toBeTruthy();
    expect(readFileSync(CODEOWNERS_PATH, 'utf8'), `${CODEOWNERS_PATH} is out of date — run npm run codeowners`).toBe(
      result.ok ? result.text : '',
    );
  });

  it('lists every real playbook and team file once', () => {
    const files = readContentFiles(process.cwd(), 'content');
    const owned = readFileSync(CODEOWNERS_PATH, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'))
      .map((line) => line.split(' ')[0]);
    expect(owned.sort()).toEqual([...files.playbooks, ...files.teams].map((file) => `/${file.path}`).sort());
  });
});

/**
 * The team GitHub asks to review a path: the last rule that matches wins. Only the two kinds of
 * rule renderCodeowners writes are understood, `*` and one exact file, and the test below makes
 * sure no other kind appears.
 */
function ownerOf(codeowners: string, path: string): string | undefined {
  const rules = codeowners.split('\n').filter((line) => line && !line.startsWith('#'));
  const matching = rules.map((line) => line.split(' ')).filter(([pattern]) => pattern === '*' || pattern === `/${path}`);
  return matching.pop()?.[1];
}

describe('.github/CODEOWNERS for what reaches the build', () => {
  const codeowners = readFileSync(CODEOWNERS_PATH, 'utf8');
  const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
  const teamReviewed = /^content\/(playbooks\/[^/]+\.mdx|teams\/[^/]+\.yaml)$/;

  it('writes only rules this test can read: * and exact files', () => {
    const patterns = codeowners
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(' ')[0]);
    expect(patterns.filter((pattern) => pattern !== '*' && !/^\/[^*?[\]\s]+$/.test(pattern ?? ''))).toEqual([]);
  });

  it.each([
    'src/',
    'scripts/',
    'public/',
    '.github/',
    '.ci/',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    '.npmrc',
    'tsconfig.json',
  ])('asks the maintainers to review every tracked file under %s', (prefix) => {
    const files = tracked.filter((file) => file === prefix || file.startsWith(prefix));
    expect(files.length, `no tracked file under ${prefix}`).toBeGreaterThan(0);
    expect(files.filter((file) => ownerOf(codeowners, file) !== '@frontline-kb/maintainers')).toEqual([]);
  });

  it('asks the maintainers to review every tracked file except playbooks and team files, which their team reviews', () => {
    const others = tracked.filter((file) => !teamReviewed.test(file));
    expect(others.filter((file) => ownerOf(codeowners, file) !== '@frontline-kb/maintainers')).toEqual([]);
    expect(ownerOf(codeowners, 'a-file-added-later.ts')).toBe('@frontline-kb/maintainers');
  });
});

describe('renderCodeowners', () => {
  it("assigns each playbook to its owner's GitHub team and each team file to that team", () => {
    const care = playbook('waiving-a-fee', withField('owner', 'owner: customer-care'));
    const result = renderCodeowners({ playbooks: [playbook('restoring-a-line'), care], teams: [PORTING_TEAM] }, 'acme');
    expect(result.ok && result.text.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/content/teams/porting-desk.yaml @acme/porting-desk',
      '/content/playbooks/restoring-a-line.mdx @acme/porting-desk',
      '/content/playbooks/waiving-a-fee.mdx @acme/customer-care',
    ]);
  });

  it('refuses to write a file when a playbook has no readable owner, and names the playbook', () => {
    const result = renderCodeowners({ playbooks: [playbook('ownerless', withField('owner', undefined)), playbook('fine')], teams: [] });
    expect(result).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          "content/playbooks/ownerless.mdx has no readable owner — set owner: to a team id (npm run check explains)",
        ],
      }
    `);
  });

  it('reads the owner from frontmatter only, not from the body', () => {
    const source = { path: 'content/playbooks/x.mdx', source: `---\n${withField('owner', undefined)}\n---\nowner: porting-desk\n` };
    expect(renderCodeowners({ playbooks: [source], teams: [] }).ok).toBe(false);
    expect(VALID_FRONTMATTER).toContain('owner: porting-desk');
  });
});

describe('teamHandle', () => {
  it('maps a team id to @org/team-id', () => {
    expect(teamHandle('frontline-kb', 'porting-desk')).toBe('@frontline-kb/porting-desk');
  });
});

describe('npm run codeowners -- --check', () => {
  it('exits 0 when the committed file is current', () => {
    const result = spawnSync(process.execPath, ['scripts/codeowners.ts', '--check'], { encoding: 'utf8' });
    expect([result.status, result.stdout.trim()]).toEqual([0, `✓ ${CODEOWNERS_PATH} is current`]);
  });

  it('exits 1 with a message saying what to run when the file is out of date', () => {
    const result = spawnSync(process.execPath, ['scripts/codeowners.ts', '--check', '--org', 'another-org'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatchInlineSnapshot(
      `"✗ .github/CODEOWNERS is out of date with the playbooks' owner fields — run npm run codeowners and commit the result"`,
    );
  });
});
