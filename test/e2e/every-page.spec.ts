/**
 * Every built page, in both themes, one visit each: the page loads under the site's strict CSP
 * (sent as a header by scripts/serve.mjs and as Astro's <meta>) with no CSP violation, no
 * console error, no uncaught error or unhandled rejection, no failed or non-local request; every
 * island hydrates (all are scrolled into view); the response carries the header set of
 * dist/_headers; and axe (WCAG 2.2 AA) finds nothing in that theme.
 *
 * The page list is the built sitemap (test/e2e/built-site.ts), plus the 404 page. A new page
 * type joins by being in the sitemap; it needs nothing here.
 */
import { test, expect, useTheme } from './fixtures';
import { builtHeaders, sitemapPaths } from './built-site';

const pages = [...sitemapPaths(), '/no-such-page/'];
const HEADERS_CHECKED = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

interface Seen {
  violations: string[];
  rejections: string[];
}

// Axe on a long module page takes several seconds; on a loaded 2-core machine twice the default.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} (${theme})`, async ({ page, checkA11y, pageErrors }) => {
      await useTheme(page, theme);
      await page.addInitScript(() => {
        const seen: Seen = { violations: [], rejections: [] };
        (window as unknown as { __seen: Seen }).__seen = seen;
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
        });
        addEventListener('unhandledrejection', (e) => seen.rejections.push(String((e as PromiseRejectionEvent).reason)));
      });
      const failed: string[] = [];
      page.on('response', (r) => {
        const main = r.request().isNavigationRequest() && r.frame() === page.mainFrame();
        if (r.status() >= 400 && !main) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
      page.on('console', (m) => {
        // The fixture ignores 404 console lines (tests of missing pages); here nothing is missing.
        // (The 404 page's own response is expected to be one.)
        const own = m.location().url === page.url() && path === '/no-such-page/';
        if (m.type() === 'error' && /status of 404/.test(m.text()) && !own) pageErrors.push(`console: ${m.text()}`);
      });

      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), 'status').toBe(path === '/no-such-page/' ? 404 : 200);
      const sent = response!.headers();
      const expected = builtHeaders(path);
      for (const name of HEADERS_CHECKED) expect(sent[name], `${name} header`).toBe(expected[name]);

      // Bring every island into view (client:visible hydrates on sight), then wait until none is
      // left unhydrated: Astro removes the `ssr` attribute when an island has hydrated.
      // (An island is display: contents, so its first element is what scrolls into view.)
      // A deck shows one slide at a time: an island on a slide hydrates once its slide is shown,
      // so walk to each such slide through the reveal.js API (waiting for its island), then back.
      const deckIslands = await page.evaluate(() => {
        const slides = [...document.querySelectorAll('.reveal .slides > section')];
        return [...document.querySelectorAll('.reveal astro-island')].map((island) => slides.findIndex((s) => s.contains(island)));
      });
      for (const [n, index] of deckIslands.entries()) {
        await page.evaluate((i) => (window as unknown as { revealDeck: { slide(h: number): void } }).revealDeck.slide(i), index);
        await expect(page.locator('.reveal astro-island').nth(n), `island on slide ${index + 1} not hydrated`).not.toHaveAttribute('ssr');
      }
      if (deckIslands.length) await page.evaluate(() => (window as unknown as { revealDeck: { slide(h: number): void } }).revealDeck.slide(0));
      // One island at a time, waiting for each: scrolled past within a frame, a client:visible
      // island may never be seen by its IntersectionObserver.
      const islands = page.locator('astro-island');
      for (let i = 0, n = await islands.count(); i < n; i++) {
        await islands.nth(i).evaluate((island) => (island.firstElementChild ?? island.parentElement)?.scrollIntoView({ block: 'center' }));
        await expect(islands.nth(i), `island ${i + 1} of ${n} not hydrated`).not.toHaveAttribute('ssr');
      }
      await expect(page.locator('astro-island[ssr]'), 'islands not hydrated').toHaveCount(0);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      await page.evaluate(() => window.scrollTo(0, 0));

      const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
      expect(seen.violations, 'CSP violations').toEqual([]);
      expect(seen.rejections, 'unhandled promise rejections').toEqual([]);
      expect(failed, 'failed requests').toEqual([]);
      await checkA11y(`${path} (${theme})`);
    });
  }
}

test('print view under the CSP: a module, a tool and the simulator print with no blocked style or script', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __printViolations: string[] }).__printViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/modules/retention-basics/', '/tools/retention/', '/simulator/']) {
    await page.goto(path, { waitUntil: 'load' });
    // The print stylesheet applies (buttons are screen-only), and nothing was blocked.
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('header button').first()).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { __printViolations: string[] }).__printViolations), path).toEqual([]);
  }
});
