#!/usr/bin/env node
/**
 * Link check over the built site: every internal href/src in every HTML page must resolve to a
 * file in dist/, every #anchor must exist as an id (or name) in the target page, and no page may
 * use the same id twice (an anchor to a duplicated id is ambiguous).
 * Usage: node scripts/check-links.mjs [dist]   (exits 1 and lists each broken link)
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

const root = path.resolve(process.argv[2] || process.env.DIST_DIR || 'dist');
const ORIGIN = 'http://site.invalid';

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** The file a URL path is served from (directory format: /a/b/ → a/b/index.html). */
function fileFor(pathname) {
  const clean = decodeURIComponent(pathname);
  const direct = path.join(root, clean);
  if (clean.endsWith('/')) return path.join(direct, 'index.html');
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  if (existsSync(path.join(direct, 'index.html'))) return path.join(direct, 'index.html');
  return direct;
}

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const doc = parse(readFileSync(file, 'utf8'));
    const ids = new Set();
    for (const el of doc.querySelectorAll('[id], a[name]')) ids.add(el.getAttribute('id') ?? el.getAttribute('name'));
    idCache.set(file, ids);
  }
  return idCache.get(file);
}

const pages = htmlFiles(root);
const broken = [];
let checked = 0;
for (const page of pages) {
  const pagePath = '/' + path.relative(root, page).replace(/index\.html$/, '').replace(/\\/g, '/');
  const doc = parse(readFileSync(page, 'utf8'));
  const seenIds = new Set();
  for (const el of doc.querySelectorAll('[id]')) {
    const id = el.getAttribute('id');
    if (seenIds.has(id)) broken.push(`${pagePath}: id“${id}”在页面中重复出现`);
    seenIds.add(id);
  }
  for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], source[src], iframe[src]')) {
    const raw = el.getAttribute('href') ?? el.getAttribute('src');
    if (!raw || /^(mailto:|tel:|javascript:|data:|blob:)/i.test(raw)) continue;
    let url;
    try {
      url = new URL(raw, ORIGIN + pagePath);
    } catch {
      broken.push(`${pagePath}: 无法解析的链接 ${raw}`);
      continue;
    }
    if (url.origin !== ORIGIN) continue; // external links are not followed (and the site should have none in pages)
    checked++;
    const target = fileFor(url.pathname);
    if (!existsSync(target)) {
      broken.push(`${pagePath}: 链接 ${raw} 指向不存在的页面或文件`);
      continue;
    }
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) {
      broken.push(`${pagePath}: 链接 ${raw} 的锚点 #${hash} 在目标页面中不存在`);
    }
  }
}

if (broken.length) {
  console.error(`链接检查失败：${broken.length} 个坏链接（共检查 ${checked} 个内部链接，${pages.length} 个页面）`);
  for (const b of broken) console.error('  ' + b);
  process.exit(1);
}
console.log(`链接检查通过：${pages.length} 个页面，${checked} 个内部链接与锚点全部有效。`);
