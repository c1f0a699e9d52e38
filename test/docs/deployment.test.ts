import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

const guide = readFileSync('docs/deployment.md', 'utf8');

/** `Name: value` pairs of the `/*` rule in public/_headers: what Netlify and Cloudflare Pages send with every file. */
function headersForEveryFile(): Record<string, string> {
  const rule = /^\/\*\n((?: {2}.+\n)+)/m.exec(readFileSync('public/_headers', 'utf8'))?.[1] ?? '';
  return Object.fromEntries(
    rule
      .trim()
      .split('\n')
      .map(
        (line) =>
          line
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2) as [string, string],
      ),
  );
}

/** `add_header Name "value" always;` lines of the nginx snippet in docs/deployment.md. */
function nginxSnippetHeaders(): Record<string, string> {
  const snippet = /```nginx\n# \/etc\/nginx\/snippets\/frontline-headers\.conf[^\n]*\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
  return Object.fromEntries([...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]));
}

describe('docs/deployment.md', () => {
  it('gives nginx the same security headers that public/_headers gives Netlify and Cloudflare Pages', () => {
    const headers = headersForEveryFile();
    expect(Object.keys(headers)).toContain('Content-Security-Policy');
    expect(nginxSnippetHeaders()).toEqual(headers);
  });

  it('shows the Content-Security-Policy that astro.config.mjs makes Astro write, hashes aside', () => {
    const csp = config.security?.csp;
    if (typeof csp !== 'object') throw new Error('astro.config.mjs sets no security.csp object');
    const documented = /The policy, with the hashes shortened:\n\n```text\n([\s\S]*?)```/.exec(guide)?.[1]?.replace(/\s+/g, ' ').trim();
    const configured = [
      ...(csp.directives ?? []),
      `script-src ${(csp.scriptDirective?.resources ?? []).join(' ')} 'sha256-…'`,
      `style-src ${(csp.styleDirective?.resources ?? []).join(' ')} 'sha256-…'`,
    ].join('; ');
    expect(documented).toBe(configured);
  });
});
