#!/usr/bin/env node
/**
 * (typography-ignore-file: the converter leaves this file as written.)
 * Typography check over the built site: no half-width , : ; ? ! ( ) between Chinese characters in
 * what a reader sees — text, the user-visible attributes (title, aria-label, alt, placeholder …),
 * meta description and Open Graph text, the props an island renders in the browser, and the JSON
 * data the assessment and review pages load. Code, pre, kbd, samp, math, script and style are not
 * text; URLs are masked; numbers such as 1,200 or 09:00 never sit between Han characters.
 *
 * Whatever put the ASCII mark there (an editor that normalises full-width punctuation, new text
 * written in a hurry, a string assembled in code), this finds it. Fix the source, or run
 * `node scripts/typography.mjs --write`.
 *
 * Usage: node scripts/check-typography.mjs [dist] [--strict]
 *   exits 1 listing page, place, context and count; --strict also fails on a mark with Chinese
 *   on one side only (reported as a count otherwise).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, NodeType } from 'node-html-parser';

const HAN = /\p{Script=Han}/u;
// Chinese context: Han, CJK punctuation and full-width forms, curly quotes.
const CJK = /[\p{Script=Han}\u3001-\u303F\uFF01-\uFF5E\u201C\u201D\u2018\u2019]/u;
const MARKS = /[,:;?!()]/g;
const STOP = '\uE001'; // stands where code or a URL was: context never crosses it
const SPACE = /[ \t\u00A0\u2009\u202F]/;
const URL_RE = /\b(?:https?|ftp|mailto):[^\s"'<>\u3000-\u303F\uFF00-\uFFEF]+|(?<![\w/])\/[A-Za-z0-9._~%-]+\/[A-Za-z0-9._~%/=?&#,:;-]*/g;

/** Elements whose content is not prose. */
const NOT_TEXT = new Set(['code', 'pre', 'kbd', 'samp', 'math', 'script', 'style', 'var']);
/** Elements that sit inside a line of text (everything else separates lines). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'label', 'mark', 'output', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'button', 'astro-island', 'astro-slot', 'tspan']);
/** Attributes a reader sees or hears. */
const VISIBLE_ATTRS = ['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'alt', 'placeholder', 'label'];

function context(s, i, j) {
  let k = i + j;
  while (k >= 0 && k < s.length && SPACE.test(s[k])) k += j;
  return k >= 0 && k < s.length ? s[k] : '';
}

/**
 * Half-width marks in a piece of text: `between` (Chinese on both sides: fails the check) and
 * `beside` (Chinese on one side only). Each with its index, mark and a snippet of context.
 */
export function findInText(text) {
  const s = text.replace(URL_RE, (u) => STOP.repeat(u.length));
  const between = [];
  const beside = [];
  for (const m of s.matchAll(MARKS)) {
    const i = m.index;
    const l = CJK.test(context(s, i, -1));
    const r = CJK.test(context(s, i, 1));
    if (!l && !r) continue;
    // at least one side must be a Han character, not only punctuation (“)” ，( …)
    const hanNear = HAN.test(context(s, i, -1)) || HAN.test(context(s, i, 1));
    if (!hanNear) continue;
    const snippet = (text.slice(Math.max(0, i - 12), i) + '[' + m[0] + ']' + text.slice(i + 1, i + 13)).replace(/\s+/g, ' ').replaceAll(STOP, '');
    (l && r ? between : beside).push({ index: i, mark: m[0], snippet });
  }
  return { between, beside };
}

/** The text of an element as lines: inline elements join, block elements and code separate. */
function textLines(root) {
  const lines = [];
  let cur = '';
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) cur += child.text;
      else if (child.nodeType === NodeType.ELEMENT_NODE) {
        const tag = child.rawTagName?.toLowerCase() ?? '';
        if (NOT_TEXT.has(tag)) {
          cur += STOP;
          continue;
        }
        const inline = INLINE.has(tag);
        if (!inline) {
          lines.push(cur);
          cur = '';
        }
        if (tag === 'br') cur += '\n';
        walk(child);
        if (!inline) {
          lines.push(cur);
          cur = '';
        }
      }
    }
  };
  walk(root);
  lines.push(cur);
  return lines.filter((l) => HAN.test(l));
}

/** Strings inside an Astro island's serialized props ([type, value] pairs, nested). */
function propStrings(json) {
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(json));
  } catch {
    /* not JSON: nothing to check */
  }
  return out.filter((s) => HAN.test(s));
}

/** Check one HTML document. Returns { between, beside } with `where` on each finding. */
export function checkHtml(html) {
  const doc = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true } });
  const between = [];
  const beside = [];
  const add = (text, where) => {
    const r = findInText(text);
    for (const f of r.between) between.push({ ...f, where });
    for (const f of r.beside) beside.push({ ...f, where });
  };
  for (const line of textLines(doc)) add(line, 'text');
  for (const el of doc.querySelectorAll('*')) {
    for (const name of VISIBLE_ATTRS) {
      const v = el.getAttribute(name);
      if (v && HAN.test(v)) add(v, `${name}=`);
    }
    const tag = el.rawTagName?.toLowerCase();
    if (tag === 'meta') {
      const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
      const v = el.getAttribute('content');
      if (v && /^(description|keywords|og:|twitter:|application-name|apple-mobile-web-app-title)/.test(key)) add(v, `meta ${key}`);
    }
    if (tag === 'astro-island') {
      const props = el.getAttribute('props');
      if (props) for (const s of propStrings(props)) add(s, 'island props');
    }
  }
  return { between, beside };
}

/** Check a JSON file's string values (the data the assessment and review pages fetch). */
export function checkJson(text) {
  const between = [];
  const beside = [];
  for (const s of propStrings(text)) {
    const r = findInText(s);
    for (const f of r.between) between.push({ ...f, where: 'json' });
    for (const f of r.beside) beside.push({ ...f, where: 'json' });
  }
  return { between, beside };
}

function files(dir, root = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = path.relative(root, full);
    if (statSync(full).isDirectory()) {
      if (rel === '_astro' || rel === 'pagefind') continue;
      out.push(...files(full, root));
    } else if (/\.(html|json|webmanifest)$/.test(name)) out.push(full);
  }
  return out;
}

/** Check a built site. Returns per-page results and totals. */
export function checkDist(root) {
  const pages = [];
  let between = 0;
  let beside = 0;
  const all = files(root);
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    const r = file.endsWith('.html') ? checkHtml(text) : checkJson(text);
    between += r.between.length;
    beside += r.beside.length;
    if (r.between.length || r.beside.length) {
      const page = '/' + path.relative(root, file).replace(/\\/g, '/').replace(/index\.html$/, '');
      pages.push({ page, ...r });
    }
  }
  return { files: all.length, pages, between, beside };
}

function main(argv) {
  const strict = argv.includes('--strict');
  const root = path.resolve(argv.find((a) => !a.startsWith('--')) || process.env.DIST_DIR || 'dist');
  const started = Date.now();
  const r = checkDist(root);
  const failing = strict ? r.between + r.beside : r.between;
  const ms = Date.now() - started;
  if (failing) {
    const pages = r.pages.filter((p) => p.between.length || (strict && p.beside.length)).length;
    console.error(`排版检查失败：${failing} 处半角标点${strict ? '紧挨' : '夹在'}中文${strict ? '' : '之间'}（${pages} 个页面或数据文件，共检查 ${r.files} 个文件）`);
    for (const p of r.pages) {
      const list = strict ? [...p.between, ...p.beside] : p.between;
      if (!list.length) continue;
      console.error(`  ${p.page}: ${list.length} 处`);
      for (const f of list.slice(0, 8)) console.error(`    ${f.where}  …${f.snippet}…`);
      if (list.length > 8) console.error(`    …另有 ${list.length - 8} 处`);
    }
    console.error('改正源文件，或运行 node scripts/typography.mjs --write（见 README 的“质量”一节）。');
    process.exit(1);
  }
  console.log(`排版检查通过：${r.files} 个文件中没有夹在中文之间的半角标点（${ms} ms）；只有一侧是中文的半角标点 ${r.beside} 处（不计为错误，--strict 时计为错误）。`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
