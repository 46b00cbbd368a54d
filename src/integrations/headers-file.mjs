/**
 * The `_headers` file format (Netlify, Cloudflare Pages): a path pattern on its own line, then
 * indented `Name: value` lines. `#` starts a comment. A pattern matches a URL path; `*` matches
 * any characters (including `/`), `:name` one path segment. Every rule that matches applies;
 * hosts join two values of the same header with a comma, so our file names each header once
 * per path.
 *
 * Used by the build (to read the CSP and write dist/_headers with Astro's hashes), by
 * `npm run serve` (to send the same headers locally) and to print the nginx equivalent.
 * Plain JavaScript so that astro.config.mjs and scripts/*.mjs can import it without a build.
 */

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderRule | undefined} */
  let current;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
      return;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path pattern`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** @param {HeaderRule[]} rules @returns {string} */
export function formatHeadersFile(rules, preamble = '') {
  const body = rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n');
  return `${preamble}${body}\n`;
}

/** @param {string} pattern */
function patternToRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers for one URL path: every matching rule, in file order.
 * @param {HeaderRule[]} rules @param {string} pathname @returns {[string, string][]}
 */
export function headersFor(rules, pathname) {
  return rules.filter((r) => patternToRegExp(r.pattern).test(pathname)).flatMap((r) => r.headers);
}

/** @param {string} policy @returns {Map<string, string[]>} directive name → sources, in order */
export function parseCsp(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** @param {Map<string, string[]>} csp */
export function formatCsp(csp) {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The site-wide Content-Security-Policy of a parsed `_headers` file (rule `/*`). */
export function siteCsp(rules) {
  const rule = rules.find((r) => r.pattern === '/*');
  const value = rule?.headers.find(([n]) => n.toLowerCase() === 'content-security-policy')?.[1];
  if (!value) throw new Error('public/_headers: the "/*" rule must set Content-Security-Policy');
  return parseCsp(value);
}

/** Directives a browser ignores in a <meta> CSP (and reports as an error when it finds them). */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

const isHash = (s) => /^'sha(256|384|512)-/.test(s);

/**
 * Astro's `security.csp` option for a site policy: script-src and style-src become the
 * resources Astro's hashes are added to; the other directives go into the <meta> as they are,
 * except those only a header can carry.
 * @param {Map<string, string[]>} csp
 * @returns {{ directives: import('astro').CspDirective[], scriptDirective: { resources: string[] }, styleDirective: { resources: string[] } }}
 */
export function astroCspOption(csp) {
  const directives = [...csp]
    .filter(([name]) => name !== 'script-src' && name !== 'style-src' && !HEADER_ONLY_DIRECTIVES.includes(name))
    .map(([name, sources]) => /** @type {import('astro').CspDirective} */ ([name, ...sources].join(' ')));
  return {
    directives,
    scriptDirective: { resources: csp.get('script-src') ?? ["'self'"] },
    styleDirective: { resources: csp.get('style-src') ?? ["'self'"] },
  };
}

/**
 * The header policy for the whole built site: the site policy with every hash that any page's
 * <meta> policy lists added to script-src / style-src. Throws if a page's <meta> policy has a
 * directive or source the site policy lacks (other than hashes): the two would then disagree.
 * @param {Map<string, string[]>} site @param {{ page: string, policy: string }[]} pages
 */
export function mergePagePolicies(site, pages) {
  const merged = new Map([...site].map(([n, s]) => [n, [...s]]));
  for (const { page, policy } of pages) {
    for (const [name, sources] of parseCsp(policy)) {
      const target = merged.get(name);
      if (!target) throw new Error(`${page}: its <meta> CSP has "${name}", which public/_headers does not set`);
      for (const s of sources) {
        if (target.includes(s)) continue;
        if (!isHash(s)) throw new Error(`${page}: its <meta> CSP allows ${s} in ${name}, which public/_headers does not`);
        target.push(s);
      }
    }
  }
  return merged;
}

/**
 * The same header set as an nginx snippet (for a `server { … }` block). nginx picks one
 * `location` per request, and `add_header` in a location replaces the server-level ones, so
 * each location repeats the site-wide headers.
 * @param {HeaderRule[]} rules
 */
export function toNginx(rules) {
  const q = (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const site = rules.find((r) => r.pattern === '/*')?.headers ?? [];
  const lines = ['# Generated from dist/_headers by `npm run headers:nginx`; paste into the server { } block.'];
  for (const [n, v] of site) lines.push(`add_header ${n} ${q(v)} always;`);
  for (const r of rules.filter((x) => x.pattern !== '/*')) {
    const prefix = r.pattern.replace(/\*$/, '');
    const loc = r.pattern.endsWith('*') ? `location ^~ ${prefix}` : `location = ${prefix}`;
    lines.push(`${loc} {`);
    for (const [n, v] of [...site, ...r.headers]) lines.push(`  add_header ${n} ${q(v)} always;`);
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}
