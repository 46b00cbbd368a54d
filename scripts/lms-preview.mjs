#!/usr/bin/env node
/**
 * `npm run lms:preview`: a stand-in LMS on http://127.0.0.1:4330 for trying the packages of
 * dist-lms/ (npm run package:lms) — and what the LMS browser tests (test/lms/) run against.
 *
 * - `/` lists the packages; `/player.html?pkg=<zip>` is the LMS player: it reads the package's
 *   imsmanifest.xml, puts scorm-again's runtime on the window (`API` for SCORM 1.2,
 *   `API_1484_11` for 2004) with the manifest's mastery score, and opens the launch page in a
 *   frame, as an LMS does. What the package reports is shown and kept (in this browser) for the
 *   next launch, so closing and reopening resumes (scripts/lms-harness/player.js).
 * - `/content/<zip>/<path>` serves the files of the zip itself, exactly: a folder is not turned
 *   into its index.html and there is no fallback, as on many LMS content servers, so a link a
 *   package gets wrong fails here. Served like an LMS serves content: no CSP header of ours.
 *
 * Options: --port=4330 --host=127.0.0.1 --dir=dist-lms
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opt = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const port = Number(opt('port', process.env.LMS_PORT || 4330));
const host = opt('host', '127.0.0.1');
const dir = resolve(ROOT, opt('dir', process.env.LMS_OUT_DIR || 'dist-lms'));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json' };
const HARNESS = {
  '/player.html': join(ROOT, 'scripts/lms-harness/player.html'),
  '/harness/player.js': join(ROOT, 'scripts/lms-harness/player.js'),
  '/harness/player.css': join(ROOT, 'scripts/lms-harness/player.css'),
  '/harness/scorm12.js': join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'),
  '/harness/scorm2004.js': join(ROOT, 'node_modules/scorm-again/dist/scorm2004.min.js'),
};
const zips = new Map(); // name → { mtime, files }

function packageFiles(name) {
  const file = join(dir, name);
  if (!/^[\w.-]+\.zip$/.test(name) || !existsSync(file)) return null;
  const mtime = statSync(file).mtimeMs;
  const cached = zips.get(name);
  if (cached && cached.mtime === mtime) return cached.files;
  const files = unzipSync(readFileSync(file));
  zips.set(name, { mtime, files });
  return files;
}

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function index() {
  const list = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.zip')).sort() : [];
  const items = list.map((f) => `<li><a href="/player.html?pkg=${encodeURIComponent(f)}">${esc(f)}</a></li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>LMS 预览</title><link rel="stylesheet" href="/harness/player.css"></head><body class="harness-index"><h1>LMS 预览（测试用学习平台）</h1>${list.length ? `<ul>${items}</ul>` : '<p>dist-lms/ 中没有课程包：先运行 npm run package:lms。</p>'}</body></html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  const send = (status, body, type = 'text/plain; charset=utf-8', headers = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
  // The player's own policy: its scripts and the package's frame, nothing from elsewhere.
  const playerCsp = { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'" };
  if (url.pathname === '/') return send(200, index(), TYPES['.html'], playerCsp);
  if (url.pathname === '/favicon.ico') return send(204, '');
  const harness = HARNESS[url.pathname];
  if (harness) return send(200, readFileSync(harness), TYPES[extname(harness)] ?? 'application/octet-stream', playerCsp);
  const m = /^\/content\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (m) {
    const files = packageFiles(decodeURIComponent(m[1]));
    const path = decodeURIComponent(m[2]);
    const body = files?.[path];
    if (!body) return send(404, `not in the package: ${path}`);
    return send(200, Buffer.from(body), TYPES[extname(path)] ?? 'application/octet-stream');
  }
  return send(404, 'not found');
});
server.listen(port, host, () => console.log(`LMS preview: http://${host}:${port}/  (packages from ${dir})`));
