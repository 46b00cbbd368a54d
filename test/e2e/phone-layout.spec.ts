/**
 * Every page of the built sitemap at 360 px (a small phone): the page itself never scrolls
 * sideways. Wide content (tables, formulas, the simulator's tier table) must scroll inside its own
 * box or reflow; the document may not be wider than the screen.
 *
 * Lean on purpose (it visits every page): one browser page for the whole walk, no axe (every
 * page is checked with axe by every-page.spec.ts), islands brought into view once so their
 * hydrated layout is the one measured.
 */
import { test, expect } from './fixtures';
import { sitemapPaths } from './built-site';
import AxeBuilder from '@axe-core/playwright';

const WIDTH = 360;

test.describe.configure({ mode: 'serial' });

test(`no page scrolls sideways at ${WIDTH} px`, async ({ page }) => {
  const paths = sitemapPaths();
  test.setTimeout(30_000 + paths.length * 4_000);
  await page.setViewportSize({ width: WIDTH, height: 780 });
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    // client:visible islands render on sight: bring each into view once.
    await page.evaluate(async () => {
      for (const island of document.querySelectorAll('astro-island')) {
        (island.firstElementChild ?? island.parentElement)?.scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      window.scrollTo(0, 0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    });
    const found = await page.evaluate(() => {
      const root = document.documentElement;
      const viewport = root.clientWidth;
      if (root.scrollWidth <= viewport) return null;
      // Name the outermost elements that stick out (their parent fits), so a failure says where
      // to look; content inside a box that scrolls or clips within the screen does not count.
      const sticksOut = (el: Element) => el.getBoundingClientRect().right > viewport + 0.5;
      const contained = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible' && !sticksOut(p)) return true;
        }
        return false;
      };
      const culprits = [...document.body.querySelectorAll('*')]
        .filter((el) => sticksOut(el) && el.getBoundingClientRect().width > 0 && !(el.parentElement && sticksOut(el.parentElement) && el.parentElement !== document.body) && !contained(el))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)} px)`);
      return `${root.scrollWidth} px wide: ${culprits.join(', ')}`;
    });
    if (found) wide.push(`${path}: ${found}`);
  }
  expect(wide, `pages wider than ${WIDTH} px`).toEqual([]);
});

test('at 360 px a wide formula or table scrolls in its box: focusable, named, and visibly cut off', async ({ page }) => {
  await page.setViewportSize({ width: WIDTH, height: 780 });
  for (const path of ['/tools/cohort/', '/modules/risk-tiering/']) {
    await page.goto(path);
    const boxes = page.locator('[data-scroll-region="set"]');
    await expect(boxes.first(), `${path}: an overflowing box is marked`).toBeAttached();
    // Every box that overflows is focusable and named; every one that does not is left alone.
    const states = await page.locator('.table-scroll, .table-wrap, .calc-table-wrap, .calc-math, .tool-formula').evaluateAll((els) =>
      els.map((el) => ({ overflows: el.scrollWidth > el.clientWidth + 1, tabindex: el.getAttribute('tabindex'), role: el.getAttribute('role'), label: el.getAttribute('aria-label') })),
    );
    for (const s of states.filter((x) => x.overflows)) expect(s).toMatchObject({ tabindex: '0', role: 'region', label: expect.stringContaining('可左右滚动') });
    for (const s of states.filter((x) => !x.overflows)) expect(s.tabindex).toBeNull();

    const box = boxes.first();
    await expect(box).toHaveAttribute('data-more', 'end');
    expect(await box.evaluate((el) => getComputedStyle(el).maskImage)).toContain('gradient');
    await box.focus();
    await expect(box).toBeFocused();
    // Focused: the ring is visible (no mask over it), and the arrow keys scroll the box.
    expect(await box.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(box).toHaveAttribute('data-more', /^start/);
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollLeft)).toBe(0);

    const axe = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
    expect(axe.violations, path).toEqual([]);
  }
  // On a wide screen the same boxes fit: no tab stop left behind.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('.table-scroll[data-scroll-region="set"]')).toHaveCount(0);
});

test('on a phone, a long module has a 目录 link that brings back its outline, opened', async ({ page }) => {
  await page.setViewportSize({ width: WIDTH, height: 780 });
  await page.goto('/modules/churn-prediction/');
  const outline = page.locator('[data-outline]');
  await expect(outline).not.toHaveAttribute('open');
  await page.locator('#takeaways').scrollIntoViewIfNeeded();
  const link = page.getByRole('link', { name: '目录', exact: true });
  await expect(link).toBeInViewport();
  await link.click();
  await expect(page).toHaveURL(/#outline$/);
  await expect(outline).toHaveAttribute('open', '');
  await expect(page.locator('#outline a').first()).toBeInViewport();
  // On a wide screen the outline is a column beside the text: no floating link.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(link).toBeHidden();
});
