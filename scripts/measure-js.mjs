#!/usr/bin/env node
/**
 * How much JavaScript (gzip bytes) each built page loads, by page type: all of it (islands
 * counted as if on screen), before interaction, and what it can load later. What is counted:
 * scripts/page-weight.mjs, which also holds the budgets.
 *
 *   node scripts/measure-js.mjs [distDir] [--json] [--check]
 *
 * Pages are grouped by type (scripts/page-types.mjs). With --check, exits 1 when a page is
 * over its budget (BUDGETS in scripts/page-weight.mjs): `npm test` and `npm run bench` run it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGETS, builtPages, measurePage, overBudget } from './page-weight.mjs';
import { typeOf } from './page-types.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const check = args.includes('--check');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.DIST_DIR ?? 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`measure-js: no built site in ${dist} (run astro build first)`);
  process.exit(2);
}

const results = builtPages(dist)
  .map(({ file, url }) => ({ url, type: typeOf(url), ...measurePage(dist, file) }))
  .sort((a, b) => a.url.localeCompare(b.url));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const byType = {};
for (const r of results) {
  const t = (byType[r.type] ??= { pages: 0, min: Infinity, max: 0, maxUrl: '', eagerMin: Infinity, eagerMax: 0 });
  t.pages++;
  t.min = Math.min(t.min, r.bytes);
  t.eagerMin = Math.min(t.eagerMin, r.beforeInteraction);
  t.eagerMax = Math.max(t.eagerMax, r.beforeInteraction);
  if (r.bytes >= t.max) {
    t.max = r.bytes;
    t.maxUrl = r.url;
  }
}
const over = check ? results.map((r) => ({ url: r.url, why: overBudget(r.type, r) })).filter((o) => o.why) : [];

if (json) {
  console.log(JSON.stringify({ dist, budgets: BUDGETS, byType, pages: results, over }, null, 2));
} else {
  console.log(`JavaScript per page (gzip), ${dist}`);
  console.log('\nBy page type (min – max); client:visible islands are counted as if on screen:');
  for (const [type, t] of Object.entries(byType)) {
    console.log(`  ${type.padEnd(12)} ${String(t.pages).padStart(3)} pages  ${kb(t.min)} – ${kb(t.max)}  (largest: ${t.maxUrl}); before interaction ${kb(t.eagerMin)} – ${kb(t.eagerMax)}`);
  }
  console.log('\nCalculator pages ([+ …] = chunks loaded only later, e.g. charts and search; not counted):');
  for (const r of results.filter((x) => x.type === 'tool' || x.type === 'tools-index')) {
    console.log(`  ${r.url.padEnd(28)} ${kb(r.bytes).padStart(9)}${r.lazyBytes ? `   [+ ${kb(r.lazyBytes)} lazy]` : ''}`);
  }
  console.log('\nModule pages (of which only client:visible islands need, e.g. calculators and quiz further down):');
  for (const r of results.filter((x) => x.type === 'module')) {
    console.log(`  ${r.url.padEnd(40)} ${kb(r.bytes).padStart(9)}   before interaction ${kb(r.beforeInteraction).padStart(8)}   (${kb(r.visibleOnly)} on visible, ${r.islands} islands)`);
  }
  const home = results.find((r) => r.url === '/');
  if (home) {
    console.log('\nHome page before interaction, file by file:');
    console.log(`  ${'inline scripts'.padEnd(70)} ${kb(home.inline).padStart(8)}`);
    for (const [f, b] of Object.entries(home.eager)) console.log(`  ${f.padEnd(70)} ${kb(b).padStart(8)}`);
  }
  const module = results.find((r) => r.type === 'module');
  if (module) {
    console.log(`\nA module page (${module.url}) before interaction, file by file:`);
    console.log(`  ${'inline scripts'.padEnd(70)} ${kb(module.inline).padStart(8)}`);
    for (const [f, b] of Object.entries(module.eager)) console.log(`  ${f.padEnd(70)} ${kb(b).padStart(8)}`);
  }
  if (check) {
    const budgets = [
      ...Object.entries(BUDGETS.beforeInteraction).map(([t, b]) => `${t} ≤ ${kb(b)} before interaction`),
      ...Object.entries(BUDGETS.total).map(([t, b]) => `${t} ≤ ${kb(b)} in all`),
    ];
    console.log(`\nBudgets (scripts/page-weight.mjs): ${budgets.join('; ')} — ${over.length ? `OVER on ${over.length} page(s):` : 'all pages within.'}`);
    for (const o of over) console.log(`  ${o.url}: ${o.why}`);
  }
}
// exitCode, not exit(): a large --json report written to a pipe must be flushed first.
process.exitCode = over.length > 0 ? 1 : 0;
