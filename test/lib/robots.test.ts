import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';

const SITEMAP = new URL('https://help.example.com/frontline/sitemap-index.xml');

describe('robotsTxt', () => {
  it('disallows every path of an internal site and names no sitemap', () => {
    expect(robotsTxt('internal', '/frontline/', SITEMAP)).toBe('User-agent: *\nDisallow: /\n');
  });

  it('disallows only the unlisted pages of a public site, under its base, and names its sitemap', () => {
    expect(robotsTxt('public', '/frontline/', SITEMAP).split('\n')).toEqual([
      'User-agent: *',
      'Disallow: /frontline/maintenance/',
      'Disallow: /frontline/training/assignment/',
      'Disallow: /frontline/go/',
      'Sitemap: https://help.example.com/frontline/sitemap-index.xml',
      '',
    ]);
  });
});
