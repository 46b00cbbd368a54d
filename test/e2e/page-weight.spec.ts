/**
 * The JavaScript a page loads before the learner interacts, seen by a real browser: every
 * script it loads at first paint (and after the load event and idle time, with no input) is one
 * that `npm test` / `npm run bench` count (scripts/page-weight.mjs, which holds the budgets), so
 * a script that loads more at startup — a dynamic import on load or on idle, which the count
 * from the built files cannot see — fails here instead of slipping past the budget.
 */
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DIST } from './built-site';
import { BUDGETS, NOT_COUNTED, measurePage } from '../../scripts/page-weight.mjs';
import { typeOf } from '../../scripts/page-types.mjs';

/** The page types with a budget before interaction, and a calculator page (counted in full). */
const PAGES = ['/', '/modules/retention-basics/', '/modules/risk-tiering/', '/tracks/basics/', '/tools/churn/'];

for (const path of PAGES) {
  test(`${path}: the scripts it loads before interaction are the ones counted, within budget`, async ({ page }) => {
    test.setTimeout(60_000);
    const loaded = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') loaded.add(new URL(r.url()).pathname.slice(1));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // What loads on idle (client:idle, requestIdleCallback) or a little later, still untouched.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 5000 })));
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');

    const m = measurePage(DIST, join(DIST, path, 'index.html'));
    const type = typeOf(path);
    const budget = (BUDGETS.beforeInteraction as Record<string, number>)[type];
    // A page with a budget before interaction: what it loaded is what "before interaction"
    // counts; a calculator page: what it loaded is counted in its total (islands on screen).
    const counted = new Set(Object.keys(budget !== undefined ? m.eager : Object.fromEntries(m.files.map((f) => [f, 0]))));
    const extra = [...loaded].filter((f) => !counted.has(f) && !NOT_COUNTED.some((n) => n.file.test(f)));
    expect(extra, `${path} loaded scripts that the count from dist/ leaves out`).toEqual([]);
    expect(loaded.size, 'the page loaded its scripts').toBeGreaterThan(0);
    if (budget !== undefined) expect(m.beforeInteraction, `${path}: gzip bytes of JavaScript before interaction`).toBeLessThanOrEqual(budget);
  });
}
