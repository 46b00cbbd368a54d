/**
 * Resume later and carry progress between devices: "继续学习" lands on the section being read;
 * a section counts as read only after enough time on screen; export → reset → import
 * round-trips; replacing progress asks first (both dates shown) and can be undone; bad and
 * oversized files are refused; old versions migrate; corrupt, newer or disabled storage never
 * breaks a page and is never overwritten — also when another tab writes it (F1). The progress
 * table reads well on a phone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answer, hydrated, loadQuiz, progressShown } from './quiz-helpers';
import { IMPORT_MAX_BYTES } from '../../src/lib/progress-limits';

const SLUG = 'retention-basics';
const KEY = 'ra-progress';
const T = '2026-11-20T08:00:00.000Z';
/** The third H2 of module A1: a section in the middle of the page. */
const SECTION = [...readFileSync(new URL(`../../src/content/modules/${SLUG}.mdx`, import.meta.url), 'utf8').matchAll(/^## .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!)[2]!;

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const v2 = {
  version: 2,
  modules: { [SLUG]: { visitedAt: T, sections: [SECTION, 'takeaways'], quiz: { best: 0.875, attempts: 2, passed: true }, completedAt: T } },
  last: { module: SLUG, section: SECTION, at: T },
  assessment: null,
  name: '',
};

test('继续学习 lands on the section being read', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto(`/modules/${SLUG}/#${SECTION}`);
  await progressShown(page, '[data-module-tracker]');
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').last?.section, { timeout: 15_000 }).toBe(SECTION);
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'in-progress');
  await page.goto('/');
  await progressShown(page, '[data-continue-outline]');
  const link = page.locator('[data-continue]');
  await expect(link).toContainText('继续学习');
  await expect(page.locator(`[data-track-progress="basics"] .track-progress`)).toContainText('1 个学习中');
  await checkA11y('home with progress');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/modules/${SLUG}/#${SECTION}$`));
  await expect(page.locator(`#${SECTION}`)).toBeInViewport();
});

test('a section counts as read after enough time on screen, not when it scrolls past', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto(`/modules/${SLUG}/`);
  await progressShown(page, '[data-module-tracker]');
  // Scroll the whole module in four seconds.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 1; i <= 8; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), (height * i) / 8);
    await page.clock.runFor(500);
  }
  await expect(page.locator('[data-sections-read]')).toHaveAttribute('data-sections-read', '0');
  expect(JSON.parse((await stored(page))!).modules[SLUG].sections).toEqual([]);
  // Stay on one section long enough (its required time is at most 90 s).
  await page.locator(`#${SECTION}`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), SECTION);
  for (let s = 0; s < 95; s++) await page.clock.runFor(1000);
  await expect.poll(async () => JSON.parse((await stored(page))!).modules[SLUG].sections).toContain(SECTION);
  await expect(page.locator('.module-status')).toContainText(/已读 [1-9]/);
});

test('export → reset → import round-trip; replacing asks first, shows both dates, and can be undone', async ({ page, checkA11y }, info) => {
  test.setTimeout(120_000);
  await page.goto('/progress/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(v2)]);
  await page.reload();
  await hydrated(page, 'ProgressPanel');
  const row = page.locator(`[data-module-row="${SLUG}"]`);
  await expect(row).toContainText('已完成');
  await expect(row).toContainText('88%（2 次）');
  // The v2 value was migrated and saved as v3.
  expect(JSON.parse((await stored(page))!).version).toBe(3);
  await checkA11y('progress page');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出进度/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^留存学院学习进度-\d{4}-\d{2}-\d{2}\.json$/);
  const file = info.outputPath('export.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ app: 'retention-academy', kind: 'progress', progress: { version: 3, modules: { [SLUG]: { quiz: { best: 0.875, attempts: 2, passed: true, hints: 0 } } } } });

  // Reset, with confirmation.
  await page.getByRole('button', { name: '重置学习进度' }).click();
  await expect(page.getByRole('button', { name: '确认重置' })).toBeFocused();
  await page.getByRole('button', { name: '确认重置' }).click();
  await expect(row).toContainText('未开始');
  expect(await stored(page)).toBeNull();

  // Importing into empty progress replaces nothing: no question.
  await page.getByLabel('导入进度文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '导入成功' })).toBeVisible();
  await expect(row).toContainText('已完成');
  expect(JSON.parse((await stored(page))!)).toEqual(exported.progress);

  // Now the current progress is newer than an older, emptier file: it asks, showing both.
  const older = { ...exported, exportedAt: '2026-01-01T00:00:00.000Z', progress: { ...exported.progress, updatedAt: '2026-01-01T00:00:00.000Z', modules: {}, last: null } };
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  const confirm = page.locator('[data-import-confirm]');
  await expect(confirm.getByRole('heading', { name: '用文件中的进度替换当前进度？' })).toBeFocused();
  await expect(confirm.locator('[data-import-newer]')).toContainText('当前进度（更新于');
  await expect(confirm).toContainText('已完成 1 个模块');
  await expect(confirm).toContainText('已完成 0 个模块');
  await checkA11y('import confirmation');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(row).toContainText('已完成');
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  await page.locator('[data-import-confirm]').getByRole('button', { name: '确认替换' }).click();
  await expect(row).toContainText('未开始');
  await page.getByRole('button', { name: '撤销导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已撤销导入' })).toBeVisible();
  await expect(row).toContainText('已完成');
  expect(JSON.parse((await stored(page))!).modules[SLUG].completedAt).toBe(T);
});

test('bad, foreign, future and oversized files are refused; nothing is overwritten', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  await page.goto('/progress/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(v2)]);
  await page.reload();
  await hydrated(page, 'ProgressPanel');
  // The v2 record is migrated (its migrations load on demand) and saved as v3 first.
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').version).toBe(3);
  const before = await stored(page);
  const input = page.getByLabel('导入进度文件');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"other"}') });
  await expect(page.getByRole('alert')).toContainText('导入失败：这不是留存学院导出的学习进度文件');
  await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'retention-academy', kind: 'progress', exportedAt: T, progress: { ...v2, version: 9 } })) });
  await expect(page.getByRole('alert')).toContainText('更新版本');
  // F14: the size is checked before the file is read.
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x20) });
  await expect(page.getByRole('alert')).toContainText('文件过大');
  // F6: unknown modules, prototype names included, are reported and dropped.
  const proto = `{"app":"retention-academy","kind":"progress","exportedAt":"${T}","progress":{"version":1,"visited":["constructor","__proto__x"],"completed":[],"scores":{"constructor":90},"last":"constructor#definition"}}`;
  await input.setInputFiles({ name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(proto) });
  await expect(page.locator('[data-import-confirm]')).toContainText('本课程没有的模块，已忽略：constructor');
  await page.locator('[data-import-confirm]').getByRole('button', { name: '取消' }).click();
  expect(await stored(page)).toBe(before);
  expect(await page.evaluate(() => Object.hasOwn(Object, 'quiz'))).toBe(false);
  await checkA11y('import refused');
});

test('an old (v1) saved progress is migrated and kept', async ({ page }) => {
  await page.goto('/progress/');
  const v1 = { version: 1, visited: [SLUG], completed: [SLUG], scores: { [SLUG]: 90 }, last: `${SLUG}#${SECTION}` };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(v1)]);
  await page.reload();
  const row = page.locator(`[data-module-row="${SLUG}"]`);
  await expect(row).toContainText('已完成');
  await expect(row).toContainText('90%（1 次）');
  await expect.poll(async () => JSON.parse((await stored(page))!).version).toBe(3);
  await expect(page.locator('#progress-storage-notice')).toHaveCount(0);
});

test('another tab that writes a newer-version record stops this tab from writing (F1)', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto(`/modules/${SLUG}/`);
  await progressShown(page, '[data-module-tracker]');
  await expect.poll(() => stored(page)).not.toBeNull();
  const other = await context.newPage();
  await other.goto('/about/');
  const newer = JSON.stringify({ version: 4, modules: {}, last: null, assessment: { best: 1, attempts: 1, passed: true, passedAt: T, passedScore: 1 }, name: '新版本数据' });
  await other.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);
  await expect(page.locator('#progress-storage-notice')).toContainText('另一个标签页');
  // This tab keeps working, and what it does is not written over the newer record.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForTimeout(3000);
  expect(await stored(page)).toBe(newer);
  await other.close();
});

test('corrupt storage: pages keep working, one notice, the saved value is not overwritten', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  await page.addInitScript(([k]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k!, '{"version":2,"modules":{"x": not json');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await page.goto(`/modules/${SLUG}/#quiz`);
  await hydrated(page, 'QuizIsland');
  const notice = page.locator('#progress-storage-notice');
  await expect(notice).toContainText('无法保存学习进度');
  await expect(page.locator('.storage-notice')).toHaveCount(1);
  await checkA11y('module page with storage notice');
  const quiz = page.locator(`[data-quiz="${SLUG}"]`);
  await answer(quiz, loadQuiz(SLUG)[0]!, true);
  await quiz.getByRole('button', { name: '检查答案' }).click();
  await expect(quiz.locator('.quiz-verdict')).toHaveText('回答正确');
  expect(await stored(page)).toBe('{"version":2,"modules":{"x": not json');
  for (const path of ['/', '/progress/', '/assessment/', '/certificate/', '/review/']) {
    await page.goto(path);
    await expect(page.locator('#progress-storage-notice')).toContainText('无法保存学习进度');
  }
  await page.goto('/progress/');
  await hydrated(page, 'ProgressPanel');
  await page.getByRole('button', { name: '重置学习进度' }).click();
  await page.getByRole('button', { name: '确认重置' }).click();
  await expect(page.locator('#progress-storage-notice')).toHaveCount(0);
  await expect.poll(() => stored(page)).toBeNull();
});

test('storage disabled (access throws): pages keep working and say so', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  for (const path of [`/modules/${SLUG}/`, '/', '/progress/', '/assessment/']) {
    await page.goto(path);
    await expect(page.locator('#progress-storage-notice')).toContainText('无法保存学习进度');
  }
  await page.goto(`/modules/${SLUG}/#quiz`);
  await hydrated(page, 'QuizIsland');
  const quiz = page.locator(`[data-quiz="${SLUG}"]`);
  await answer(quiz, loadQuiz(SLUG)[0]!, false);
  await quiz.getByRole('button', { name: '检查答案' }).click();
  await expect(quiz.locator('.quiz-verdict')).toContainText('回答错误');
});

test('storage full: the first failed write shows the notice, the page keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(`/modules/${SLUG}/`);
  await progressShown(page, '[data-module-tracker]');
  await expect(page.locator('#progress-storage-notice')).toContainText('无法保存学习进度');
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'in-progress');
});

test('phone: the progress table does not wrap its track and status one character per line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/progress/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(v2)]);
  await page.reload();
  await hydrated(page, 'ProgressTable');
  const row = page.locator(`[data-module-row="${SLUG}"]`);
  await expect(row).toContainText('已完成');
  const lineHeight = await row.locator('.status-badge').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  for (const cell of [row.locator('.status-badge'), row.locator('.cell-track')]) {
    const box = (await cell.boundingBox())!;
    // One line high, and wider than a few characters.
    expect(box.height).toBeLessThan(lineHeight * 1.9);
    expect(box.width).toBeGreaterThan(40);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
