import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  astroCspOption,
  formatCsp,
  formatHeadersFile,
  headersFor,
  mergePagePolicies,
  parseCsp,
  parseHeadersFile,
  siteCsp,
  toNginx,
} from '../../src/integrations/headers-file.mjs';

const SAMPLE = `# comment
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; frame-ancestors 'self'
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/sw.js
  Cache-Control: no-cache
/tracks/:track/
  X-Track: yes
`;

describe('_headers file', () => {
  const rules = parseHeadersFile(SAMPLE);
  it('parses rules, skipping comments and blank lines', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/sw.js', '/tracks/:track/']);
    expect(rules[0]!.headers[1]).toEqual(['X-Content-Type-Options', 'nosniff']);
  });
  it('matches splats across segments, placeholders within one, exact paths exactly', () => {
    const names = (p: string) => headersFor(rules, p).map(([n]) => n);
    expect(names('/_astro/a/b.js')).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Cache-Control']);
    expect(names('/sw.js')).toContain('Cache-Control');
    expect(names('/sw.jsx')).not.toContain('Cache-Control');
    expect(names('/tracks/basics/')).toContain('X-Track');
    expect(names('/tracks/a/b/')).not.toContain('X-Track');
    expect(names('/x_astro/a.js')).not.toContain('Cache-Control');
  });
  it('rejects a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
  });
  it('formats back to the same rules', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });
});

describe('CSP', () => {
  const site = siteCsp(parseHeadersFile(SAMPLE));
  it('round-trips a policy', () => {
    expect(formatCsp(parseCsp(formatCsp(site)))).toBe(formatCsp(site));
  });
  it("gives Astro script-src/style-src as resources and leaves header-only directives out of the <meta>", () => {
    const option = astroCspOption(site);
    expect(option.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(option.styleDirective.resources).toEqual(["'self'"]);
    expect(option.directives).toEqual(["default-src 'self'", "object-src 'none'"]);
  });
  it('adds the hashes of every page to the header policy', () => {
    const merged = mergePagePolicies(site, [
      { page: '/a', policy: "script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self'" },
      { page: '/b', policy: "script-src 'self' 'sha256-BBB=' 'sha256-AAA='; style-src 'self' 'sha384-CCC='" },
    ]);
    expect(merged.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(merged.get('style-src')).toEqual(["'self'", "'sha384-CCC='"]);
    expect(site.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]); // not mutated
  });
  it('fails when a page allows a source or directive the site policy does not', () => {
    expect(() => mergePagePolicies(site, [{ page: '/a', policy: "script-src 'self' 'unsafe-inline'" }])).toThrow(/\/a.*'unsafe-inline'/);
    expect(() => mergePagePolicies(site, [{ page: '/b', policy: "img-src https:" }])).toThrow(/\/b.*img-src/);
  });
  it('requires the site rule to set a CSP', () => {
    expect(() => siteCsp(parseHeadersFile('/*\n  X-A: b\n'))).toThrow(/Content-Security-Policy/);
  });
});

describe('nginx snippet', () => {
  it('repeats the site headers in every location (add_header in a location replaces the inherited ones)', () => {
    const conf = toNginx(parseHeadersFile(SAMPLE));
    expect(conf).toContain(`add_header X-Content-Type-Options "nosniff" always;`);
    const astro = conf.slice(conf.indexOf('location ^~ /_astro/ {'), conf.indexOf('}', conf.indexOf('location ^~ /_astro/')));
    expect(astro).toContain('Content-Security-Policy');
    expect(astro).toContain('immutable');
    expect(conf).toContain('location = /sw.js {');
  });
});

describe('public/_headers (the site policy)', () => {
  const csp = siteCsp(parseHeadersFile(readFileSync('public/_headers', 'utf8')));
  it('is strict: no unsafe-inline or unsafe-eval, no wildcard or scheme sources', () => {
    for (const [name, sources] of csp) {
      for (const s of sources) expect(`${name} ${s}`).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|data:|blob:/);
    }
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });
});
