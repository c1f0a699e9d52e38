import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPublicFolder, formatPublicFileProblem } from '../../scripts/lib/public-files.ts';

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
const rulesOf = (dir: string) => checkPublicFolder(dir).map((problem) => `${problem.path} ${problem.rule}`);
const PLAIN_ICON = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="#06c"/></svg>';

describe('checkPublicFolder', () => {
  it("accepts the project's own public/ folder", () => {
    expect(checkPublicFolder('public')).toEqual([]);
  });

  it('accepts a favicon, the service worker, the headers file, images, text and JSON', () => {
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

  it('refuses a symbolic link, to a file or to a folder, saying where it points', () => {
    const dir = publicFolder({ 'favicon.svg': PLAIN_ICON }, { 'robots-extra.txt': '/etc/passwd', etc: '/etc' });
    expect(rulesOf(dir)).toEqual(['etc public/symlink', 'robots-extra.txt public/symlink']);
    expect(checkPublicFolder(dir).map((problem) => formatPublicFileProblem(problem))[1]).toBe(
      'public/robots-extra.txt  public/symlink  is a symbolic link to /etc/passwd: the build would publish the file it points at — commit the file itself, or delete the link',
    );
  });

  it('refuses pages, scripts other than the top-level sw.js, SVG other than the favicon and files without a known type', () => {
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
      'nested/_headers public/type',
      'nested/sw.js public/type',
      'x.js public/type',
    ]);
    expect(checkPublicFolder(dir).map((problem) => problem.message)).toContain('a file without an extension is not published from public/');
  });

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>caches.delete("x")</script></svg>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['a javascript: link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>'],
    ['foreignObject', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>'],
  ])('refuses a favicon.svg with %s', (_what, svg) => {
    expect(rulesOf(publicFolder({ 'favicon.svg': svg }))).toEqual(['favicon.svg public/active-svg']);
  });

  it('finds nothing to refuse when there is no public/ folder', () => {
    expect(checkPublicFolder(join(tmpdir(), 'frontline-no-such-folder'))).toEqual([]);
  });
});
