/**
 * What a built page loads (gzip bytes of JavaScript), and the page-weight budgets: their one
 * home. Used by `npm run bench` and `npm test` (scripts/measure-js.mjs) and by the browser
 * check test/e2e/page-weight.spec.ts, which loads pages in Chromium and fails if they load any
 * script this count does not include.
 *
 * Counted for a page: inline <script>s; <script src>; <link rel="modulepreload">; every
 * island's component and renderer, and everything those files import statically,
 * transitively. Not counted: dynamic import() — chunks a page fetches only later (the charts,
 * when a chart scrolls into view; the search UI, on the first search; the storage notice's
 * text, when one is shown; the service worker's registration, after the load event). Each
 * file is counted once per page.
 *
 * "Before interaction" is all of it except what only client:visible islands need (they load
 * when they scroll into view); idle islands and module scripts are counted — they load without
 * any interaction (issue 15: what a module page needs before the learner touches anything is
 * the theme, the search box and the progress tracker).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/** Gzip bytes. `npm test` fails when a page is over its budget (measure-js.mjs --check). */
export const BUDGETS = {
  /** JavaScript before interaction, per page type (issue 15: module pages; the home page runs the same tracker and store). */
  beforeInteraction: { module: 10 * KB, home: 10 * KB },
  /** All JavaScript of a calculator page, its islands counted as on screen (charts load on scroll). */
  total: { tool: 25 * KB },
};

/**
 * Scripts a page loads without interaction that are deliberately not counted, with the reason.
 * The browser check (test/e2e/page-weight.spec.ts) allows exactly these besides the counted
 * ones.
 */
export const NOT_COUNTED = [
  {
    file: /^_astro\/offline\.[\w-]+\.js$/,
    why: 'the service worker registration (workbox-window): loaded after the load event, once per visit, and not at all in an LMS package',
  },
];

const gzipCache = new Map();
export function gzipBytes(buf) {
  return gzipSync(buf, { level: 9 }).length;
}
function fileGzip(path) {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipBytes(readFileSync(path)));
  return gzipCache.get(path);
}

/** Resolve a URL found in a page or chunk to a file in dist (site-relative or relative). */
function toFile(dist, url, fromFile) {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? join(dist, clean) : join(dirname(fromFile), clean);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const STATIC_IMPORT = /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const STATIC_EXPORT_FROM = /(?:^|[;\s})])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+\.m?js)["']/g;
// import("./x.js"), and the chunk URLs of src/integrations/page-weight.mjs ("/_astro/x.js" strings).
const LAZY = [/import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g, /["'`](\/_astro\/[^"'`]+\.m?js)["'`]/g];

/** A JS file and everything it imports statically; what it can load later goes to `lazy`. */
function closure(dist, entry, seen, lazy) {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const re of [STATIC_IMPORT, STATIC_EXPORT_FROM]) {
    for (const m of code.matchAll(re)) {
      const f = toFile(dist, m[1], entry);
      if (f) closure(dist, f, seen, lazy);
    }
  }
  scanLazy(dist, code, entry, lazy);
}

function scanLazy(dist, code, from, lazy) {
  for (const re of LAZY) {
    for (const m of code.matchAll(re)) {
      const f = toFile(dist, m[1], from);
      if (f) lazy.add(f);
    }
  }
}

function attr(tag, name) {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&') : undefined;
}

/**
 * @param {string} dist the built site
 * @param {string} htmlFile one of its pages
 */
export function measurePage(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set();
  const lazy = new Set();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [whole, attrs, body] = m;
    const type = attr(whole.slice(0, whole.indexOf('>') + 1), 'type');
    if (type && !/module|javascript/.test(type)) continue; // JSON-LD and the like
    const src = attr(`<script${attrs}>`, 'src');
    if (src) {
      const f = toFile(dist, src, htmlFile);
      if (f) closure(dist, f, files, lazy);
    } else if (body.trim()) {
      inline += gzipBytes(Buffer.from(body));
      for (const i of body.matchAll(STATIC_IMPORT)) {
        const f = toFile(dist, i[1], htmlFile);
        if (f) closure(dist, f, files, lazy);
      }
      scanLazy(dist, body, htmlFile, lazy);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const f = toFile(dist, attr(m[0], 'href') ?? '', htmlFile);
    if (f) closure(dist, f, files, lazy);
  }
  let islands = 0;
  const eager = new Set(files);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    islands++;
    const onVisible = attr(m[0], 'client') === 'visible';
    for (const name of ['component-url', 'renderer-url']) {
      const f = toFile(dist, attr(m[0], name) ?? '', htmlFile);
      if (f) {
        closure(dist, f, files, lazy);
        if (!onVisible) closure(dist, f, eager, new Set());
      }
    }
  }
  // Of the total, what only client:visible islands need (loaded once they scroll into view).
  const visibleOnly = [...files].filter((f) => !eager.has(f)).reduce((a, f) => a + fileGzip(f), 0);
  for (const f of files) lazy.delete(f);
  const lazyAll = new Set();
  for (const f of lazy) closure(dist, f, lazyAll, new Set());
  for (const f of files) lazyAll.delete(f);
  const bytes = inline + [...files].reduce((a, f) => a + fileGzip(f), 0);
  const lazyBytes = [...lazyAll].reduce((a, f) => a + fileGzip(f), 0);
  const rel = (f) => relative(dist, f).split('\\').join('/');
  return {
    bytes,
    beforeInteraction: bytes - visibleOnly,
    visibleOnly,
    inline,
    islands,
    files: [...files].map(rel).sort(),
    /** What the page loads before interaction, file by file (gzip bytes); `inline` comes on top. */
    eager: Object.fromEntries([...eager].map((f) => [rel(f), fileGzip(f)]).sort(([a], [b]) => a.localeCompare(b))),
    lazyBytes,
    lazy: [...lazyAll].map(rel).sort(),
  };
}

/** Every built page: its index.html and its URL path. */
export function builtPages(dist, dir = dist) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === '_astro' || name === 'pagefind') continue;
      out.push(...builtPages(dist, p));
    } else if (name === 'index.html') {
      const url = `/${relative(dist, dirname(p)).split('\\').join('/')}/`.replace(/^\/\.?\/$/, '/').replace(/\/+/g, '/');
      out.push({ file: p, url });
    }
  }
  return out;
}

/** The budget a page is over, as a sentence, or undefined. */
export function overBudget(type, m) {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const before = BUDGETS.beforeInteraction[type];
  if (before !== undefined && m.beforeInteraction > before) return `${kb(m.beforeInteraction)} of JavaScript before interaction, budget ${kb(before)}`;
  const total = BUDGETS.total[type];
  if (total !== undefined && m.bytes > total) return `${kb(m.bytes)} of JavaScript, budget ${kb(total)}`;
  return undefined;
}
