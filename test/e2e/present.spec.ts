/**
 * Presenting a module: every deck opens on its title slide and every slide of every module fits
 * the projector sizes trainers meet; keys, typed jumps, blank screen and overview; the hash
 * survives a reload; speaker view and audience window stay in sync both ways across reloads;
 * quiz answers show only on demand and nothing is recorded; a calculator on a slide computes
 * without touching the URL; the QR code decodes to the module's URL; the deck prints one slide
 * per A4-landscape page; axe on the deck and the speaker view in both themes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

const slugs = readdirSync('src/content/modules')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
}

const currentSlide = (page: Page) => page.evaluate(() => (window as unknown as { revealDeck: { getState(): { indexh: number } } }).revealDeck.getState().indexh + 1);

test.describe('every deck fits', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const slug of slugs) {
    test(`${slug}: opens at #/1 and every slide fits at 1920×1080, 1280×720 and 1024×768`, async ({ page }) => {
      // No slide transition, so each slide is measured where it comes to rest.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // A fresh load at each size (a bare hash change would not reload the deck).
        await page.goto('about:blank');
        await openDeck(page, `/present/${slug}/#/1`);
        await expect(page.locator('.reveal .slides > section.present h1.deck-title')).toBeVisible();
        // Walk every slide through reveal.js and measure: the slide's content box must not
        // overflow its 1280 × 720 frame, and the scaled canvas must lie inside the window.
        const problems = await page.evaluate(async () => {
          const deck = (window as unknown as { revealDeck: { getTotalSlides(): number; slide(h: number, v?: number, f?: number): void; getCurrentSlide(): HTMLElement } }).revealDeck;
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const out: string[] = [];
          const total = document.querySelectorAll('.reveal .slides > section').length;
          if (deck.getTotalSlides() !== total) out.push(`reveal.js counts ${deck.getTotalSlides()} slides, the deck has ${total}`);
          await frame();
          for (let i = 0; i < total; i++) {
            // reveal.js shows the slide synchronously (no transition under reduced motion), and
            // reading the sizes below forces layout: no need to wait for a frame per slide.
            deck.slide(i, 0, 0);
            const slide = deck.getCurrentSlide();
            const box = slide.querySelector<HTMLElement>('.slide-frame');
            if (!box) {
              out.push(`#/${i + 1}: no slide frame`);
              continue;
            }
            const dy = box.scrollHeight - box.clientHeight;
            const dx = box.scrollWidth - box.clientWidth;
            const title = box.querySelector('.slide-title, .deck-title')?.textContent?.trim().slice(0, 24) ?? '';
            if (dy > 1 || dx > 1) out.push(`#/${i + 1} ${slide.dataset['kind']} “${title}”: overflows by ${dy}px down, ${dx}px across`);
            const r = box.getBoundingClientRect();
            if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) out.push(`#/${i + 1}: slide outside the window`);
          }
          return out;
        });
        expect(problems, `${slug} at ${size.width}×${size.height}`).toEqual([]);
      }
    });
  }
});

test.describe('presenting retention-basics', () => {
  const slug = 'retention-basics';

  test('keys, a typed slide number, blank screen, overview; the hash survives a reload', async ({ page }) => {
    await openDeck(page, `/present/${slug}/`);
    expect(await currentSlide(page)).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/2$/);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/#\/4$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#\/3$/);
    await page.keyboard.press('End');
    const total = await page.locator('.reveal .slides > section').count();
    await expect(page).toHaveURL(new RegExp(`#/${total}$`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#\/1$/);

    // 1, 2, Enter → slide 12; a number past the end is ignored.
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(page.locator('[data-deck-jump]')).toHaveText(/跳到第 12 张/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/12$/);
    await expect(page.locator('[data-deck-jump]')).toBeHidden();
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/12$/);

    await page.keyboard.press('b');
    await expect(page.locator('.reveal')).toHaveClass(/paused/);
    await page.keyboard.press('b');
    await expect(page.locator('.reveal')).not.toHaveClass(/paused/);
    await page.keyboard.press('.');
    await expect(page.locator('.reveal')).toHaveClass(/paused/);
    await page.keyboard.press('.');

    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/overview/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);

    await page.reload();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
    expect(await currentSlide(page)).toBe(12);
    await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('aria-label', new RegExp(`第 12 张，共 ${total} 张`));

    // S opens the speaker view on the same slide.
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popup;
    await expect(speaker).toHaveURL(new RegExp(`/present/${slug}/speaker/#/12$`));
    await expect(speaker.locator('[data-speaker-position]')).toHaveText(new RegExp(`第 12 / ${total} 张`));
    await speaker.close();
  });

  test('speaker view and audience window follow each other, across a reload of each', async ({ page, context }) => {
    const speaker = await context.newPage();
    await speaker.goto(`/present/${slug}/speaker/`);
    await expect(speaker.locator('[data-speaker]')).toHaveAttribute('data-ready', 'true');
    await openDeck(page, `/present/${slug}/#/1`);
    await expect(speaker.locator('[data-sync-status]')).toHaveText('已连接观众窗口。');

    // Speaker → audience.
    await speaker.getByRole('button', { name: '下一张' }).click();
    await speaker.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/3$/);
    await expect(speaker.locator('[data-speaker-position]')).toHaveText(/第 3 \/ \d+ 张/);
    // Audience → speaker.
    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('[data-speaker-position]')).toHaveText(/第 4 \/ \d+ 张/);
    const title4 = await page.locator('.reveal .slides > section.present .slide-title').textContent();
    await expect(speaker.locator('[data-speaker-current-title]')).toHaveText(title4!.trim());
    await expect(speaker.locator('[data-frame="notes"]')).not.toBeEmpty();

    // The audience window reloads: it comes back on slide 4 and both still move together.
    await page.reload();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
    expect(await currentSlide(page)).toBe(4);
    await speaker.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/5$/);

    // The speaker view reloads: it asks the audience window where it is.
    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('[data-speaker-position]')).toHaveText(/第 6 \/ \d+ 张/);
    await speaker.goto(`/present/${slug}/speaker/`);
    await expect(speaker.locator('[data-speaker-position]')).toHaveText(/第 6 \/ \d+ 张/);
    await speaker.getByRole('button', { name: '上一张' }).click();
    await expect(page).toHaveURL(/#\/5$/);

    // Blank from the speaker view.
    await speaker.getByRole('button', { name: '黑屏' }).click();
    await expect(page.locator('.reveal')).toHaveClass(/paused/);
    await expect(speaker.getByRole('button', { name: '黑屏' })).toHaveAttribute('aria-pressed', 'true');
    await speaker.keyboard.press('b');
    await expect(page.locator('.reveal')).not.toHaveClass(/paused/);
    // The clock runs against the guide's block.
    await expect(speaker.locator('[data-block-pace]')).toHaveText(/已用 \d+:\d\d \/ 计划 \d+ 分钟/);
  });

  test('the quiz answer shows only on demand and nothing is recorded', async ({ page }) => {
    await openDeck(page, `/present/${slug}/#/1`);
    const first = await page.locator('.reveal .slides > section[data-kind="quiz"]:has(li[data-correct])').first().evaluate((el) => [...el.parentElement!.children].indexOf(el) + 1);
    await page.goto(`/present/${slug}/#/${first}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
    const slide = page.locator('.reveal .slides > section.present');
    await expect(slide).toHaveAttribute('data-kind', 'quiz');
    const answer = slide.locator('[data-quiz-answer]');
    await expect(answer).not.toBeVisible();
    await expect(answer).not.toHaveClass(/visible/);
    // Revealed by the presenter's next key (clicker) …
    await page.keyboard.press('ArrowRight');
    await expect(answer).toBeVisible();
    await expect(answer).toContainText('答案');
    await expect(slide.locator('li[data-correct]').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/${first}$`));
    // … or the button; the next key then moves on.
    await page.keyboard.press('ArrowLeft');
    await expect(answer).not.toBeVisible();
    const button = slide.getByRole('button', { name: '揭晓答案' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(answer).toBeVisible();
    await expect(slide.getByRole('button', { name: '隐藏答案' })).toHaveAttribute('aria-expanded', 'true');
    await page.locator('body').press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#/${first + 1}$`));
    const stored = await page.evaluate(() => ({ local: Object.keys(localStorage).filter((k) => k !== 'ra-theme'), session: Object.keys(sessionStorage) }));
    expect(stored).toEqual({ local: [], session: [] });
  });

  test('a calculator on a slide computes and leaves the URL alone', async ({ page }) => {
    await openDeck(page, `/present/${slug}/#/1`);
    const n = await page.locator('.reveal .slides > section:has([data-calc-embed="retention"])').first().evaluate((el) => [...el.parentElement!.children].indexOf(el) + 1);
    await page.goto(`/present/${slug}/#/${n}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.reveal')?.dataset['ready'] === 'true');
    const calc = page.locator('.reveal .slides > section.present .calc[data-calculator="retention"]');
    await expect(calc.locator('output[data-metric="retention-rate"]')).toHaveText('85.0%');
    // The island hydrates once its slide is on screen.
    await expect(page.locator('.reveal .slides > section.present astro-island[ssr]')).toHaveCount(0);
    await calc.getByLabel('期末人数').fill('900');
    await expect(calc.locator('output[data-metric="retention-rate"]')).toHaveText('70.0%');
    // Typing digits in the calculator does not start a slide jump.
    await expect(page.locator('[data-deck-jump]')).toBeHidden();
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#/${n}`);
  });

  test('the QR code on the title slide decodes to the module’s public URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDeck(page, `/present/${slug}/#/1`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const expected = new URL(`/modules/${slug}/`, canonical!).href;
    const dir = mkdtempSync(join(tmpdir(), 'qr-'));
    try {
      const file = join(dir, 'qr.png');
      writeFileSync(file, await page.locator('.reveal .slides > section.present .qr-code svg').screenshot());
      const decoded = execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
      expect(decoded).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('prints one slide per A4-landscape page', async ({ page }) => {
    await page.goto(`/present/${slug}/?print-pdf`);
    await page.waitForFunction(() => document.querySelectorAll('.reveal .pdf-page').length > 0);
    const total = await page.locator('.reveal .slides section[data-kind]').count();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
    try {
      const file = join(dir, 'deck.pdf');
      writeFileSync(file, pdf);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(total);
      const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
      // A4 landscape: 842 × 595 pt.
      expect(Math.round(w!)).toBe(842);
      expect(Math.round(h!)).toBe(595);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`deck and speaker view pass axe (${theme})`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await openDeck(page, `/present/${slug}/#/1`);
      await checkA11y(`/present/${slug}/#/1 (${theme})`);
      const quiz = await page.locator('.reveal .slides > section[data-kind="quiz"]').first().evaluate((el) => [...el.parentElement!.children].indexOf(el) + 1);
      await page.keyboard.type(String(quiz));
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.reveal .slides > section.present [data-quiz-answer]')).toBeVisible();
      await checkA11y(`/present/${slug}/ quiz answer (${theme})`);
      await page.goto(`/present/${slug}/speaker/#/6`);
      await expect(page.locator('[data-speaker]')).toHaveAttribute('data-ready', 'true');
      await checkA11y(`/present/${slug}/speaker/ (${theme})`);
    });
  }
});
