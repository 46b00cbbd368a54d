/**
 * What each calculator chart shows (issue 14): the marks it draws and their colours — the
 * computed fill or stroke of every mark must be the theme's own colour variable, in the light
 * and the dark theme (src/styles/global.css, read here, is the one source of those colours); a
 * chart follows its data and does not redraw when its data is unchanged; charts are in the page
 * without JavaScript and in print, before they were ever scrolled into view.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

/** The tones of chart.css and the variables they stand for. */
const TONE_VARIABLE: Record<string, string> = {
  accent: '--accent',
  muted: '--text-muted',
  danger: '--danger-border',
  warn: '--warn-border',
  text: '--text',
};

/** `--name: light-dark(#light, #dark)` from global.css, as rgb() strings per theme. */
function themeColours(): Record<'light' | 'dark', Record<string, string>> {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const out = { light: {} as Record<string, string>, dark: {} as Record<string, string> };
  const rgb = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
  };
  for (const m of css.matchAll(/(--[a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)) {
    out.light[m[1] as string] = rgb(m[2] as string);
    out.dark[m[1] as string] = rgb(m[3] as string);
  }
  return out;
}
const COLOURS = themeColours();

/** Marks whose colour is their fill; the others (lines, rules, rings) are drawn by stroke. */
const FILLED = new Set(['bar', 'dot', 'window', 'label', 'value']);

/** Mark counts per chart at the tool page's example values: `role:tone` → count. */
const CHARTS: Record<string, Record<string, number>> = {
  // 0–6 periods: the actual curve with 7 dots, and the constant-rate curve (dashed, no dots).
  cohort: { 'line:accent': 1, 'dot:accent': 7, 'line:muted': 1 },
  nps: { 'bar:danger': 1, 'bar:muted': 1, 'bar:accent': 1 },
  // 1–2 分 danger, 3 分 muted, 4–5 分 accent.
  csat: { 'bar:danger': 2, 'bar:muted': 1, 'bar:accent': 2 },
  // Six churn rates (½× … 2× of 5 %), two series, the current rate as a rule.
  clv: { 'line:accent': 1, 'dot:accent': 6, 'line:warn': 1, 'dot:warn': 6, 'rule:muted': 1, 'label:muted': 1 },
  renewal: { 'window:accent': 1, 'dot:accent': 1, 'dot:warn': 1, 'dot:danger': 1, 'rule:text': 1, 'label:text': 1 },
  // Price, quality, service reach 82 %: the vital few; four other reasons; 7 cumulative points.
  pareto: { 'bar:accent': 3, 'bar:muted': 4, 'line:text': 1, 'dot:text': 7, 'threshold:warn': 1, 'label:warn': 1 },
  // Five rings (expectation), five dots: tangibles met (+0.3), four short.
  servqual: { 'dot:muted': 5, 'dot:accent': 1, 'dot:danger': 4, 'segment:accent': 1, 'segment:danger': 4, 'value:accent': 1, 'value:danger': 4 },
};

async function hydrated(page: Page): Promise<Locator> {
  const root = page.locator('section.calc').first();
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: root })).not.toHaveAttribute('ssr', /.*/);
  return root;
}

/** Every toned mark of a figure: role, tone, hollow, and its computed fill and stroke. */
async function marks(figure: Locator) {
  return figure.locator('svg [data-mark][data-tone]').evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      return { role: el.getAttribute('data-mark') ?? '', tone: el.getAttribute('data-tone') ?? '', hollow: el.classList.contains('chart-hollow'), fill: s.fill, stroke: s.stroke };
    }),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`charts in the ${theme} theme`, () => {
    for (const [id, expected] of Object.entries(CHARTS)) {
      test(`${id}: the marks it should draw, each in its theme colour`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(`/tools/${id}/`);
        await hydrated(page);
        const figure = page.locator('figure.calc-chart');
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator('svg')).toBeVisible();
        const found = await marks(figure);
        const counts: Record<string, number> = {};
        for (const m of found) counts[`${m.role}:${m.tone}`] = (counts[`${m.role}:${m.tone}`] ?? 0) + 1;
        expect(counts).toEqual(expected);
        const colours = COLOURS[theme];
        for (const m of found) {
          const want = colours[TONE_VARIABLE[m.tone] ?? ''];
          expect(want, `a colour for tone ${m.tone}`).toBeDefined();
          const drawn = FILLED.has(m.role) && !m.hollow ? m.fill : m.stroke;
          expect(drawn, `${id} ${m.role} (${m.tone}) in ${theme}`).toBe(want);
        }
        // The two themes really differ: the accent of one is not the other's.
        expect(COLOURS.light['--accent']).not.toBe(COLOURS.dark['--accent']);
      });
    }
  });
}

test('a chart follows its data and is not redrawn when its data did not change', async ({ page }) => {
  await page.goto('/tools/clv/');
  const root = await hydrated(page);
  const figure = root.locator('figure.calc-chart');
  await figure.scrollIntoViewIfNeeded();
  // Let the island settle at its measured width, then watch the figure for any DOM change.
  await page.waitForTimeout(300);
  await figure.evaluate((el) => {
    const w = window as unknown as { __chartMutations: number };
    w.__chartMutations = 0;
    new MutationObserver((list) => (w.__chartMutations += list.length)).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const mutations = () => page.evaluate(() => (window as unknown as { __chartMutations: number }).__chartMutations);
  const rule = figure.locator('svg [data-mark="rule"]');
  const ruleX = await rule.getAttribute('x1');

  // CAC does not enter the chart: the metric changes, the chart is left alone.
  await root.locator('#calc-clv-cac').fill('100');
  await expect(root.locator('output[data-metric="clv-cac"]')).not.toHaveText('未填 CAC');
  await page.waitForTimeout(200);
  expect(await mutations(), 'DOM changes in the chart after typing CAC').toBe(0);

  // The churn rate does: the reference rule moves and the table follows.
  await root.locator('#calc-clv-churn').fill('8');
  await expect(rule).not.toHaveAttribute('x1', ruleX ?? '');
  expect(await mutations()).toBeGreaterThan(0);
  await expect(figure.locator('table')).toContainText('8%');

  // Invalid input keeps the last valid chart, marked stale, instead of removing it.
  await root.locator('#calc-clv-churn').fill('abc');
  await expect(figure).toHaveAttribute('data-stale', 'true');
  await expect(figure.locator('svg [data-mark="dot"]')).toHaveCount(12);
  await root.locator('#calc-clv-churn').fill('5');
  await expect(figure).not.toHaveAttribute('data-stale', /.*/);
});

test('NPS bars follow the answers', async ({ page }) => {
  await page.goto('/tools/nps/');
  const root = await hydrated(page);
  const bars = root.locator('figure.calc-chart svg [data-mark="bar"]');
  const heights = () => bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
  const before = await heights();
  await root.locator('#calc-nps-detractors').fill('60');
  await expect.poll(async () => (await heights())[0]).toBeGreaterThan(before[0] ?? 0);
  await expect(root.locator('figure.calc-chart svg [data-mark="value"]').first()).toHaveText('41.4%');
});

test('a module prints its charts, even those never scrolled into view', async ({ page }) => {
  await page.goto('/modules/employee-churn-types/');
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('section.calc[data-instance="cohort"] figure.calc-chart');
  await expect(figure.locator('svg')).toBeVisible();
  await expect(figure.locator('svg [data-mark="dot"]')).toHaveCount(7);
  const box = await figure.locator('svg').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(200);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is server-rendered with the example values', async ({ page }) => {
    for (const [id, expected] of Object.entries(CHARTS)) {
      await page.goto(`/tools/${id}/`);
      const total = Object.values(expected).reduce((a, b) => a + b, 0);
      await expect(page.locator('figure.calc-chart svg [data-mark][data-tone]'), id).toHaveCount(total);
      await expect(page.locator('figure.calc-chart figcaption'), id).not.toBeEmpty();
      await expect(page.locator('figure.calc-chart table'), id).toHaveCount(1);
    }
  });
});

test('charts are axe-clean in the dark theme', async ({ page, checkA11y }) => {
  await useTheme(page, 'dark');
  await page.goto('/tools/pareto/');
  await hydrated(page);
  await page.locator('figure.calc-chart').scrollIntoViewIfNeeded();
  await checkA11y('/tools/pareto/ (dark)');
});

test('on a phone a chart is laid out again at its width, keeping its height', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tools/pareto/');
  const svg = page.locator('figure.calc-chart svg');
  // Server-rendered at the default width, 300 high.
  await expect(svg).toHaveAttribute('viewBox', '0 0 640 300');
  await expect(svg).toHaveAttribute('height', '300');
  await hydrated(page);
  await svg.scrollIntoViewIfNeeded();
  await expect(svg).not.toHaveAttribute('viewBox', '0 0 640 300');
  const width = Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
  const box = await page.locator('[data-calc-chart-box]').evaluate((el) => el.clientWidth);
  expect(width).toBe(Math.max(280, Math.round(box)));
  await expect(svg).toHaveAttribute('height', '300');
  expect((await svg.boundingBox())?.height).toBe(300);
  // Seven reason names under bands about 30 units wide are turned to fit.
  await expect(page.locator('figure.calc-chart svg [data-mark="label"][transform]')).toHaveCount(7);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
