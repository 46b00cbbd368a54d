/**
 * Build step: write dist/_headers from public/_headers with the hashes Astro computed.
 *
 * Astro (`security.csp`) puts a <meta> CSP in every page with hashes of the inline scripts and
 * styles that page has. A header policy applies to every response, so dist/_headers gets the
 * site policy plus every page's hashes (a page's own <meta> policy stays the stricter one; a
 * browser enforces both). Fails the build if a page has no <meta> CSP or one that allows more
 * than public/_headers says.
 */
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsp, formatHeadersFile, mergePagePolicies, parseHeadersFile, siteCsp } from './headers-file.mjs';

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

/** @param {string} dist */
export function writeSiteHeaders(dist) {
  const file = join(dist, '_headers');
  const source = readFileSync(file, 'utf8');
  const rules = parseHeadersFile(source);
  const pages = htmlFiles(dist).map((path) => {
    const page = `/${relative(dist, path)}`;
    const m = META.exec(readFileSync(path, 'utf8'));
    if (!m) throw new Error(`${page}: no <meta http-equiv="content-security-policy"> (is security.csp on?)`);
    return { page, policy: m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') };
  });
  const csp = formatCsp(mergePagePolicies(siteCsp(rules), pages));
  const site = rules.find((r) => r.pattern === '/*');
  site.headers = site.headers.map(([n, v]) => [n, n.toLowerCase() === 'content-security-policy' ? csp : v]);
  const preamble = '# Written by the build from public/_headers (see there); the CSP lists the hashes of\n# the inline scripts and styles Astro emitted for this build.\n\n';
  writeFileSync(file, formatHeadersFile(rules, preamble));
  return { pages: pages.length, csp };
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
  return {
    name: 'retention-academy:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, csp } = writeSiteHeaders(fileURLToPath(dir));
        logger.info(`dist/_headers written: CSP over ${pages} pages (${csp.length} characters)`);
      },
    },
  };
}
