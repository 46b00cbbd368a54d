/**
 * Resume later and carry progress between devices: "继续学习" lands on the section last read;
 * export → reset → import round-trips; a bad file is refused; old-version storage migrates;
 * corrupt or disabled storage never breaks a page and says progress can't be saved.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { answer, hydrated, loadQuiz } from './quiz-helpers';

const SLUG = 'retention-basics';
const KEY = 'ra-progress';
const T = '2026-11-20T08:00:00.000Z';
/** The third H2 of module A1: a section in the middle of the page. */
const SECTION = [...readFileSync(new URL(`../../src/content/modules/${SLUG}.mdx`, import.meta.url), 'utf8').matchAll(/^## .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!)[2]!;

const stored = (page: import('@playwright/test').Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test('继续学习 lands on the section last reached', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto(`/modules/${SLUG}/#${SECTION}`);
  await hydrated(page, 'ModuleProgress');
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').last?.section, { timeout: 15_000 }).toBe(SECTION);
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'in-progress');

  await page.goto('/');
  await hydrated(page, 'ContinueLearning');
  const link = page.locator('[data-continue]');
  await expect(link).toContainText('继续学习');
  await expect(page.locator(`[data-track-progress="basics"] .track-progress`)).toContainText('1 个学习中');
  await checkA11y('home with progress');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/modules/${SLUG}/#${SECTION}$`));
  await expect(page.locator(`#${SECTION}`)).toBeInViewport();
});

test('export → reset → import round-trip; a bad file is refused and nothing is overwritten', async ({ page, checkA11y }, info) => {
  test.setTimeout(90_000);
  const progress = {
    version: 2,
    modules: { [SLUG]: { visitedAt: T, sections: [SECTION, 'takeaways'], quiz: { best: 0.875, attempts: 2, passed: true }, completedAt: T } },
    last: { module: SLUG, section: SECTION, at: T },
    assessment: null,
    name: '',
  };
  await page.goto('/progress/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(progress)]);
  await page.reload();
  await hydrated(page, 'ProgressPanel');
  const row = page.locator(`[data-module-row="${SLUG}"]`);
  await expect(row).toContainText('已完成');
  await expect(row).toContainText('87%(2 次)');
  await checkA11y('progress page');

  // Export.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出进度/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^留存学院学习进度-\d{4}-\d{2}-\d{2}\.json$/);
  const file = info.outputPath('export.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ app: 'retention-academy', kind: 'progress', progress });

  // Reset, with confirmation; cancel first.
  await page.getByRole('button', { name: '重置学习进度' }).click();
  await expect(page.getByRole('button', { name: '确认重置' })).toBeFocused();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(row).toContainText('已完成');
  await page.getByRole('button', { name: '重置学习进度' }).click();
  await checkA11y('reset confirmation');
  await page.getByRole('button', { name: '确认重置' }).click();
  await expect(row).toContainText('未开始');
  expect(await stored(page)).toBeNull();

  // Import the exported file.
  await page.getByLabel('导入进度文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '导入成功' })).toBeVisible();
  await expect(row).toContainText('已完成');
  expect(JSON.parse((await stored(page))!)).toEqual(progress);

  // A bad file is refused with a reason; the progress is untouched.
  const before = await stored(page);
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"other"}') });
  await expect(page.getByRole('alert')).toContainText('导入失败:这不是留存学院导出的学习进度文件');
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, progress: { ...progress, version: 9 } })) });
  await expect(page.getByRole('alert')).toContainText('更新版本');
  expect(await stored(page)).toBe(before);
  await expect(row).toContainText('已完成');
  await checkA11y('import refused');

  // Survives a reload.
  await page.reload();
  await expect(row).toContainText('已完成');
});

test('an old (v1) saved progress is migrated and kept', async ({ page }) => {
  await page.goto('/progress/');
  const v1 = { version: 1, visited: [SLUG], completed: [SLUG], scores: { [SLUG]: 90 }, last: `${SLUG}#${SECTION}` };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(v1)]);
  await page.reload();
  const row = page.locator(`[data-module-row="${SLUG}"]`);
  await expect(row).toContainText('已完成');
  await expect(row).toContainText('90%(1 次)');
  await expect.poll(async () => JSON.parse((await stored(page))!).version).toBe(2);
  await expect(page.locator('#progress-storage-notice')).toHaveCount(0);
});

test('corrupt storage: pages keep working, one notice, the saved value is not overwritten', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
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
  const q = loadQuiz(SLUG)[0]!;
  await answer(quiz, q, true);
  await quiz.getByRole('button', { name: '检查答案' }).click();
  await expect(quiz.locator('.quiz-verdict')).toHaveText('回答正确');
  expect(await stored(page)).toBe('{"version":2,"modules":{"x": not json');
  for (const path of ['/', '/progress/', '/assessment/', '/certificate/']) {
    await page.goto(path);
    await expect(page.locator('#progress-storage-notice')).toContainText('无法保存学习进度');
  }
  // Resetting from the progress page makes progress savable again.
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
  await hydrated(page, 'ModuleProgress');
  await expect(page.locator('#progress-storage-notice')).toContainText('无法保存学习进度');
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'in-progress');
});
