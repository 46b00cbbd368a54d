#!/usr/bin/env node
/**
 * Slide change time of every deck: serves dist/ (astro preview on a free loopback port), opens
 * each /present/<slug>/ in headless Chromium at 1280 × 720 and steps through every slide with
 * reveal.js's own `next()` (what → and a clicker do), timing from the call to the second
 * animation frame after `slidechanged` — the new slide laid out and painted (the transition's
 * motion itself runs on the compositor). Reports the median and the slowest change per deck
 * and overall.
 *
 *   node scripts/bench-deck.mjs [distDir] [--json]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dist = args.find((a) => !a.startsWith('--')) ?? process.env.DIST_DIR ?? 'dist';
if (!existsSync(join(dist, 'present'))) {
  console.error(`bench-deck: no decks in ${dist}/present (build first)`);
  process.exit(2);
}
const slugs = readdirSync(join(dist, 'present'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

const port = await new Promise((resolve, reject) => {
  const s = createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, DIST_DIR: dist },
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p) => p && existsSync(p));
const browser = await chromium.launch({ ...(candidates[0] ? { executablePath: candidates[0] } : {}), args: ['--no-sandbox', '--disable-gpu'] });
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  for (const slug of slugs) {
    await page.goto(`${base}/present/${slug}/#/1`);
    await page.waitForFunction(() => document.querySelector('.reveal')?.dataset.ready === 'true');
    const times = await page.evaluate(async () => {
      const deck = window.revealDeck;
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const out = [];
      const total = deck.getTotalSlides();
      for (let i = 1; i < total; i++) {
        const changed = new Promise((r) => deck.on('slidechanged', r, { once: true }));
        const t0 = performance.now();
        deck.slide(i, 0, -1);
        await changed;
        await frame();
        out.push(performance.now() - t0);
      }
      return out;
    });
    const sorted = [...times].sort((a, b) => a - b);
    results.push({ slug, slides: times.length + 1, median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], slowestAt: times.indexOf(sorted[sorted.length - 1]) + 2 });
  }
} finally {
  await browser.close();
  server.kill();
}

const all = results.flatMap((r) => [r.max]);
const slowest = results.reduce((a, b) => (b.max > a.max ? b : a));
if (json) console.log(JSON.stringify({ results, slowest }, null, 2));
else {
  console.log('Slide change (call → slidechanged → 2nd animation frame), 1280 × 720, headless Chromium:');
  for (const r of results) console.log(`  ${r.slug.padEnd(32)} ${String(r.slides).padStart(3)} slides  median ${r.median.toFixed(1)} ms  slowest ${r.max.toFixed(1)} ms (#/${r.slowestAt})`);
  console.log(`Slowest of all: ${Math.max(...all).toFixed(1)} ms (${slowest.slug} #/${slowest.slowestAt})`);
}
