#!/usr/bin/env node
/**
 * `npm run package:lms`: SCORM packages of the course for an organisation's LMS, in dist-lms/:
 *
 *   retention-academy-course-scorm12.zip, retention-academy-course-scorm2004.zip
 *   retention-academy-<module>-scorm12.zip, retention-academy-<module>-scorm2004.zip   (each module)
 *
 * 1. Build the site once more for packages (into .lms-build/): OFFLINE=off (no service worker,
 *    manifest or registration) and ASSET_URLS=relative (JavaScript finds the built files it
 *    loads relative to itself), from the same sources as dist/.
 * 2. Per package, choose its pages: the course package has every learner page (not the trainer
 *    material: decks, guides, workbook; nor host files: _headers, sitemap, robots.txt, 404); a
 *    module package has the module page, the calculator pages it links to and 关于.
 * 3. Rewrite each page's root-relative URLs (src/lib/lms/links.ts): into relative file links
 *    when the package has the file, else to the public site (SITE_URL) in a new window; forms
 *    that would leave the package are hidden. Add the page script (links islands create, the
 *    same rule), a stylesheet marking links that leave, and `referrer: no-referrer` (an LMS's
 *    URLs carry session ids). The pages' <meta> CSP is kept as it is: everything they load is
 *    still their own origin's.
 * 4. Collect every file the pages load: the assets the HTML names, then what CSS and JS name
 *    (imports, preloads, the Worker), Pagefind's folder with the search page.
 * 5. Add the launch page (the SCO: lms/launch.html + the adapter, src/scripts/lms-launch.ts),
 *    the imsmanifest.xml of the SCORM version (mastery 80 % from src/lib/quiz/pass-mark.ts),
 *    and zip it (fflate).
 *
 * Options: --skip-build (reuse .lms-build/), --only=<course|slug> (one package, both versions).
 * Environment: SITE_URL (where links that leave the package go), LMS_BUILD_DIR, LMS_OUT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { parse } from 'node-html-parser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A module of src/lib, compiled by esbuild (so any Node the project supports can run this). */
async function loadTs(path) {
  const r = await build({ entryPoints: [join(ROOT, path)], bundle: true, format: 'esm', platform: 'node', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}
const { mapRootUrl, relativePath } = await loadTs('src/lib/lms/links.ts');
// The one home of the pass mark: the manifests' mastery score.
const { PASS_PERCENT } = await loadTs('src/lib/quiz/pass-mark.ts');
const BUILD = resolve(ROOT, process.env.LMS_BUILD_DIR || '.lms-build');
const OUT = resolve(ROOT, process.env.LMS_OUT_DIR || 'dist-lms');
const SITE = (process.env.SITE_URL || 'https://retention-academy.example.cn').replace(/\/+$/, '');
const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith('--only='))?.slice(7);
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const COURSE_TITLE = '留存学院：员工与客户留存';
/** Not in any package: trainer material and files only a web host reads. */
const NOT_PACKAGED = [/^present\//, /^trainer\//, /^workbook\//, /^404\.html$/, /^_headers$/, /^robots\.txt$/, /^sitemap-.*\.xml$/];
/** Attributes that hold URLs (astro-island's props: the URLs among its values, e.g. dataUrl). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'component-url', 'renderer-url', 'before-hydration-url', 'props']);
/** Zip entries stored without compression (already compressed). */
const STORED = /\.(?:pf_\w+|wasm|png|jpe?g|webp|woff2?)$/;

const t0 = performance.now();
const log = (m) => console.log(`[package:lms] ${m}`);

// ---------------------------------------------------------------------------------------------
// 1. The package build

if (!args.has('--skip-build')) {
  log(`building the site for packages into ${relative(ROOT, BUILD)}/ (OFFLINE=off, ASSET_URLS=relative)`);
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OFFLINE: 'off', ASSET_URLS: 'relative', DIST_DIR: BUILD, ASTRO_CACHE_DIR: resolve(ROOT, '.astro-lms') },
  });
  if (r.status !== 0) throw new Error('the package build failed');
  log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(BUILD, 'index.html'))) throw new Error(`${BUILD} has no build: run without --skip-build`);
if (existsSync(join(BUILD, 'sw.js'))) throw new Error('the package build has a service worker: OFFLINE=off was not applied');

function walk(dir, base = '') {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, rel) : [rel];
  });
}
const ALL = walk(BUILD).sort();
const ALL_SET = new Set(ALL);
const isHtml = (f) => f.endsWith('.html');
const text = new Map();
const read = (f) => {
  if (!text.has(f)) text.set(f, readFileSync(join(BUILD, f), 'utf8'));
  return text.get(f);
};

// ---------------------------------------------------------------------------------------------
// The course, from its built pages: each module's title and sections as its tracker records them.

function moduleInfo(slug) {
  const doc = parse(read(`modules/${slug}/index.html`));
  // The status line the module page's tracker fills in (src/components/progress/ModuleStatus.astro).
  const line = doc.querySelector('[data-module-tracker]');
  if (!line) throw new Error(`modules/${slug}/: no [data-module-tracker] status line`);
  const sections = (line.getAttribute('data-sections') ?? '').split(' ').filter(Boolean);
  return { slug, title: doc.querySelector('h1')?.text.trim() ?? slug, sections, hasQuiz: line.getAttribute('data-has-quiz') === 'true' };
}
const homeOrder = [...read('index.html').matchAll(/href="\/modules\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
const moduleSlugs = [...new Set([...homeOrder, ...ALL.filter((f) => /^modules\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1])])].filter((s) => ALL_SET.has(`modules/${s}/index.html`));
const MODULES = moduleSlugs.map(moduleInfo);

// ---------------------------------------------------------------------------------------------
// 2–4. One package's files

function coursePages() {
  return ALL.filter((f) => isHtml(f) && !NOT_PACKAGED.some((re) => re.test(f)));
}

function modulePages(slug) {
  const page = `modules/${slug}/index.html`;
  const tools = [...read(page).matchAll(/href="\/tools\/([a-z0-9-]+)\/[^"]*"/g)].map((m) => `tools/${m[1]}/index.html`).filter((f) => ALL_SET.has(f));
  return [...new Set([page, ...tools, 'about/index.html'])];
}

/** The files a CSS or JS file loads (relative names; the build writes no root-relative ones). */
function referencedBy(file) {
  const dir = posix.dirname(file);
  const src = read(file);
  const names = file.endsWith('.css') ? [...src.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]) : [...src.matchAll(/["'`]((?:\.{1,2}\/)?[\w@.-]+(?:\/[\w@.-]+)*\.(?:m?js|css|wasm|json|svg|png|webp|woff2?))["'`]/g)].map((m) => m[1]);
  return names
    .filter((n) => !/^(?:[a-z]+:|\/|#)/.test(n))
    .map((n) => posix.normalize(posix.join(dir, n)))
    .filter((f) => ALL_SET.has(f));
}

function packageFiles(pages) {
  const pageSet = new Set(pages);
  const hasSearch = pageSet.has('search/index.html');
  const assets = new Set();
  const out = new Map(); // path → Buffer | string
  // Inside: a page of the package, or any built file that is not a page (assets are taken along).
  const inside = (f) => pageSet.has(f) || (ALL_SET.has(f) && !isHtml(f) && !NOT_PACKAGED.some((re) => re.test(f)));
  let outsideLinks = 0;

  for (const page of pages) {
    const doc = parse(read(page), { comment: true, blockTextElements: { script: true, style: true, noscript: true, pre: true, textarea: true } });
    const map = (url) => {
      // Only URL-like text (no spaces): a label that starts with "/" is not a link.
      if (!/^\/[\w.~%@!$&'()*+,;=:/-]*(?:[?#]\S*)?$/.test(url)) return null;
      const m = mapRootUrl(url, page, inside, SITE);
      if (m?.kind === 'inside') {
        const file = posix.normalize(posix.join(posix.dirname(page), m.href.replace(/[?#].*$/, '')));
        if (!isHtml(file)) assets.add(file);
      }
      return m;
    };
    for (const el of doc.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (!URL_ATTRIBUTES.has(name)) continue;
        if (name === 'props') {
          const walkJson = (v) => (typeof v === 'string' ? map(v)?.href ?? v : Array.isArray(v) ? v.map(walkJson) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walkJson(x)])) : v);
          el.setAttribute('props', JSON.stringify(walkJson(JSON.parse(value))));
          continue;
        }
        if (name === 'srcset') {
          el.setAttribute(name, value.split(',').map((part) => part.trim().replace(/^\S+/, (u) => map(u)?.href ?? u)).join(', '));
          continue;
        }
        const m = map(value);
        if (!m) continue;
        if (m.kind === 'inside') {
          el.setAttribute(name, m.href);
          continue;
        }
        // A link that leaves the package: the public site, in a new window.
        const tag = el.tagName.toLowerCase();
        if (tag === 'a') {
          el.setAttribute('href', m.href);
          el.setAttribute('target', '_blank');
          el.setAttribute('rel', 'noopener noreferrer');
          el.setAttribute('data-lms-outside', '');
          outsideLinks++;
        } else if (tag === 'form') {
          // e.g. the header search where the package has no search page: hidden (the pages'
          // CSP, form-action 'self', would refuse to send it to the public site anyway).
          el.setAttribute('action', m.href);
          el.setAttribute('hidden', '');
        } else if (tag === 'link') {
          el.remove(); // the sitemap
          break;
        } else {
          throw new Error(`${page}: <${tag} ${name}="${value}"> names a file the package cannot have`);
        }
      }
    }
    const toRoot = relativePath(page, 'lms/page.js').replace(/page\.js$/, '');
    const head = doc.querySelector('head');
    const body = doc.querySelector('body');
    if (!head || !body) throw new Error(`${page}: no <head> or <body>`);
    head.insertAdjacentHTML('afterbegin', '<meta name="referrer" content="no-referrer">');
    head.insertAdjacentHTML('beforeend', `<link rel="stylesheet" href="${toRoot}page.css">`);
    body.insertAdjacentHTML('beforeend', `<script src="${toRoot}page.js"></script>`);
    out.set(page, doc.toString());
  }

  // What the assets load in turn.
  const queue = [...assets];
  if (hasSearch) for (const f of ALL.filter((x) => x.startsWith('pagefind/'))) queue.push(f);
  for (const f of queue) assets.add(f);
  while (queue.length) {
    const f = queue.pop();
    if (!/\.(?:m?js|css)$/.test(f)) continue;
    for (const g of referencedBy(f)) {
      if (isHtml(g) || assets.has(g)) continue;
      assets.add(g);
      queue.push(g);
    }
  }
  let pagefindImport = false;
  for (const f of [...assets].sort()) {
    if (f.endsWith('.js') && f.startsWith('_astro/') && read(f).includes('/pagefind/pagefind.js')) {
      // The search module imports Pagefind by its site path; from _astro/ it is ../pagefind/.
      out.set(f, hasSearch ? read(f).replaceAll('/pagefind/pagefind.js', '../pagefind/pagefind.js') : read(f));
      pagefindImport = true;
    } else out.set(f, readFileSync(join(BUILD, f)));
  }
  if (hasSearch && !pagefindImport) throw new Error('the search module no longer imports /pagefind/pagefind.js: update the packager');
  return { files: out, outsideLinks };
}

// ---------------------------------------------------------------------------------------------
// 5. Launch page, scripts, manifest, zip

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

async function bundle(entry, define = {}) {
  const r = await build({ entryPoints: [join(ROOT, entry)], bundle: true, format: 'iife', target: 'es2022', minify: true, write: false, define, legalComments: 'none' });
  return r.outputFiles[0].text;
}
const launchJs = await bundle('src/scripts/lms-launch.ts');

const LAUNCH_CSS = `html,body{height:100%;margin:0}body{display:flex;flex-direction:column;font-family:system-ui,sans-serif}
.lms-notice{margin:0;padding:.6rem 1rem;background:#fff4d6;color:#3d2e00;border-bottom:1px solid #d9b54a}
.lms-notice[hidden]{display:none}iframe{flex:1;width:100%;border:0}`;
const PAGE_CSS = `@charset "UTF-8";a[data-lms-outside]::after{content:"\\2197" / "\\FF08\\5728\\65B0\\7A97\\53E3\\6253\\5F00\\8BFE\\7A0B\\7F51\\7AD9\\FF09";margin-left:.15em;font-size:.85em}`;

function launchHtml(info) {
  const json = JSON.stringify(info).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="no-referrer">
<title>${esc(info.title)}</title>
<link rel="stylesheet" href="launch.css">
<script type="application/json" id="ra-lms-package">${json}</script>
<script src="launch.js" defer></script>
</head>
<body>
<p class="lms-notice" data-lms-notice role="status" hidden></p>
<iframe data-lms-content title="${esc(info.title)}"></iframe>
</body>
</html>
`;
}

function manifest(info, files) {
  const fileList = files.map((f) => `      <file href="${esc(f)}"/>`).join('\n');
  const title = esc(info.title);
  if (info.scorm === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(info.id)}" version="${esc(VERSION)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${esc(info.id)}-org">
    <organization identifier="${esc(info.id)}-org">
      <title>${title}</title>
      <item identifier="${esc(info.id)}-item" identifierref="${esc(info.id)}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${PASS_PERCENT}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${esc(info.id)}-sco" type="webcontent" adlcp:scormtype="sco" href="lms/launch.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(info.id)}" version="${esc(VERSION)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${esc(info.id)}-org">
    <organization identifier="${esc(info.id)}-org">
      <title>${title}</title>
      <item identifier="${esc(info.id)}-item" identifierref="${esc(info.id)}-sco">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${esc(info.id)}-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${PASS_PERCENT / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${esc(info.id)}-sco" type="webcontent" adlcp:scormType="sco" href="lms/launch.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

const PACKAGES = [
  { name: 'course', kind: 'course', title: COURSE_TITLE, modules: MODULES, pages: coursePages(), start: 'index.html' },
  ...MODULES.map((m) => ({ name: m.slug, kind: 'module', title: `${COURSE_TITLE} · ${m.title}`, modules: [m], pages: modulePages(m.slug), start: `modules/${m.slug}/index.html` })),
].filter((p) => !only || p.name === only);
if (PACKAGES.length === 0) throw new Error(`--only=${only}: no such package`);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const MTIME = new Date('2026-01-01T00:00:00Z');
const summary = [];
for (const def of PACKAGES) {
  const pages = def.pages.slice().sort();
  const pageJs = await bundle('src/scripts/lms-page.ts', { __LMS_PAGES__: JSON.stringify(pages), __LMS_SITE__: JSON.stringify(SITE) });
  const { files, outsideLinks } = packageFiles(pages);
  for (const scorm of ['1.2', '2004']) {
    const info = { kind: def.kind, scorm, id: `retention-academy-${def.name}`, title: def.title, modules: def.modules, start: def.start, pages };
    const all = new Map(files);
    all.set('lms/launch.html', launchHtml(info));
    all.set('lms/launch.js', launchJs);
    all.set('lms/launch.css', LAUNCH_CSS);
    all.set('lms/page.js', pageJs);
    all.set('lms/page.css', PAGE_CSS);
    const listed = [...all.keys()].sort();
    all.set('imsmanifest.xml', manifest(info, listed));
    const entries = {};
    for (const [f, body] of [...all.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      entries[f] = [typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body), { level: STORED.test(f) ? 0 : 9, mtime: MTIME }];
    }
    const zip = zipSync(entries);
    const file = `retention-academy-${def.name}-scorm${scorm === '1.2' ? '12' : '2004'}.zip`;
    writeFileSync(join(OUT, file), zip);
    summary.push({ file, files: listed.length, pages: pages.length, outsideLinks, bytes: zip.length });
  }
}
writeFileSync(join(OUT, 'packages.json'), JSON.stringify(summary, null, 2) + '\n');
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
for (const s of summary) log(`${s.file.padEnd(60)} ${String(s.pages).padStart(3)} pages ${String(s.files).padStart(4)} files ${kb(s.bytes).padStart(8)}`);
log(`${summary.length} packages in ${relative(ROOT, OUT)}/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
