// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig, envField } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { remarkMdxGuard, satteriMdxGuard } from './src/check/mdx-guard.ts';
import { deskBootHash } from './src/lib/desk-boot.ts';
import { UNLISTED_PATHS } from './src/lib/robots.ts';
import { astroCacheFolder } from './scripts/lib/astro-cache.ts';
import { devSearch } from './scripts/lib/dev-search.ts';
import { everyPlaybookUrl, slicePages } from './scripts/lib/slice-pages.ts';
import { buildsSitePages, parseSlice, WHOLE } from './src/lib/slices.ts';
import { signalsOrigin } from './src/search/signals.ts';

// Sätteri (Astro 7's default) renders GFM itself and is the faster processor; see
// docs/decisions.md. FRONTLINE_MARKDOWN=unified switches to unified + remark-gfm so the
// benchmark can compare both on the same content.
const useUnified = process.env.FRONTLINE_MARKDOWN === 'unified';
const processor = useUnified ? unified({ remarkPlugins: [remarkGfm] }) : satteri();
// MDX compiles with the content check's MDX-safety rules as its first plugin (src/check/mdx-guard.ts):
// a file that would run code is refused, located, before anything in it is evaluated, whether or
// not `npm run check` ran first.
const mdxProcessor = useUnified ? unified({ remarkPlugins: [remarkMdxGuard, remarkGfm] }) : satteri({ mdastPlugins: [satteriMdxGuard] });

// Each content folder (the real one, test fixtures, benchmark libraries) gets its own content
// cache, so building one never invalidates or races with another.
const contentFolder = process.env.FRONTLINE_CONTENT ?? 'content';
const cacheDir = `./${astroCacheFolder(contentFolder, process.env.FRONTLINE_SHARD)}`;

// Private unless configured public (src/config.ts says why). Astro checks the value (env.schema
// below), so a misspelt visibility stops the build instead of publishing.
const isPublic = process.env.FRONTLINE_VISIBILITY === 'public';

// The slice of the site this build writes (`npm run build -- --shard k/n`; docs/decisions.md, decision 21).
const slice = process.env.FRONTLINE_SHARD ? parseSlice(process.env.FRONTLINE_SHARD) : WHOLE;
const site = process.env.FRONTLINE_SITE ?? 'https://frontline.example.org';

// Search signals are off unless the site owner names a collector (docs/deployment.md, "Search
// signals"); then, and only then, the policy lets pages connect to that one origin. A malformed
// or plain-http address stops the build here.
const signalsCollector = signalsOrigin(process.env.FRONTLINE_SEARCH_SIGNALS_URL);

export default defineConfig({
  cacheDir,
  site,
  base: process.env.FRONTLINE_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.FRONTLINE_OUT_DIR ?? './dist',
  // Another public/ folder, for the build's own tests (npm run check vets it first: src/check/rules/public.ts).
  publicDir: process.env.FRONTLINE_PUBLIC ?? './public',
  // No syntax highlighting: playbooks hold no code, and Shiki colours code with inline style
  // attributes, which the Content-Security-Policy below refuses.
  markdown: { processor, syntaxHighlight: false },
  env: {
    schema: {
      FRONTLINE_VISIBILITY: envField.enum({ context: 'server', access: 'public', values: ['internal', 'public'], default: 'internal' }),
      FRONTLINE_SEARCH_SIGNALS_URL: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
    },
  },
  integrations: [
    mdx({ processor: mdxProcessor }),
    // npm run dev: a Pagefind index of the dev server's pages, served at /pagefind/ (no effect on builds).
    devSearch(),
    // A sitemap only for a public site, and without the pages for owners and trainees' personal links.
    // A prefix, so the pages under one (/go/<reason>/, /training/assignment/record/) are left out too.
    // Written by the slice that writes the site's pages, listing every playbook page, whichever slice writes it.
    ...(isPublic && buildsSitePages(slice)
      ? [
          sitemap({
            filter: (page) =>
              !UNLISTED_PATHS.some((path) => new URL(page).pathname.startsWith(`${process.env.FRONTLINE_BASE ?? '/'}${path}`)),
            customPages: slice.count > 1 ? everyPlaybookUrl(`${contentFolder}/playbooks`, site, process.env.FRONTLINE_BASE ?? '/') : [],
          }),
        ]
      : []),
    slicePages(slice),
  ],
  build: { format: 'directory' },
  // Astro hashes every script and style it writes into the page and puts the policy in a <meta>
  // tag on every page, so nothing inline runs unless Astro wrote it: no 'unsafe-inline'. Pagefind
  // compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval' (it allows compiling
  // WebAssembly only, not eval). A <meta> policy cannot set frame-ancestors; the headers files
  // (public/_headers, docs/deployment.md) add it with the other response headers.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        signalsCollector ? `connect-src 'self' ${signalsCollector}` : "connect-src 'self'",
        "img-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        // No string becomes script or a script address, except the service worker's own address
        // through the policy src/client/register-sw.ts creates, and the search worker's through
        // the one src/search/client/search.ts creates.
        "require-trusted-types-for 'script'",
        'trusted-types frontline-sw frontline-search',
      ],
      // One inline script besides Astro's own: the few lines that mark the agent's channel and
      // embed mode before the page is drawn (src/lib/desk-boot.ts), allowed by the hash of its text.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [deskBootHash()] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-keys.ts) are copied from the
  // previous build, kept in cacheDir, when their key, code and rendered content are unchanged
  // (docs/decisions.md, decision 22). `npm run build -- --cold` renders every page again.
  experimental: { incrementalBuild: true },
  vite: {
    // The search worker (src/search/client/search-worker.ts) is an ES module: it imports
    // Pagefind's own ES module at run time.
    worker: { format: 'es' },
    environments: {
      // The prerender bundle only renders pages at build time and is thrown away; tree-shaking its
      // 10,000 MDX modules costs memory and time for nothing (-10 % peak memory at 5,000 playbooks).
      // The client bundle keeps tree-shaking: that is the JavaScript readers download.
      prerender: process.env.FRONTLINE_TREESHAKE === 'on' ? {} : { build: { rolldownOptions: { treeshake: false } } },
    },
    build: {
      // One stylesheet for the whole site: components keep their styles beside them, and a page
      // still loads exactly one render-blocking file, cached across every page.
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro marks every MDX module with a harmless "use astro:head-inject" directive and
        // Rolldown warns once per file (withastro/astro#18087): at 10,000 playbooks that buries
        // real warnings. Drop exactly that log and pass every other one on.
        onLog(level, log, forward) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          forward(level, log);
        },
      },
    },
  },
});
