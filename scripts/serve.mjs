#!/usr/bin/env node
/**
 * `npm run serve`: serve the built site on http://127.0.0.1:4321 with the headers of
 * dist/_headers — the file Netlify and Cloudflare Pages read — so what the browser tests and
 * Lighthouse see locally is what a deployment sends (CSP, nosniff, Referrer-Policy,
 * Permissions-Policy, caching). Responses are gzip-compressed as any production host does.
 *
 *   node scripts/serve.mjs [--port=4321] [--host=127.0.0.1] [--dir=dist]
 *   node scripts/serve.mjs --nginx      print the same header set as an nginx snippet
 *
 * Directory URLs serve their index.html, with or without the trailing slash; an unknown path
 * gets 404.html with status 404.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, toNginx } from '../src/integrations/headers-file.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const dir = resolve(String(args.dir ?? process.env.DIST_DIR ?? 'dist'));
const headersFile = join(dir, '_headers');
if (!existsSync(headersFile)) {
  console.error(`serve: ${headersFile} is missing — build the site first (npm run build)`);
  process.exit(2);
}
const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));

if (args.nginx) {
  process.stdout.write(toNginx(rules));
  process.exit(0);
}

const notFound = readFileSync(join(dir, '404.html'));
const sendNotFound = (res) => {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(notFound);
};
const files = sirv(dir, {
  etag: true,
  extensions: ['html'],
  onNoMatch: (_req, res) => sendNotFound(res),
});
const gzip = compression();

const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  // Headers set here win over sirv's own. Without a rule, revalidate on every load (as hosts do).
  for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
  // Hosts read _headers; they never serve it.
  const handle = pathname === '/_headers' ? () => sendNotFound(res) : () => files(req, res);
  gzip(req, res, handle);
});

const port = Number(args.port ?? process.env.PORT ?? 4321);
const host = String(args.host ?? '127.0.0.1');
server.listen(port, host, () => {
  console.log(`Serving ${dir} on http://${host}:${port}/ with the headers of ${headersFile}`);
});
