/**
 * The headings file of the search (dist/pagefind/site-headings.json): for every page Pagefind
 * indexed, its Pagefind id, URL, title, kind, description and section headings. The search ranks
 * title and heading matches first (src/lib/search-rank.ts), as whole phrases, which Pagefind's
 * word-by-word matching of Chinese cannot do. Read from the same built HTML Pagefind indexed,
 * with the same rules: only what is inside `data-pagefind-body`, nothing inside
 * `data-pagefind-ignore` or the excluded selectors; the title is the `data-pagefind-meta="title"`
 * element (or its `title:` value).
 *
 * The Pagefind id of a page is the name of its fragment file, whose (gzip) content starts with
 * Pagefind's signature and holds the page URL. The build fails if that format ever changes or
 * a page is missing on either side, rather than ship a search that cannot link its results.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The kind of a page, by URL (see KIND_ORDER in src/lib/search-rank.ts). */
export function kindOf(url) {
  if (/^\/modules\/[^/]+\/$/.test(url)) return 'module';
  if (/^\/tools\/[^/]+\/$/.test(url) || url === '/simulator/') return 'tool';
  if (url === '/glossary/') return 'glossary';
  if (/^\/cases\/[^/]+\/$/.test(url)) return 'case';
  return 'page';
}

const clean = (text) => text.replace(/\s+/g, ' ').trim();

/** Whether an element is, or sits inside, something the index leaves out. */
function ignored(el, excluded) {
  return ['[data-pagefind-ignore]', ...excluded].some((sel) => el.closest(sel) !== null);
}

/** Whether the element itself is left out (node-html-parser has closest(), not matches()). */
function leftOut(el, excluded) {
  return ['[data-pagefind-ignore]', ...excluded].some((sel) => el.closest(sel) === el);
}

/** Text of an element without the parts the index leaves out. */
function indexedText(el, excluded) {
  let out = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 3) out += child.text;
    else if (child.nodeType === 1 && !leftOut(child, excluded)) out += indexedText(child, excluded);
  }
  return out;
}

/** Longest lead kept per heading, in characters (the whole file stays near 30 KB gzip). */
export const LEAD_LENGTH = 28;

/** The first words of a section: the text after its heading, up to the next heading. */
function leadOf(h, excluded) {
  let text = '';
  for (let el = h.nextElementSibling; el && text.length < LEAD_LENGTH && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
    if (!leftOut(el, excluded)) text += ` ${indexedText(el, excluded)}`;
  }
  const chars = [...clean(text)];
  return chars.length > LEAD_LENGTH ? `${chars.slice(0, LEAD_LENGTH).join('')}…` : chars.join('');
}

/**
 * One page's entry from its HTML, or null when the page has no `data-pagefind-body`.
 * @param {string} html
 * @param {string} url
 * @param {string[]} excluded selectors the index leaves out
 */
export function pageEntry(html, url, excluded) {
  const doc = parse(html);
  const bodies = doc.querySelectorAll('[data-pagefind-body]');
  if (!bodies.length) return null;
  const titleEl = doc.querySelector('[data-pagefind-meta^="title"]');
  const metaAttr = titleEl?.getAttribute('data-pagefind-meta') ?? '';
  const title = metaAttr.startsWith('title:') ? metaAttr.slice('title:'.length) : clean(titleEl ? indexedText(titleEl, excluded) : (doc.querySelector('title')?.text ?? url));
  const headings = [];
  for (const body of bodies) {
    for (const h of body.querySelectorAll('h2[id], h3[id]')) {
      if (ignored(h, excluded)) continue;
      const text = clean(indexedText(h, excluded));
      if (text) headings.push({ id: h.getAttribute('id'), text, lead: leadOf(h, excluded) });
    }
  }
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  return { url, title: clean(title), kind: kindOf(url), description, headings };
}

/** URL → Pagefind id, from the fragment files. */
export function fragmentIds(pagefindDir) {
  const dir = join(pagefindDir, 'fragment');
  const ids = new Map();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`search headings: ${file} 不是预期的 Pagefind 片段格式（缺少 ${FRAGMENT_SIGNATURE}）`);
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length));
    ids.set(url, file.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * Write dist/pagefind/site-headings.json after Pagefind has indexed `dist`.
 * @returns {number} the number of pages written
 */
export function writeSearchHeadings(dist, excluded) {
  const ids = fragmentIds(join(dist, 'pagefind'));
  const pages = [];
  for (const file of htmlFiles(dist)) {
    if (file.startsWith(join(dist, 'pagefind'))) continue;
    const url = '/' + relative(dist, file).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
    const entry = pageEntry(readFileSync(file, 'utf8'), url, excluded);
    if (!entry) continue;
    const id = ids.get(url);
    if (!id) throw new Error(`search headings: ${url} 有 data-pagefind-body，却不在 Pagefind 索引中`);
    pages.push({ id, ...entry });
  }
  const known = new Set(pages.map((p) => p.url));
  const missing = [...ids.keys()].filter((url) => !known.has(url));
  if (missing.length) throw new Error(`search headings: Pagefind 索引了这些页面，标题文件里却没有：${missing.join('、')}`);
  pages.sort((a, b) => (a.url < b.url ? -1 : 1));
  const out = join(dist, 'pagefind', 'site-headings.json');
  if (!existsSync(join(dist, 'pagefind'))) throw new Error('search headings: dist/pagefind 不存在');
  writeFileSync(out, JSON.stringify({ version: 1, pages }));
  return pages.length;
}
