/**
 * Offline after one visit (the service worker of src/integrations/pwa-options.mjs), and no
 * service worker inside an LMS package (src/lib/offline-context.ts).
 *
 * Other specs block service workers (playwright.config.ts); these allow them.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

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
