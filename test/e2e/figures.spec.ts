/**
 * Course figures as a reader, a printer and a room see them (issue 13 §3): on module pages, in
 * both themes, every figure's drawing is visible, every mark is painted in a theme colour that
 * stands out from the page (3:1 for shapes, 4.5:1 for text) and the colours follow the theme;
 * the text alternative opens as a table or list; axe finds nothing. In print emulation the
 * figures show in their light colours with the disclosure left out. On a deck, a figure slide
 * draws the figure large enough and fits its 1280 × 720 canvas, and the speaker's notes name it.
 */
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

const PAGES = ['retention-basics', 'risk-tiering', 'loyalty-measurement'];

interface MarkReport {
  figures: number;
  marks: number;
  problems: string[];
  /** Computed fill of the first coloured shape (`fg-fill-…` or `fg-tint-…`), to compare across themes. */
  solid: string;
}

/**
 * Every mark of every figure on the page: painted (a fill or a stroke that is not "none"), and
 * — unless it is a decorative gridline or a knock-out — in a colour with enough contrast
 * against what the figure is drawn on.
 */
async function markReport(page: Page, root = 'body'): Promise<MarkReport> {
  return page.evaluate((root) => {
    const rgb = (c: string): [number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const lum = ([r, g, b]: [number, number, number]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: [number, number, number], b: [number, number, number]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    // What the figure is drawn on: the nearest ancestor with a background (the page, a box, a slide).
    const backgroundOf = (el: Element): [number, number, number] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c) return c;
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    let marks = 0;
    let solid = '';
    const figures = [...document.querySelectorAll<HTMLElement>(`${root} .fig-wrap`)];
    for (const fig of figures) {
      const id = fig.dataset['figure'];
      const svg = fig.querySelector('svg.fig-svg');
      if (!svg) {
        problems.push(`${id}: no svg`);
        continue;
      }
      const bg = backgroundOf(fig);
      const box = svg.getBoundingClientRect();
      if (box.width < 300 || box.height < 100) problems.push(`${id}: drawn at ${Math.round(box.width)}×${Math.round(box.height)}`);
      for (const el of svg.querySelectorAll('rect, line, path, polygon, circle, text')) {
        marks++;
        const cls = el.getAttribute('class') ?? '';
        if (/\bfg-(grid|bg)\b/.test(cls)) continue;
        const s = getComputedStyle(el);
        const fill = s.fill === 'none' ? null : rgb(s.fill);
        const stroke = s.stroke === 'none' || parseFloat(s.strokeWidth) === 0 ? null : rgb(s.stroke);
        if (!solid && /\bfg-(fill|tint)-/.test(cls) && fill) solid = s.fill;
        const need = el.tagName === 'text' ? 4.5 : 3;
        // A line (or a mark drawn as a line) shows only its stroke; text only its fill.
        const strokeOnly = el.tagName === 'line' || /\bfg-line-/.test(cls);
        const best = Math.max(fill && !strokeOnly ? contrast(fill, bg) : 0, el.tagName === 'text' ? 0 : stroke ? contrast(stroke, bg) : 0);
        if (best < need) problems.push(`${id}: <${el.tagName} class="${cls}"> ${el.tagName === 'text' ? `“${el.textContent}” ` : ''}fill ${s.fill} stroke ${s.stroke}: ${best.toFixed(2)}:1 on the page`);
      }
    }
    return { figures: figures.length, marks, problems, solid };
  }, root);
}

test.describe('figures on module pages', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const slug of PAGES) {
    test(`${slug}: every figure is visible, painted in theme colours with contrast, in both themes`, async ({ page }) => {
      const solids: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await useTheme(page, theme);
        await page.goto(`/modules/${slug}/`);
        const figures = page.locator('.fig-wrap');
        expect(await figures.count(), 'figures on the page').toBeGreaterThanOrEqual(2);
        for (const fig of await figures.all()) {
          await fig.scrollIntoViewIfNeeded();
          await expect(fig.locator('svg.fig-svg')).toBeVisible();
          await expect(fig.locator('figcaption')).toBeVisible();
          await expect(fig.getByRole('img')).toHaveAccessibleName(/.{20,}/);
        }
        const report = await markReport(page);
        expect(report.marks, 'marks drawn').toBeGreaterThan(report.figures * 5);
        expect(report.problems, `${slug} (${theme})`).toEqual([]);
        solids.push(report.solid);
      }
      // The same mark takes the other theme's colour.
      expect(solids[0]).not.toBe('');
      expect(solids[0]).not.toBe(solids[1]);
    });
  }

  test('the text alternative opens as a table, and axe finds nothing in either theme', async ({ page, checkA11y }) => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.goto('/modules/risk-tiering/');
      const fig = page.locator('.fig-wrap[data-figure="risk-tiers"]');
      const table = fig.locator('details.fig-alt table');
      await expect(table).toBeHidden();
      await fig.getByText('图的文字说明').click();
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(5);
      await expect(table.locator('tbody tr').first()).toContainText('极高风险');
      await checkA11y(`risk-tiering with a figure's text alternative open (${theme})`);
    }
  });
});

test('figures print in their light colours, without the disclosure, whatever the screen theme', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.goto('/modules/risk-tiering/');
  const screenFill = await page.locator('.fig-wrap[data-figure="risk-tiers"] .fg-tint-r4').first().evaluate((el) => getComputedStyle(el).fill);
  await page.emulateMedia({ media: 'print' });
  const fig = page.locator('.fig-wrap[data-figure="risk-tiers"]');
  await expect(fig.locator('svg.fig-svg')).toBeVisible();
  await expect(fig.locator('figcaption')).toBeVisible();
  await expect(fig.locator('details.fig-alt')).toBeHidden();
  const printed = await fig.locator('.fg-tint-r4').first().evaluate((el) => getComputedStyle(el).fill);
  // The light tint (#dff0ea), not the dark one shown on screen.
  expect(printed).toBe('rgb(223, 240, 234)');
  expect(screenFill).not.toBe(printed);
  const text = await fig.locator('svg text').first().evaluate((el) => getComputedStyle(el).fill);
  expect(text).toBe('rgb(0, 0, 0)');
  const report = await markReport(page);
  expect(report.problems).toEqual([]);
});

test.describe('figures on slides', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a figure slide draws the figure large, fits the canvas in both themes, and the notes name the figure', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.goto('/present/customer-retention-strategies/');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
      const n = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector('[data-figure="loyalty-pyramid"]')) + 1);
      expect(n, 'the pyramid has a slide').toBeGreaterThan(1);
      await page.goto(`/present/customer-retention-strategies/#/${n}`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
      const slide = page.locator('.reveal .slides > section.present');
      await expect(slide.locator('.slide-title')).toHaveText('忠诚度金字塔');
      const svg = slide.locator('svg.fig-svg');
      await expect(svg).toBeVisible();
      const size = await slide.evaluate((s) => {
        const frame = s.querySelector<HTMLElement>('.slide-frame')!;
        const box = s.querySelector('svg.fig-svg')!.getBoundingClientRect();
        return { dx: frame.scrollWidth - frame.clientWidth, dy: frame.scrollHeight - frame.clientHeight, h: box.height };
      });
      expect(size.dx, 'overflow across').toBeLessThanOrEqual(1);
      expect(size.dy, 'overflow down').toBeLessThanOrEqual(1);
      expect(size.h, 'drawing height on a 720 px slide').toBeGreaterThan(300);
      await expect(slide.locator('details.fig-alt')).toBeHidden();
      const report = await markReport(page, '.reveal .slides > section.present');
      expect(report.figures).toBe(1);
      expect(report.problems, theme).toEqual([]);
    }
    await page.goto('/present/customer-retention-strategies/speaker/');
    await expect(page.locator('body')).toContainText('（此处是图“忠诚度金字塔”）');
  });
});
