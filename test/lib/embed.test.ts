import { describe, expect, it } from 'vitest';
import { embeddedHref } from '../../src/lib/embed.ts';

const PAGE = 'https://help.example.org/frontline/playbooks/fee-waiver-judgment/?embed=1';

describe('embeddedHref', () => {
  it('carries embed mode to the pages of this site', () => {
    expect(embeddedHref('../porting-troubleshooting/', PAGE, '/frontline/')).toBe(
      'https://help.example.org/frontline/playbooks/porting-troubleshooting/?embed=1',
    );
    expect(embeddedHref('/frontline/?q=refund#results', PAGE, '/frontline/')).toBe(
      'https://help.example.org/frontline/?q=refund&embed=1#results',
    );
    expect(embeddedHref('/frontline/404.html', PAGE, '/frontline/')).toBe('https://help.example.org/frontline/404.html?embed=1');
  });

  it('leaves other sites, other paths on the host, files and odd schemes out', () => {
    for (const href of [
      'https://github.com/frontline/frontline/issues/new',
      '//evil.example/frontline/',
      '/other-app/',
      '/frontline/go/manifest.json',
      'mailto:team@example.org',
      'javascript:alert(1)',
      'http://help.example.org/frontline/',
    ]) {
      expect(embeddedHref(href, PAGE, '/frontline/'), href).toBeUndefined();
    }
  });
});
