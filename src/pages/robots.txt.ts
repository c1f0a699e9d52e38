// robots.txt, from the site's visibility (FRONTLINE_VISIBILITY): see src/lib/robots.ts.
import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  return new Response(robotsTxt(siteConfig.visibility, base, new URL(`${base}sitemap-index.xml`, site)));
};
