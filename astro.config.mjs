// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { moduleHeadingIds } from './src/plugins/heading-ids.mjs';

// The site's absolute URL: canonical links, Open Graph, the sitemap and QR codes use it.
// Override at build time with SITE_URL=https://example.org npm run build.
const site = process.env.SITE_URL || 'https://retention-academy.example.cn';

export default defineConfig({
  site,
  // DIST_DIR / ASTRO_CACHE_DIR let parallel builds (and tests) use their own folders.
  outDir: process.env.DIST_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Links are written with a trailing slash; 'ignore' also serves a bookmark typed without one.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    // Sätteri with heading attributes, so `## 计算公式 {#formula}` sets a stable id in MDX.
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [moduleHeadingIds()],
    }),
  },
  integrations: [mdx(), preact(), sitemap()],
  devToolbar: { enabled: false },
});
