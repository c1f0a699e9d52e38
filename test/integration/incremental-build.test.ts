// Issue 16, item 4: a build that restores unchanged pages from Astro's incremental cache must
// publish exactly what a cold build publishes. On a copy of the project and its real content
// (every collection, related playbooks, training modules and paths), each edit below is built
// incrementally and then cold (`--cold`), and the two sites are compared file by file.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFolders, describeDifference } from '../../scripts/lib/compare-folders.ts';
import { factsCacheFile } from '../../src/check/check-cache.ts';
import { astroCacheFolder } from '../../scripts/lib/astro-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'frontline-incremental-'));
const project = join(work, 'project');
const content = join(project, 'content');
const incremental = join(work, 'incremental');
const cold = join(work, 'cold');
// Astro's cache (content layer and incremental pages) for this content folder.
const astroCache = join(project, astroCacheFolder(content));
const BUILD_TIMEOUT = 300_000;

beforeAll(() => {
  for (const name of [
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'src',
    'scripts',
    'public',
    'schemas',
    'content',
  ])
    cpSync(name, join(project, name), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
});
afterAll(() => {
  rmSync(astroCache, { recursive: true, force: true });
  rmSync(factsCacheFile(project, content), { force: true });
  unlinkSync(join(project, 'node_modules'));
  rmSync(work, { recursive: true, force: true });
});

interface Build {
  status: number | null;
  output: string;
  /** Pages Astro copied from its cache, as it logs them: `/playbooks/x/index.html`. */
  restored: string[];
  /** Pages Astro rendered. */
  rendered: string[];
}

function build(out: string, flags: string[] = []): Build {
  const result = spawnSync(process.execPath, [join(project, 'scripts/build.ts'), '--root', project, '--out', out, ...flags], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: content, FRONTLINE_LOG_LEVEL: 'info' },
  });
  const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const pages = [...output.matchAll(/├─ (\/\S+)(.*)$/gm)].map((match) => ({
    page: match[1] ?? '',
    restored: (match[2] ?? '').includes('(restored)'),
  }));
  return {
    status: result.status,
    output,
    restored: pages.filter((page) => page.restored).map((page) => page.page),
    rendered: pages.filter((page) => !page.restored).map((page) => page.page),
  };
}

/** Builds incrementally, then cold, and returns the incremental build with what differs between the two sites. */
function buildBothWays(): { build: Build; difference: string } {
  const incrementalBuild = build(incremental);
  expect(incrementalBuild.status, incrementalBuild.output).toBe(0);
  const coldBuild = build(cold, ['--cold']);
  expect(coldBuild.status, coldBuild.output).toBe(0);
  expect(coldBuild.restored, 'a --cold build restores nothing').toEqual([]);
  return { build: incrementalBuild, difference: describeDifference(compareFolders(incremental, cold), ['incremental', 'cold']) };
}

const edit = (path: string, from: string, to: string) => {
  const file = join(project, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} no longer holds ${JSON.stringify(from)}: pick another edit for this test`);
  writeFileSync(file, text.replace(from, to));
};
const page = (site: string, path: string) => readFileSync(join(site, path), 'utf8');
const read = (path: string) => readFileSync(join(project, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(project, path), text);

describe('an incremental build publishes what a cold build publishes', () => {
  beforeAll(() => {
    const first = build(incremental);
    expect(first.status, first.output).toBe(0);
  }, BUILD_TIMEOUT);

  describe('after a playbook is edited', () => {
    let result: ReturnType<typeof buildBothWays>;
    beforeAll(() => {
      edit(
        'content/playbooks/porting-troubleshooting.mdx',
        '\ntitle: Porting troubleshooting\n',
        '\ntitle: Porting troubleshooting, edited\n',
      );
      result = buildBothWays();
    }, BUILD_TIMEOUT);

    it('renders the edited playbook again and restores the playbooks that do not show it', () => {
      expect(result.build.rendered).toContain('/playbooks/porting-troubleshooting/index.html');
      expect(result.build.restored).toContain('/playbooks/bereavement/index.html');
      // 36 playbooks, 10 categories, the training and contact-reason pages: all but a few are restored.
      expect(result.build.restored.length).toBeGreaterThan(100);
    });

    it('renders again the pages that show its title: playbooks naming it as related, its category and the training module', () => {
      for (const shown of [
        '/playbooks/port-out-leaving-us/index.html',
        '/categories/porting/index.html',
        '/training/modules/porting-rescue/index.html',
      ])
        expect(result.build.rendered, shown).toContain(shown);
      expect(page(incremental, 'playbooks/port-out-leaving-us/index.html')).toContain('Porting troubleshooting, edited');
    });

    it('publishes the same files with the same bytes as a cold build', () => {
      expect(result.difference).toBe('');
    });
  });

  describe("after a team's limit is edited", () => {
    let result: ReturnType<typeof buildBothWays>;
    beforeAll(() => {
      edit('content/teams/billing-support.yaml', '      agent: 75\n', '      agent: 80\n');
      result = buildBothWays();
    }, BUILD_TIMEOUT);

    it('shows the new limit on the playbooks that state it', () => {
      expect(page(incremental, 'playbooks/roaming-and-international-charges/index.html')).toMatch(
        /<strong class="limit"[^>]*>\$80<\/strong>/,
      );
    });

    it('still restores the pages that show no team', () => {
      expect(result.build.restored).toContain('/categories/porting/index.html');
    });

    it('publishes the same files with the same bytes as a cold build', () => {
      expect(result.difference).toBe('');
    });
  });

  // Astro writes each page's cached copy as it renders it and the manifest of keys only at the
  // end, so a build that fails in between leaves the edited playbook's new copy under the old key.
  describe('after a build that failed while rendering, with the edit then undone', () => {
    let failed: Build;
    let result: ReturnType<typeof buildBothWays>;
    beforeAll(() => {
      const playbook = 'content/playbooks/moving-home.mdx';
      const home = 'src/pages/index.astro';
      const [playbookBefore, homeBefore] = [read(playbook), read(home)];
      edit(playbook, '\ntitle: Moving home\n', '\ntitle: Moving home, draft\n');
      // The home page renders last, after every playbook page has been written to the cache.
      edit(
        home,
        'const base = import.meta.env.BASE_URL;',
        "if (Date.now() > 0) throw new Error('the home page fails on purpose');\nconst base = import.meta.env.BASE_URL;",
      );
      failed = build(incremental);
      write(playbook, playbookBefore);
      write(home, homeBefore);
      result = buildBothWays();
    }, BUILD_TIMEOUT);

    it('fails the build that breaks, and renders every page in the next one', () => {
      expect(failed.status).toBe(1);
      expect(failed.output).toContain('the home page fails on purpose');
      expect(result.build.restored).toEqual([]);
      expect(result.build.output).toContain('the last Astro build stopped while rendering pages');
    });

    it('does not publish the undone edit', () => {
      expect(page(incremental, 'playbooks/moving-home/index.html')).not.toContain('Moving home, draft');
    });

    it('publishes the same files with the same bytes as a cold build', () => {
      expect(result.difference).toBe('');
    });
  });

  // The check runs beside Astro and stops it when it fails, at whatever point Astro has reached.
  describe('after a build whose check failed, with the mistake then fixed', () => {
    let failed: Build;
    let result: ReturnType<typeof buildBothWays>;
    beforeAll(() => {
      const playbook = 'content/playbooks/bereavement.mdx';
      const before = read(playbook);
      edit(playbook, '\nowner: ', '\nowner: no-such-team-');
      failed = build(incremental);
      write(playbook, before);
      result = buildBothWays();
    }, BUILD_TIMEOUT);

    it('refuses the mistake with the check’s message and none of Astro’s', () => {
      expect(failed.status).toBe(1);
      expect(failed.output).toContain('content/playbooks/bereavement.mdx:');
      expect(failed.output).toContain('Build stopped: fix the problems above');
      expect(failed.output).not.toContain('[build]');
    });

    it('publishes the same files with the same bytes as a cold build', () => {
      expect(result.difference).toBe('');
    });
  });

  // The site has one stylesheet, named by a hash of every style in it: a style edit in a page the
  // playbooks do not import renames it under pages Astro would restore with the old name.
  describe('after a style edit in a page the playbooks do not import', () => {
    let result: ReturnType<typeof buildBothWays>;
    beforeAll(() => {
      edit('src/pages/maintenance.astro', '  .maintenance {\n    width: 100%;', '  .maintenance {\n    width: 99%;');
      result = buildBothWays();
    }, BUILD_TIMEOUT);

    it('finds the restored pages that link the old stylesheet and renders every page again', () => {
      expect(result.build.output).toMatch(
        /restored pages belong to an earlier build \(\S+ links _astro\/style\.\S+\.css, which this build did not write/,
      );
    });

    it('publishes the same files with the same bytes as a cold build', () => {
      expect(result.difference).toBe('');
    });
  });

  describe('after a content component is edited', () => {
    let result: ReturnType<typeof buildBothWays>;
    beforeAll(() => {
      edit('src/components/content/Limit.astro', '<strong class="limit"', '<strong class="limit limit--edited"');
      result = buildBothWays();
    }, BUILD_TIMEOUT);

    it('renders the playbooks that use it again', () => {
      expect(result.build.rendered).toContain('/playbooks/roaming-and-international-charges/index.html');
      expect(page(incremental, 'playbooks/roaming-and-international-charges/index.html')).toContain('class="limit limit--edited"');
    });

    it('publishes the same files with the same bytes as a cold build', () => {
      expect(result.difference).toBe('');
    });
  });
});
