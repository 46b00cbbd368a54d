/**
 * What the build produced, read from dist/ (or $DIST_DIR) by the browser tests: the pages the
 * sitemap lists and the header set of dist/_headers. Checks that cover "every page" take their
 * list from here, so a new page type joins them by being in the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/integrations/headers-file.mjs';

export const DIST = resolve(process.env['DIST_DIR'] ?? 'dist');

function read(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the site first (npm run build)`);
  return readFileSync(path, 'utf8');
}

/** Every page URL path in the built sitemap (sitemap-index.xml and the sitemaps it lists). */
export function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.trim()));
  const paths = locs(read('sitemap-index.xml')).flatMap((sitemap) => locs(read(sitemap.pathname.slice(1))).map((u) => u.pathname));
  return [...new Set(paths)].sort();
}

/** The headers dist/_headers sets for a path, as lower-case name → value. */
export function builtHeaders(pathname: string): Record<string, string> {
  const rules = parseHeadersFile(read('_headers'));
  return Object.fromEntries(headersFor(rules, pathname).map(([n, v]) => [n.toLowerCase(), v]));
}
