import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterKey } from '../../src/search/contract.ts';
import { pageFiltersFrom } from '../../src/search/facets.ts';
import { parsePageFilters } from '../../src/search/page-filters.ts';
import { parseHead, VOCABULARY_DIR, VOCABULARY_HEAD } from '../../src/search/vocabulary.ts';
import { loadSiteSearch } from '../helpers/pagefind-node.ts';

const workDir = mkdtempSync(join(tmpdir(), 'frontline-build-'));
const out = join(workDir, 'site');
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  build = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/site-content' },
  });
}, 120_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path), 'utf8');

describe('npm run build on a fixture site', () => {
  it('succeeds and reports what it built', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    expect(String(build.stdout)).toMatch(
      /✓ built .* in \d+\.\d s \(check \d+\.\d s, astro \d+\.\d s, index \d+\.\d s, service worker \d+\.\d s, publish \d+\.\d s; \d+ HTML files; service worker [0-9a-f]{16} precaches \d+ URLs\)/,
    );
  });

  it('writes the home, list, category, playbook and 404 pages', () => {
    for (const path of [
      'index.html',
      'playbooks/index.html',
      'categories/porting/index.html',
      'playbooks/waiving-a-change-fee/index.html',
      '404.html',
    ]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
  });

  it('renders limits and escalation facts from the teams data', () => {
    const html = page('playbooks/waiving-a-change-fee/index.html');
    expect(html).toMatch(/<strong class="limit"[^>]*>\$50<\/strong>/);
    expect(html).toContain('Escalate to Duty Supervisors when');
  });

  it('renders thresholds from content/values.yaml', () => {
    expect(page('playbooks/restoring-a-cancelled-line/index.html')).toMatch(/refuses on <strong class="value"[^>]*>two attempts<\/strong>/);
  });

  it('indexes only listed playbooks, with metadata and filters', () => {
    expect(page('playbooks/waiving-a-change-fee/index.html')).toContain('data-pagefind-body');
    expect(page('playbooks/an-archived-playbook/index.html')).not.toContain('data-pagefind-body');
    expect(page('index.html')).not.toContain('data-pagefind-body');
    const entry = JSON.parse(page('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['en']?.page_count).toBe(2);
  });

  it('finds the right playbook first for a phrase a customer uses', async () => {
    const search = await loadSiteSearch(out);
    const [first] = await search.search('my colleague did not pay the fee');
    expect(first?.path).toBe('/playbooks/waiving-a-change-fee/');
    expect(first?.meta['title']).toBe('Waiving a change fee');
    const [porting] = await search.search('my number stopped working after i switched');
    expect(porting?.path).toBe('/playbooks/restoring-a-cancelled-line/');
  });

  it('keeps page labels, owner and review dates out of the word index', async () => {
    const search = await loadSiteSearch(out);
    // Each word is on every playbook page ("Copy" buttons, "Owner:", "Last reviewed"), never in
    // what a playbook says, so a match would mean page chrome was indexed.
    for (const word of ['copy', 'owner', 'reviewed']) expect(await search.search(word), word).toEqual([]);
    const [fee] = await search.search('waiving');
    expect(fee?.meta['summary']).toBeTruthy();
  });

  it('offers category, audience, confidence and type as filters', async () => {
    const search = await loadSiteSearch(out);
    const filters = await (search.engine as unknown as { filters: () => Promise<Record<string, Record<string, number>>> }).filters();
    expect(filters).toEqual({
      audience: { agent: 2, 'new-hire': 1 },
      category: { 'Billing and fees': 1, 'Porting and number transfers': 1 },
      confidence: { validated: 2 },
      type: { playbook: 2 },
    });
  });

  it("writes beside the index which pages carry each filter value, exactly as the engine's filter searches find them", async () => {
    const search = await loadSiteSearch(out);
    const engine = search.engine as unknown as {
      filters: () => Promise<Record<string, Record<string, number>>>;
      search: (query: null, options: object) => Promise<{ results: { id: string }[] }>;
    };
    const found = [];
    for (const [key, values] of Object.entries(await engine.filters()))
      for (const value of Object.keys(values)) {
        const { results } = await engine.search(null, { filters: { [key]: value } });
        found.push({ key: key as FilterKey, value, ids: results.map((result) => result.id) });
      }
    const head = parseHead(JSON.parse(page(`${VOCABULARY_DIR}/${VOCABULARY_HEAD}`)));
    const written = parsePageFilters(JSON.parse(page(`${VOCABULARY_DIR}/${head.filters ?? 'missing'}`)));
    expect(written?.size).toBe(2);
    expect(written).toEqual(pageFiltersFrom(found));
  });

  it('embeds on the home page the same filter totals the index holds', async () => {
    const search = await loadSiteSearch(out);
    const filters = await (search.engine as unknown as { filters: () => Promise<Record<string, Record<string, number>>> }).filters();
    const embedded = /data-totals="([^"]*)"/.exec(page('index.html'))?.[1] ?? '';
    expect(JSON.parse(embedded.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toEqual(filters);
  });
});

describe('npm run build is private by default', () => {
  const htmlFiles = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

  it('asks search engines not to index any page', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(page(file), file).toContain('<meta name="robots" content="noindex">');
  });

  it('disallows every path in robots.txt and publishes no sitemap', () => {
    expect(page('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(readdirSync(out).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    for (const file of htmlFiles()) expect(page(file), file).not.toContain('rel="sitemap"');
  });
});

describe('npm run build with FRONTLINE_VISIBILITY=public', () => {
  const publicOut = join(workDir, 'public-visibility');
  let publicBuild: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    publicBuild = spawnSync(process.execPath, ['scripts/build.ts', '--out', publicOut], {
      encoding: 'utf8',
      env: {
        ...process.env,
        FRONTLINE_CONTENT: 'test/fixtures/site-content',
        FRONTLINE_VISIBILITY: 'public',
        FRONTLINE_SITE: 'https://kb.example.org',
      },
    });
  }, 120_000);
  const published = (path: string) => readFileSync(join(publicOut, path), 'utf8');

  it('lets search engines index the playbooks, with a sitemap that leaves out the internal pages', () => {
    expect(publicBuild.status, String(publicBuild.stderr)).toBe(0);
    expect(published('playbooks/waiving-a-change-fee/index.html')).not.toContain('name="robots"');
    expect(published('maintenance/index.html')).toContain('<meta name="robots" content="noindex">');
    const sitemap = published('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://kb.example.org/playbooks/waiving-a-change-fee/</loc>');
    expect(sitemap).not.toContain('/maintenance/');
    expect(published('robots.txt')).toBe(
      'User-agent: *\nDisallow: /maintenance/\nDisallow: /training/assignment/\nDisallow: /go/\nSitemap: https://kb.example.org/sitemap-index.xml\n',
    );
  });

  it('refuses a visibility it does not know, instead of publishing', () => {
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', join(workDir, 'unknown-visibility')], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/site-content', FRONTLINE_VISIBILITY: 'Public' },
    });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain('FRONTLINE_VISIBILITY');
    expect(existsSync(join(workDir, 'unknown-visibility'))).toBe(false);
  }, 120_000);
});

describe('npm run build with unsafe or broken content', () => {
  const rebuild = () =>
    spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/bad-content' },
    });

  it('stops before Astro runs any content, so an export that writes a file writes nothing', () => {
    rmSync('frontline-pwned.txt', { force: true });
    const result = rebuild();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('test/fixtures/bad-content/playbooks/02-export-writes-a-file.mdx:22:1  mdx/esm');
    expect(result.stderr).toContain('Build stopped: fix the problems above');
    expect(existsSync('frontline-pwned.txt')).toBe(false);
  });

  it('leaves the previous complete site untouched and no half-built folder behind', () => {
    const before = page('playbooks/waiving-a-change-fee/index.html');
    expect(rebuild().status).toBe(1);
    expect(page('playbooks/waiving-a-change-fee/index.html')).toBe(before);
    expect(existsSync(`${out}.building`)).toBe(false);
  });
});

describe('npm run build with a public/ folder from a pull request', () => {
  const buildWithPublic = (files: Record<string, string>, links: Record<string, string>) => {
    const publicDir = join(workDir, 'public-under-test');
    rmSync(publicDir, { recursive: true, force: true });
    mkdirSync(publicDir, { recursive: true });
    copyFileSync('public/sw.js', join(publicDir, 'sw.js'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(publicDir, name), text);
    for (const [name, target] of Object.entries(links)) symlinkSync(target, join(publicDir, name));
    const publicOut = join(workDir, 'public-site');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', publicOut], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/site-content', FRONTLINE_PUBLIC: publicDir },
    });
    return { result, publicOut };
  };

  it('refuses a symbolic link to a file of the build machine, names it and says what to do, and publishes nothing', () => {
    const { result, publicOut } = buildWithPublic(
      { 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
      { 'robots-extra.txt': '/etc/passwd' },
    );
    expect(result.status).toBe(1);
    // The check vets public/ (src/check/rules/public.ts) and names each file from the project root.
    expect(result.stdout).toContain(
      'public-under-test/robots-extra.txt:1:1  public/symlink  is a symbolic link to /etc/passwd: the build would publish the file it points at — commit the file itself, or delete the link',
    );
    expect(result.stderr).toContain('Build stopped');
    expect(existsSync(join(publicOut, 'robots-extra.txt'))).toBe(false);
  });

  it('refuses file types public/ does not publish, such as a page or a script that is not the service worker', () => {
    const { result } = buildWithPublic(
      { 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'login.html': '<form>', 'x.js': 'alert(1)' },
      {},
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/login\.html:1:1 {2}public\/type {2}\.html files are not published from public\/ — /);
    expect(result.stdout).toMatch(/x\.js:1:1 {2}public\/type {2}\.js files are not published from public\/ — /);
  });
});

describe('npm run build after a build was killed while publishing', () => {
  it('puts back the previous dist/ that the two renames had moved aside, even when this build then fails', () => {
    const killedOut = join(workDir, 'killed');
    mkdirSync(`${killedOut}.previous`, { recursive: true });
    writeFileSync(join(`${killedOut}.previous`, 'index.html'), 'the last good site');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', killedOut], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/bad-content' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`restored ${killedOut}/ from ${killedOut}.previous/, left by a build stopped while publishing`);
    expect(readFileSync(join(killedOut, 'index.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(`${killedOut}.previous`)).toBe(false);
  });
});

// The canaries: each fixture holds MDX that, compiled and evaluated, writes a marker file. Before
// Astro's MDX compiler refused unsafe MDX itself (src/check/mdx-guard.ts), a bare `astro build`
// ran both, which is why the check ran first; now `astro build` with no check refuses them,
// located, before anything in them is evaluated.
describe('safety without the content check: astro build alone', () => {
  const astroAlone = (content: string, outDir: string) =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(workDir, outDir)], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: content },
    });

  it('refuses an export that writes a file, at its file, line and column, and the export never runs', () => {
    const proof = 'frontline-attack-proof.txt';
    rmSync(proof, { force: true });
    const astro = astroAlone('test/fixtures/export-attack', 'unchecked');
    const written = existsSync(proof);
    rmSync(proof, { force: true });
    expect(astro.status).not.toBe(0);
    expect(`${astro.stdout}${astro.stderr}`).toContain(
      'test/fixtures/export-attack/playbooks/export-writes-a-file.mdx:22:1  mdx/esm  `export` statements are code that runs at build time — delete the line;',
    );
    expect(written).toBe(false);
    expect(existsSync(join(workDir, 'unchecked', 'index.html'))).toBe(false);
  }, 120_000);

  // test/fixtures/image-attack: a playbook shows ![How a warm handoff flows](./diagram.mjs), and
  // diagram.mjs (beside it) writes a marker file and hands back a real PNG.
  it('refuses an image target that is a script before importing it, so the module never runs', () => {
    const marker = 'frontline-image-attack-proof.txt';
    rmSync(marker, { force: true });
    const astro = astroAlone('test/fixtures/image-attack', 'unchecked-image');
    const written = existsSync(marker);
    rmSync(marker, { force: true });
    expect(astro.status).not.toBe(0);
    expect(`${astro.stdout}${astro.stderr}`).toMatch(
      /test\/fixtures\/image-attack\/playbooks\/warm-handoff\.mdx:\d+:1 {2}mdx\/image {2}the image "\.\/diagram\.mjs"/,
    );
    expect(written).toBe(false);
  }, 120_000);
});

describe('why image targets are checked', () => {
  const marker = 'frontline-image-attack-proof.txt';

  it('npm run build refuses the image target and the module beside it, and the module never runs', () => {
    rmSync(marker, { force: true });
    const imageOut = join(workDir, 'image-attack');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', imageOut], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/image-attack' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('test/fixtures/image-attack/playbooks/diagram.mjs:1:1  file/type  a .mjs file has no place here');
    expect(result.stdout).toMatch(
      /test\/fixtures\/image-attack\/playbooks\/warm-handoff\.mdx:\d+:1 {2}mdx\/image {2}the image "\.\/diagram\.mjs"/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(imageOut)).toBe(false);
  }, 120_000);
});

describe('npm run build when Astro crashes', () => {
  it('says Astro was killed by a signal, instead of pointing at messages that may not exist', () => {
    // 8 MB of heap: Node aborts (SIGABRT), as a stack overflow in native code ends in SIGSEGV.
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', join(workDir, 'crashed')], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_CONTENT: 'test/fixtures/site-content', FRONTLINE_ASTRO_HEAP_MB: '8' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Build failed: Astro was killed by SIG[A-Z]+: it crashed, perhaps without a message of its own\./);
    expect(result.stderr).not.toContain('its messages are above');
    expect(existsSync(join(workDir, 'crashed'))).toBe(false);
  }, 120_000);
});
