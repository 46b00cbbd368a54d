/**
 * The page side of slide blocks (decision 8) as a reader of a module meets it: a
 * `<Slide page="summary">` is a labelled 本节要点 box right under its section heading, on screen
 * and in print; a hidden slide and every `<SpeakerNote>` leave no trace on the page.
 * (axe on every module page, both themes, runs in content.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const SLUG = 'retention-basics';
const source = readFileSync(`src/content/modules/${SLUG}.mdx`, 'utf8');
const summaries = (source.match(/^<Slide[^>]*\bpage="summary"[^>]*>\s*$/gm) ?? []).length;
const hiddenSlideLine = '请全场报一组本部门上季度的数字';
const noteText = '说明没人走吗';

test.describe('section summaries on a module page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/modules/${SLUG}/`);
  });

  test('one labelled 本节要点 box per summary slide, right under its heading', async ({ page }) => {
    expect(summaries, `${SLUG}.mdx 应有 page="summary" 的幻灯片`).toBeGreaterThan(3);
    const boxes = page.getByRole('complementary', { name: '本节要点' });
    await expect(boxes).toHaveCount(summaries);
    // The first box belongs to #definition: the next element after its heading, with the slide's list.
    const first = boxes.first();
    await expect(first.getByRole('listitem')).toHaveCount(6);
    await expect(first).toContainText('期初数是所有比例的分母，先把它数对');
    const before = await page.evaluate(() => document.querySelector('aside.section-summary')?.previousElementSibling?.id ?? null);
    expect(before).toBe('definition');
  });

  test('hidden slides and speaker notes are not on the page', async ({ page }) => {
    await expect(page.locator('main')).toContainText('留存与流失的计算并不复杂');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(hiddenSlideLine);
    expect(text).not.toContain(noteText);
    // The hidden slide's own calculator instance is not rendered on the page either.
    await expect(page.locator('[data-instance="retention"]')).toHaveCount(1);
    await expect(page.locator('[data-instance="slide-retention"], #calc-slide-retention-start')).toHaveCount(0);
  });

  // A hidden slide's calculator is rendered and discarded; it must not take Astro's one-time
  // hydration runtime with it (the first calculator of this page sits on a hidden slide).
  test('calculators on the page still hydrate when the first one in the source is on a hidden slide', async ({ page }) => {
    expect(source.indexOf('instance="slide-retention"')).toBeLessThan(source.indexOf('<Calculator id="retention" values'));
    expect(await page.evaluate(() => customElements.get('astro-island') !== undefined)).toBe(true);
    const island = page.locator('astro-island', { has: page.locator('section.calc[data-instance="retention"]') });
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', /.*/);
    await page.locator('#calc-retention-new').fill('100');
    await expect(page.locator('section.calc[data-instance="retention"] output[data-metric="retention-rate"]')).toHaveText('95.0%');
  });

  test('prints the boxes, with a border and no background', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    const box = page.locator('aside.section-summary').first();
    await expect(box).toBeVisible();
    const style = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, border: s.borderTopStyle, breakInside: s.breakInside };
    });
    expect(style.border).toBe('solid');
    expect(style.breakInside).toBe('avoid');
    expect(['rgba(0, 0, 0, 0)', 'transparent']).toContain(style.background);
  });
});
