/** `internal`: only people the host lets in read the site, and no search engine lists it. `public`: anyone. */
export type Visibility = 'internal' | 'public';

/** Pages for owners, trainees' personal links and the /go/ redirects: never indexed, whatever the visibility. */
export const UNLISTED_PATHS = ['maintenance/', 'training/assignment/', 'go/'];

/**
 * robots.txt for the site. An internal site disallows everything (its pages also carry
 * `noindex`, which holds when a link to them leaks); a public one hides only the unlisted pages.
 */
export function robotsTxt(visibility: Visibility, base: string, sitemap: URL): string {
  if (visibility === 'internal') return 'User-agent: *\nDisallow: /\n';
  return ['User-agent: *', ...UNLISTED_PATHS.map((path) => `Disallow: ${base}${path}`), `Sitemap: ${sitemap.href}`, ''].join('\n');
}
