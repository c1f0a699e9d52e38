import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractFrontmatter } from '../../src/check/frontmatter.ts';
import { slugForTitle } from '../../scripts/lib/scaffold.ts';

// A throw-away content folder inside the project (FRONTLINE_CONTENT is project-relative), seeded
// with the fixture site's teams, categories and playbooks. Named per process, so test runs that
// share the checkout never write into each other's folders.
const WORK = `.tmp/new-cli-test-${process.pid}`;
const CONTENT = `${WORK}/content`;
const env = { ...process.env, FRONTLINE_CONTENT: CONTENT, GITHUB_ACTIONS: '' };

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env });
  // Snapshots name the folder <work>, whatever the process id.
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim().replaceAll(WORK, '<work>') };
}
const scaffold = (...args: string[]) => run('scripts/new.ts', ...args);
const playbookFiles = () => readdirSync(`${CONTENT}/playbooks`, { recursive: true, encoding: 'utf8' }).sort();

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync('test/fixtures/site-content', CONTENT, { recursive: true });
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('npm run new -- playbook "Title"', () => {
  it('writes content/playbooks/<slug>.mdx and says where', () => {
    const result = scaffold('playbook', 'Refund for a late delivery', '--today', '2026-11-25');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`✓ wrote ${CONTENT}/playbooks/refund-for-a-late-delivery.mdx`);
    expect(existsSync(`${CONTENT}/playbooks/refund-for-a-late-delivery.mdx`)).toBe(true);
  });

  it('writes a playbook the check accepts with zero errors and lists its TODOs as warnings', () => {
    expect(scaffold('playbook', 'Refund for a late delivery', '--today', '2026-11-25').status).toBe(0);
    const check = run('scripts/check.ts');
    const lines = check.stdout.trim().split('\n');
    const file = `${CONTENT}/playbooks/refund-for-a-late-delivery.mdx`;
    const ours = lines.filter((line) => line.startsWith(`${file}:`));
    expect(check.status).toBe(0);
    expect(lines.at(-1)).toMatch(/: 0 errors, \d+ warnings$/);
    expect(ours.length).toBeGreaterThanOrEqual(10);
    expect(ours.every((line) => / {2}warning content\/todo {2}/.test(line))).toBe(true);
    // TODOs in the frontmatter and in the text are both reported.
    expect(ours.some((line) => line.includes('still in the frontmatter'))).toBe(true);
    expect(ours.some((line) => line.includes('still in the text'))).toBe(true);
  });

  it('fails the check under --strict until every TODO is gone', () => {
    scaffold('playbook', 'Refund for a late delivery', '--today', '2026-11-25');
    expect(run('scripts/check.ts', '--strict').status).toBe(1);
  });

  it('dates lastReviewed today and starts the playbook as work in progress', () => {
    scaffold('playbook', 'Refund for a late delivery');
    const source = readFileSync(`${CONTENT}/playbooks/refund-for-a-late-delivery.mdx`, 'utf8');
    const data = parse(extractFrontmatter(source)?.yaml ?? '') as Record<string, unknown>;
    const now = new Date();
    const localDay = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect([data['lastReviewed'], data['confidence']]).toEqual([localDay, 'wip']);
  });

  it('keeps a title with YAML punctuation exactly as typed', () => {
    const title = 'Refund: when the parcel is "late" # again';
    expect(scaffold('playbook', title).status).toBe(0);
    const source = readFileSync(`${CONTENT}/playbooks/refund-when-the-parcel-is-late-again.mdx`, 'utf8');
    expect((parse(extractFrontmatter(source)?.yaml ?? '') as { title: string }).title).toBe(title);
    expect(run('scripts/check.ts').stdout).toMatch(/: 0 errors, /);
  });

  it('uses the owner and category given as options, in frontmatter and in the escalation box', () => {
    scaffold('playbook', 'Restoring a lost number', '--owner', 'porting-desk', '--category', 'porting');
    const source = readFileSync(`${CONTENT}/playbooks/restoring-a-lost-number.mdx`, 'utf8');
    expect(source).toMatch(/^owner: porting-desk /m);
    expect(source).toMatch(/^category: porting /m);
    expect(source).toContain('<Escalate team="porting-desk">');
  });

  it('joins a title typed without quotes', () => {
    expect(scaffold('playbook', 'Refund', 'for', 'a', 'late', 'delivery').status).toBe(0);
    expect(existsSync(`${CONTENT}/playbooks/refund-for-a-late-delivery.mdx`)).toBe(true);
  });

  it('refuses an existing slug with exit 1 and leaves the existing file untouched', () => {
    const file = `${CONTENT}/playbooks/waiving-a-change-fee.mdx`;
    const before = readFileSync(file, 'utf8');
    const result = scaffold('playbook', 'Waiving a change fee');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchSnapshot();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a slug that is taken in another case or in a sub-folder', () => {
    mkdirSync(`${CONTENT}/playbooks/archive`);
    writeFileSync(`${CONTENT}/playbooks/archive/Refund-For-A-Late-Delivery.mdx`, '');
    const result = scaffold('playbook', 'Refund for a late delivery');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchSnapshot();
  });

  const refusals: [string, string[]][] = [
    ['no kind', []],
    ['an unknown kind', ['article', 'Refund for a late delivery']],
    ['no title', ['playbook']],
    ['an empty title', ['playbook', '']],
    ['a title of spaces', ['playbook', '   ']],
    ['a title under 3 characters', ['playbook', 'Hi']],
    ['a title over 80 characters', ['playbook', 'A'.repeat(81)]],
    ['a title with no letters or digits', ['playbook', '!!! ???']],
    ['an owner that is not a team', ['playbook', 'Refund for a late delivery', '--owner', 'billing-team']],
    ['a category that does not exist', ['playbook', 'Refund for a late delivery', '--category', 'refunds']],
    ['a --today that is not a real day', ['playbook', 'Refund for a late delivery', '--today', '2026-02-30']],
  ];
  it.each(refusals)('refuses %s with exit 1, a message saying what to do, and no file written', (_case, args) => {
    const before = playbookFiles();
    const result = scaffold(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchSnapshot();
    expect(playbookFiles()).toEqual(before);
  });
});

describe('npm run new -- module "Title"', () => {
  const file = `${CONTENT}/modules/porting-the-basics.yaml`;

  it('writes content/modules/<slug>.yaml that the check accepts with zero errors, listing its TODOs as warnings', () => {
    expect(scaffold('module', 'Porting: the basics').stdout.split('\n')[0]).toBe(`✓ wrote ${file}`);
    const check = run('scripts/check.ts');
    const ours = check.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/: 0 errors, \d+ warnings\n$/);
    expect(ours.length).toBeGreaterThanOrEqual(5);
    expect(ours.every((line) => line.includes('  warning content/todo  a TODO marker is still in the file'))).toBe(true);
  });

  it('reads the first playbook that is not archived, or the one given with --playbook', () => {
    scaffold('module', 'Porting: the basics');
    scaffold('module', 'Fees', '--playbook', 'waiving-a-change-fee');
    const first = parse(readFileSync(file, 'utf8')) as { title: string; steps: { playbook: string }[] };
    const chosen = parse(readFileSync(`${CONTENT}/modules/fees.yaml`, 'utf8')) as { steps: { playbook: string }[] };
    // an-archived-playbook sorts first but is archived.
    expect([first.title, first.steps[0]?.playbook, chosen.steps[0]?.playbook]).toEqual([
      'Porting: the basics',
      'restoring-a-cancelled-line',
      'waiving-a-change-fee',
    ]);
  });

  it('refuses an existing module slug with exit 1', () => {
    scaffold('module', 'Porting: the basics');
    const result = scaffold('module', 'Porting — the basics');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchSnapshot();
  });

  it('refuses an archived playbook as the reading, with exit 1 and the playbooks it may use', () => {
    const result = scaffold('module', 'Old forms', '--playbook', 'an-archived-playbook');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchSnapshot();
    expect(existsSync(`${CONTENT}/modules/old-forms.yaml`)).toBe(false);
  });
});

describe('slugForTitle', () => {
  it('makes the file name github-slugger makes for a heading', () => {
    expect(slugForTitle('Refund for a late delivery: what to say')).toBe('refund-for-a-late-delivery-what-to-say');
  });

  it('folds accents and turns underscores and repeated hyphens into single hyphens', () => {
    expect(slugForTitle('Café  refund_policy -- déjà vu')).toBe('cafe-refund-policy-deja-vu');
  });

  it('gives an empty name for a title without letters or digits', () => {
    expect(slugForTitle('!!! ???')).toBe('');
  });
});

describe('scaffolded content in a build', () => {
  // Its own folder: the beforeEach above resets WORK before every test.
  const BUILD = `.tmp/new-cli-build-${process.pid}`;
  const buildEnv = { ...env, FRONTLINE_CONTENT: `${BUILD}/content` };
  const site = join(BUILD, 'site');
  const page = (path: string) => readFileSync(join(site, path), 'utf8');
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    rmSync(BUILD, { recursive: true, force: true });
    cpSync('test/fixtures/site-content', `${BUILD}/content`, { recursive: true });
    const args = [
      ['playbook', 'Refund for a late delivery', '--owner', 'customer-care', '--today', '2026-11-25'],
      ['module', 'Late deliveries', '--playbook', 'refund-for-a-late-delivery'],
    ];
    for (const command of args) spawnSync(process.execPath, ['scripts/new.ts', ...command], { env: buildEnv });
    build = spawnSync(process.execPath, ['scripts/build.ts', '--out', site], { encoding: 'utf8', env: buildEnv });
  }, 180_000);
  afterAll(() => {
    rmSync(BUILD, { recursive: true, force: true });
    // The content cache astro.config.mjs keeps per content folder.
    rmSync(`node_modules/.astro/${`${BUILD}/content`.replace(/[^a-z0-9]+/gi, '-')}`, { recursive: true, force: true });
  });

  it('builds, the new playbook into a page of its own', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    expect(page('playbooks/refund-for-a-late-delivery/index.html')).toContain('Refund for a late delivery');
  });

  it('lists the new draft on the maintenance page under its owner team, as work in progress, with links', () => {
    const html = page('maintenance/index.html');
    const section = html.slice(html.indexOf('<h2 id="owner-customer-care"'));
    expect(section).toMatch(/^<h2 id="owner-customer-care"[^>]*>Customer Care<\/h2>/);
    expect(section).toContain('href="/playbooks/refund-for-a-late-delivery/"');
    expect(section).toContain('Work in progress');
    expect(section).toContain(`/edit/main/${BUILD}/content/playbooks/refund-for-a-late-delivery.mdx`);
  });

  it('keeps the maintenance page out of search: no Pagefind body, and noindex for search engines', () => {
    const html = page('maintenance/index.html');
    expect(html).not.toContain('data-pagefind-body');
    // Every page of a build says noindex unless it is public; test/integration/build.test.ts checks
    // that a public build still keeps this page out.
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('links the maintenance page from the footer of every page', () => {
    expect(page('playbooks/index.html')).toMatch(/<footer[\s\S]*href="\/maintenance\/"[\s\S]*<\/footer>/);
  });
});
