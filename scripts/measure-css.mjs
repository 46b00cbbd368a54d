#!/usr/bin/env node
/**
 * CSS weight (gzip bytes) of each built page: its <link rel="stylesheet"> files plus inline
 * <style> blocks, grouped by page type like measure-js.mjs.
 *   node scripts/measure-css.mjs [distDir] [--json]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.DIST_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`measure-css: no built site in ${dist} (run astro build first)`);
  process.exit(2);
}

function pages(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...pages(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

function typeOf(url) {
  if (url === '/') return 'home';
  if (url.startsWith('/modules/')) return 'module';
  if (url === '/tools/') return 'tools-index';
  if (url.startsWith('/tools/')) return 'tool';
  if (url.startsWith('/simulator/')) return 'simulator';
  // Trainer mode (issue 11): decks, speaker views, planner, guides, answer keys, workbook.
  if (/^\/present\/[^/]+\/speaker\/$/.test(url)) return 'speaker';
  if (/^\/present\/[^/]+\/$/.test(url)) return 'deck';
  if (url === '/present/') return 'present-index';
  if (url === '/trainer/') return 'planner';
  if (/^\/trainer\/[^/]+\/key\/$/.test(url)) return 'answer-key';
  if (/^\/trainer\/[^/]+\/$/.test(url)) return 'guide';
  if (url === '/workbook/') return 'workbook';
  return 'other';
}

const byType = {};
for (const file of pages(dist)) {
  const url = '/' + relative(dist, file).replace(/\\/g, '/').replace(/index\.html$/, '').replace(/\.html$/, '/');
  const doc = parse(readFileSync(file, 'utf8'));
  let css = '';
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href') ?? '';
    const path = join(dist, href.split(/[?#]/)[0]);
    if (href.startsWith('/') && existsSync(path)) css += readFileSync(path, 'utf8');
  }
  for (const style of doc.querySelectorAll('style')) css += style.textContent;
  const bytes = gzipSync(css, { level: 9 }).length;
  const t = (byType[typeOf(url)] ??= { pages: 0, min: Infinity, max: 0, maxUrl: '' });
  t.pages++;
  t.min = Math.min(t.min, bytes);
  if (bytes > t.max) Object.assign(t, { max: bytes, maxUrl: url });
}

if (json) console.log(JSON.stringify({ dist, byType }, null, 2));
else {
  console.log(`CSS per page (gzip), ${dist}\n`);
  for (const [type, t] of Object.entries(byType)) {
    console.log(`  ${type.padEnd(12)} ${String(t.pages).padStart(3)} pages  ${(t.min / 1024).toFixed(1)} KB – ${(t.max / 1024).toFixed(1)} KB  (largest: ${t.maxUrl})`);
  }
}
