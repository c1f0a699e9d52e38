import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/check/diagnostics.ts';
import { listFolder } from '../../../src/check/listing.ts';
import { publicFiles } from '../../../src/check/rules/public.ts';
import { runEachPath } from '../../../src/check/run-rules.ts';
import { svgProblem } from '../../../src/check/svg.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function publicFolder(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-public-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}
const check = (dir: string) => runEachPath(listFolder(dir, dir, 'public'), publicFiles.rules);
const rulesOf = (dir: string) => check(dir).map((d) => `${d.file} ${d.rule}`);
const PLAIN_ICON = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="#06c"/></svg>';

describe('the public/ rules', () => {
  it("accept the project's own public/ folder", () => {
    expect(runEachPath(listFolder(process.cwd(), 'public', 'public'), publicFiles.rules)).toEqual([]);
  });

  it('accept a favicon, the service worker, the headers file, images, text and JSON', () => {
    const dir = publicFolder({
      'favicon.svg': PLAIN_ICON,
      'favicon.ico': 'ico',
      'sw.js': 'self;',
      _headers: '/*\n  X-Frame-Options: DENY\n',
      'images/logo.png': 'png',
      'images/team.JPG': 'jpg',
      '.well-known/security.txt': 'Contact: mailto:security@example.org',
      'site.webmanifest': '{}',
    });
    expect(rulesOf(dir)).toEqual([]);
  });

  it('refuse a symbolic link, to a file or to a folder, saying where it points, and never enter it', () => {
    const dir = publicFolder({ 'favicon.svg': PLAIN_ICON }, { 'robots-extra.txt': '/etc/passwd', etc: '/etc', loop: '.' });
    expect(rulesOf(dir)).toEqual(['etc public/symlink', 'loop public/symlink', 'robots-extra.txt public/symlink']);
    expect(formatDiagnostic(check(dir)[2] ?? expect.fail('no diagnostic'))).toBe(
      'robots-extra.txt:1:1  public/symlink  is a symbolic link to /etc/passwd: the build would publish the file it points at — commit the file itself, or delete the link',
    );
  });

  it('refuse pages, scripts other than the top-level sw.js, SVG other than the favicon and files without a known type', () => {
    const dir = publicFolder({
      'login.html': '<form>',
      'x.js': 'alert(1)',
      'nested/sw.js': 'self;',
      'logo.svg': PLAIN_ICON,
      'nested/_headers': '',
      _redirects: '/* /login.html 200',
      'data.xml': '<x/>',
    });
    expect(rulesOf(dir)).toEqual([
      '_redirects public/type',
      'data.xml public/type',
      'login.html public/type',
      'logo.svg public/type',
      'x.js public/type',
      'nested/_headers public/type',
      'nested/sw.js public/type',
    ]);
    expect(check(dir).map((d) => d.message)).toContain('a file without an extension is not published from public/');
  });

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>caches.delete("x")</script></svg>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['a javascript: link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>'],
    ['foreignObject', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>'],
    // The three below passed the pattern the build used before (`<script\b`, `\son[a-z]+=`, `javascript:`).
    [
      'a prefixed script element',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>',
    ],
    ['an animation that sets a handler', '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="alert(1)"/></svg>'],
    ['an entity-encoded javascript: link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="jav&#x61;script:alert(1)"><rect/></a></svg>'],
    ['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'],
    ['a style that loads another file', '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://example.com/p)"/></svg>'],
  ])('refuse a favicon.svg with %s', (_what, svg) => {
    expect(rulesOf(publicFolder({ 'favicon.svg': svg }))).toEqual(['favicon.svg public/active-svg']);
  });

  it('find nothing to refuse when there is no public/ folder', () => {
    const missing = join(tmpdir(), 'frontline-no-such-folder');
    expect(runEachPath(listFolder(missing, missing, 'public'), publicFiles.rules)).toEqual([]);
  });
});

describe('svgProblem', () => {
  it('accepts the plain drawings icons are made of: shapes, paths, groups, gradients, a title', () => {
    expect(
      svgProblem(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Frontline</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><g fill="url(#g)"><rect width="32" height="32" rx="6"/><path d="M9 8h14v4H13z"/></g></svg>',
      ),
    ).toBeUndefined();
  });

  it('says what it refused first, in words', () => {
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><s:script xmlns:s="x">1</s:script></svg>')).toBe(
      'it has a <s:script> element',
    );
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:red"/></svg>')).toBe(
      'it has a style="…" attribute on <rect>',
    );
    expect(svgProblem('<html><script>1</script></html>')).toBe('its root element is <html>, not <svg>');
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toMatch(/^it is not well-formed XML/);
  });
});
