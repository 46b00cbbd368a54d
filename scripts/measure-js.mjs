#!/usr/bin/env node
/**
 * How much JavaScript (gzip bytes) a built page loads before the learner interacts.
 *
 *   node scripts/measure-js.mjs [distDir] [--json] [--budget=25600] [--module-budget=10240]
 *
 * Counted for each page: inline <script>s; <script src>; <link rel="modulepreload">; every
 * island's component and renderer (client:visible islands are counted as if visible — a
 * calculator is usually on screen), and everything those files import statically,
 * transitively. Not counted: dynamic import() — chunks a page fetches only later (the charts,
 * which load when a chart scrolls into view; the search index, loaded on first search). The
 * lazily loaded chunks are listed separately. Each file is counted once per page.
 *
 * Pages are grouped by type: those of scripts/page-types.mjs (home, module, tool,
 * deck, speaker, planner, guide, answer-key, workbook, …).
 * With --budget, exits 1 if any calculator page (tool) loads more than that many bytes. With
 * --module-budget, exits 1 if any module page loads more than that many bytes *before
 * interaction*: everything except what only client:visible islands need (issue 15: the theme,
 * the search box and the progress tracker; the rest hydrates when visible or idle — idle
 * islands are counted, they load without any interaction).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { typeOf } from './page-types.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const budgetArg = args.find((a) => a.startsWith('--budget='));
const budget = budgetArg ? Number(budgetArg.slice('--budget='.length)) : undefined;
const moduleBudgetArg = args.find((a) => a.startsWith('--module-budget='));
const moduleBudget = moduleBudgetArg ? Number(moduleBudgetArg.slice('--module-budget='.length)) : undefined;
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.DIST_DIR ?? 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`measure-js: no built site in ${dist} (run astro build first)`);
  process.exit(2);
}

const gzipCache = new Map();
function gz(buf) {
  return gzipSync(buf, { level: 9 }).length;
}
function fileGzip(path) {
  if (!gzipCache.has(path)) gzipCache.set(path, gz(readFileSync(path)));
  return gzipCache.get(path);
}

/** Resolve a URL found in a page or chunk to a file in dist (site-relative or relative). */
function toFile(url, fromFile) {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? join(dist, clean) : join(dirname(fromFile), clean);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const STATIC_IMPORT = /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const STATIC_EXPORT_FROM = /(?:^|[;\s})])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

/** A JS file and everything it imports statically. */
function closure(entry, seen, lazy) {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const re of [STATIC_IMPORT, STATIC_EXPORT_FROM]) {
    for (const m of code.matchAll(re)) {
      const f = toFile(m[1], entry);
      if (f) closure(f, seen, lazy);
    }
  }
  for (const m of code.matchAll(DYNAMIC_IMPORT)) {
    const f = toFile(m[1], entry);
    if (f) lazy.add(f);
  }
}

function attr(tag, name) {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&') : undefined;
}

function measure(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set();
  const lazy = new Set();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [_, attrs, body] = m;
    const type = attr(_.slice(0, _.indexOf('>') + 1), 'type');
    if (type && !/module|javascript/.test(type)) continue; // JSON-LD and the like
    const src = attr(`<script${attrs}>`, 'src');
    if (src) {
      const f = toFile(src, htmlFile);
      if (f) closure(f, files, lazy);
    } else if (body.trim()) {
      inline += gz(Buffer.from(body));
      for (const i of body.matchAll(STATIC_IMPORT)) {
        const f = toFile(i[1], htmlFile);
        if (f) closure(f, files, lazy);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const f = toFile(attr(m[0], 'href') ?? '', htmlFile);
    if (f) closure(f, files, lazy);
  }
  let islands = 0;
  const eager = new Set(files);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    islands++;
    const onVisible = attr(m[0], 'client') === 'visible';
    for (const name of ['component-url', 'renderer-url']) {
      const f = toFile(attr(m[0], name) ?? '', htmlFile);
      if (f) {
        closure(f, files, lazy);
        if (!onVisible) closure(f, eager, new Set());
      }
    }
  }
  // Of the total, what only client:visible islands need (loaded once they scroll into view).
  const visibleOnly = [...files].filter((f) => !eager.has(f)).reduce((a, f) => a + fileGzip(f), 0);
  for (const f of files) lazy.delete(f);
  const lazyAll = new Set();
  for (const f of lazy) closure(f, lazyAll, new Set());
  for (const f of files) lazyAll.delete(f);
  const bytes = inline + [...files].reduce((a, f) => a + fileGzip(f), 0);
  const lazyBytes = [...lazyAll].reduce((a, f) => a + fileGzip(f), 0);
  return {
    bytes,
    beforeInteraction: bytes - visibleOnly,
    visibleOnly,
    inline,
    islands,
    files: [...files].map((f) => relative(dist, f)).sort(),
    lazyBytes,
    lazy: [...lazyAll].map((f) => relative(dist, f)).sort(),
  };
}

function pages(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === '_astro' || name === 'pagefind') continue;
      out.push(...pages(p));
    } else if (name === 'index.html') out.push(p);
  }
  return out;
}


const results = pages(dist)
  .map((file) => {
    const url = `/${relative(dist, dirname(file)).split('\\').join('/')}/`.replace(/^\/\.?\/$/, '/').replace(/\/+/g, '/');
    return { url, type: typeOf(url), ...measure(file) };
  })
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
const overBudget = budget === undefined ? [] : results.filter((r) => r.type === 'tool' && r.bytes > budget);
const overModuleBudget = moduleBudget === undefined ? [] : results.filter((r) => r.type === 'module' && r.beforeInteraction > moduleBudget);

if (json) {
  console.log(
    JSON.stringify(
      { dist, budget: budget ?? null, moduleBudget: moduleBudget ?? null, byType, pages: results, overBudget: overBudget.map((r) => r.url), overModuleBudget: overModuleBudget.map((r) => r.url) },
      null,
      2,
    ),
  );
} else {
  console.log(`JS loaded before interaction (gzip), ${dist}`);
  console.log('\nBy page type (min – max); client:visible islands are counted as if on screen:');
  for (const [type, t] of Object.entries(byType)) {
    console.log(`  ${type.padEnd(12)} ${String(t.pages).padStart(3)} pages  ${kb(t.min)} – ${kb(t.max)}  (largest: ${t.maxUrl}); before interaction ${kb(t.eagerMin)} – ${kb(t.eagerMax)}`);
  }
  console.log('\nCalculator pages ([+ …] = chunks reachable only by dynamic import, e.g. charts and search; not counted):');
  for (const r of results.filter((x) => x.type === 'tool' || x.type === 'tools-index')) {
    console.log(`  ${r.url.padEnd(28)} ${kb(r.bytes).padStart(9)}${r.lazyBytes ? `   [+ ${kb(r.lazyBytes)} lazy]` : ''}`);
  }
  console.log('\nModule pages (of which only client:visible islands need, e.g. calculators and quiz further down):');
  for (const r of results.filter((x) => x.type === 'module')) {
    console.log(`  ${r.url.padEnd(40)} ${kb(r.bytes).padStart(9)}   before interaction ${kb(r.beforeInteraction).padStart(8)}   (${kb(r.visibleOnly)} on visible, ${r.islands} islands)`);
  }
  if (budget !== undefined) {
    console.log(`\nBudget for a calculator page: ${kb(budget)} — ${overBudget.length ? `OVER on ${overBudget.map((r) => r.url).join(', ')}` : 'all within'}`);
  }
}
if (moduleBudget !== undefined && !json) {
  console.log(`Budget for a module page before interaction: ${kb(moduleBudget)} — ${overModuleBudget.length ? `OVER on ${overModuleBudget.length} of ${results.filter((r) => r.type === 'module').length} pages` : 'all within'}`);
}
process.exit(overBudget.length > 0 || overModuleBudget.length > 0 ? 1 : 0);
