/**
 * Offline after one visit (the service worker of src/integrations/pwa-options.mjs), and no
 * service worker inside an LMS package (src/lib/offline-context.ts).
 *
 * Other specs block service workers (playwright.config.ts); these allow them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DIST } from './built-site';

test.use({ serviceWorkers: 'allow' });

/** Wait until this page's service worker is active (its precache is then complete) and controls the page. */
async function waitForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
}

/**
 * Pages opened offline and what each must show. A page type that must work offline joins with
 * one line (e.g. a deck: `['/present/retention-basics/', (p) => expect(p.locator('.reveal .slides')).toBeVisible()]`).
 */
const OFFLINE_PAGES: [string, (page: Page) => Promise<void>][] = [
  ['/modules/retention-basics/', (p) => expect(p.getByRole('heading', { level: 1 })).toContainText('留存')],
  ['/tools/retention/?start=1000&end=1050&new=200', (p) => expect(p.locator('output[data-metric="retention-rate"]').first()).toHaveText('85.0%')],
  [
    '/simulator/?sample=customers&model=scorecard',
    async (p) => {
      await expect(p.locator('[data-simulator]')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
      await expect(p.locator('output[data-metric="tier-1-count"]')).toHaveAttribute('data-value', '50');
    },
  ],
  [
    `/search/?q=${encodeURIComponent('留存率')}`,
    (p) => expect(p.locator('.search-results > li .search-title a').first()).toHaveAttribute('href', /^\/modules\/retention-basics\/#/),
  ],
];

test('after one visit to the home page, modules, tools, the simulator and search work offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForOffline(page);
  await context.setOffline(true);
  for (const [url, check] of OFFLINE_PAGES) {
    await test.step(url, async () => {
      const response = await page.goto(url);
      expect(response?.fromServiceWorker(), `${url} served by the service worker`).toBe(true);
      await check(page);
    });
  }
  // A page that was never built is not the home page in disguise: offline, it fails to load.
  await expect(page.goto('/no-such-page/')).rejects.toThrow();
});

test('a page framed by another (an LMS player) never registers the service worker; a top-level page does', async ({ page }) => {
  const chunkRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/offline\.[\w-]+\.js$/.test(r.url())) chunkRequests.push(r.frame().url());
  });
  // A stand-in LMS player page on the same origin, framing a module the way a SCORM player does.
  await page.route('**/lms-player.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>LMS</title><iframe src="/modules/retention-basics/" title="课程"></iframe>' }),
  );
  await page.goto('/lms-player.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const inFrame = page.frames().find((f) => f.url().includes('/modules/retention-basics/'))!;
  expect(await inFrame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(chunkRequests, 'registration code loaded in the frame').toEqual([]);

  // The same page at top level registers it (so the check above can fail).
  await page.goto('/modules/retention-basics/');
  await waitForOffline(page);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
  expect(chunkRequests.length).toBe(1);
});

/** A server of our own over a copy of dist/, so that a test can deploy a new version to it. */
async function deployment() {
  const dir = mkdtempSync(join(tmpdir(), 'ra-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const port = await new Promise<number>((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(p));
    });
  });
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs', `--dir=${dir}`, `--port=${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((ready) => server!.stdout!.once('data', ready));
  };
  const stop = () => new Promise((done) => (server && server.exitCode === null ? (server.once('exit', done), server.kill()) : done(null)));
  await start();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Change the service worker by a byte and restart the server, as a host does on deploy. */
    async deployNewVersion() {
      await stop();
      appendFileSync(join(dir, 'sw.js'), '\n// next deploy\n');
      await start();
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('a new deploy: the page says so, and the next page load is the new version (never old pages with new assets)', async ({ page }) => {
  test.setTimeout(60_000);
  const site = await deployment();
  try {
    await page.goto(`${site.origin}/modules/retention-basics/`);
    await waitForOffline(page);
    await site.deployNewVersion();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const notice = page.locator('#update-notice');
    await expect(notice).toContainText('课程有新版本');
    await expect(notice.getByRole('button', { name: '立即更新' })).toBeVisible();
    // Until then the open page stays with the worker (and cache) it was loaded with.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.waiting !== null))).toBe(true);

    // The next page load activates the waiting worker before the learner starts, and reloads once.
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${site.origin}/tools/`);
    await expect.poll(() => loads, { timeout: 20_000 }).toBe(2);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.waiting === null && r!.active !== null))).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#update-notice')).toHaveCount(0);
  } finally {
    await site.close();
  }
});
