// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import AstroPWA from '@vite-pwa/astro';
import { satteri } from '@astrojs/markdown-satteri';
import { moduleHeadingIds } from './src/plugins/heading-ids.mjs';
import { tableScroll } from './src/plugins/table-scroll.mjs';
import { astroCspOption, parseHeadersFile, siteCsp } from './src/integrations/headers-file.mjs';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { pagefindIndex } from './src/integrations/pagefind-index.mjs';
import { pwaOptions } from './src/integrations/pwa-options.mjs';
import { pageWeight } from './src/integrations/page-weight.mjs';

// The site's absolute URL: canonical links, Open Graph, the sitemap and QR codes use it.
// Override at build time with SITE_URL=https://example.org npm run build.
const site = process.env.SITE_URL || 'https://retention-academy.example.cn';

// OFFLINE=off builds the site without a service worker, web app manifest or registration code
// (what an LMS package needs; see README, 离线使用). Any other value, or none, builds it with them.
const offline = process.env.OFFLINE !== 'off';
const relativeAssets = process.env.ASSET_URLS === 'relative';

// The Content-Security-Policy has one source, public/_headers: the <meta> policy of every page
// is built from it, and the build writes dist/_headers with Astro's hashes (src/integrations/).
const csp = siteCsp(parseHeadersFile(readFileSync(new URL('./public/_headers', import.meta.url), 'utf8')));

export default defineConfig({
  site,
  // DIST_DIR / ASTRO_CACHE_DIR let parallel builds (and tests) use their own folders.
  outDir: process.env.DIST_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Links are written with a trailing slash; 'ignore' also serves a bookmark typed without one.
  trailingSlash: 'ignore',
  // Stylesheets are files, never inline <style>: the CSP then needs no style hashes (Astro's
  // <meta> misses the styles of components used inside MDX), and pages share cached CSS.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No Shiki: its inline styles would need 'unsafe-inline' in the CSP. Code blocks stay plain.
    syntaxHighlight: false,
    // Sätteri with heading attributes, so `## 计算公式 {#formula}` sets a stable id in MDX; tables
    // scroll in their own box on a phone instead of widening the page.
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [moduleHeadingIds(), tableScroll()],
    }),
  },
  security: { csp: astroCspOption(csp) },
  vite: {
    define: { __OFFLINE__: JSON.stringify(offline) },
    // ASSET_URLS=relative (the LMS packager, scripts/package-lms.mjs): URLs that JavaScript
    // builds for other built files (preloads, the simulator's Worker) are resolved from the
    // importing file instead of the site root, so a package works under any path. The HTML's
    // own root-relative links are rewritten by the packager. Any other value: as before.
    // Such a build also keeps every script a file of its own: a script inlined into a page would
    // resolve a chunk's relative URL (`lazy-chunk:`, src/integrations/page-weight.mjs) from the
    // page instead of from _astro/ (Astro inlines small scripts up to assetsInlineLimit).
    ...(relativeAssets ? { experimental: { renderBuiltUrl: () => ({ relative: true }) }, build: { assetsInlineLimit: 0 } } : {}),
  },
  // Order matters at build:done: the Pagefind index and dist/_headers exist before the service
  // worker's precache list is made from dist/.
  integrations: [mdx(), preact(), pageWeight({ offline }), sitemap(), pagefindIndex(), securityHeaders(), ...(offline ? [AstroPWA(pwaOptions)] : [])],
  devToolbar: { enabled: false },
});
