/**
 * Take a quiz: fail, review the wrong answers, retry with reshuffled options, pass → the module
 * is marked complete and stays so after a reload. Keyboard focus and announcements along the
 * way; trainer discussion mode; axe on the quiz in each state.
 */
import { test, expect, useTheme } from './fixtures';
import { answer, hydrated, loadQuiz } from './quiz-helpers';

const SLUG = 'retention-basics';
const questions = loadQuiz(SLUG);

test('the A1 quiz is real: at least 6 questions of at least 3 types', () => {
  expect(questions.length).toBeGreaterThanOrEqual(6);
  expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
});

test('fail, review, retry, pass → module completed, kept after reload', async ({ page, checkA11y }) => {
  test.setTimeout(150_000);
  await page.goto(`/modules/${SLUG}/#quiz`);
  const quiz = page.locator(`[data-quiz="${SLUG}"]`);
  // The first question is in the server HTML, before hydration.
  await expect(quiz.getByText(questions[0]!.prompt)).toBeVisible();
  await hydrated(page, 'QuizIsland');
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', /not-started|in-progress/);

  // Checking without an answer says so.
  await quiz.getByRole('button', { name: '检查答案' }).click();
  await expect(quiz.getByRole('alert')).toContainText('请先作答');

  // Attempt 1: every answer wrong.
  for (const [i, q] of questions.entries()) {
    await expect(quiz.locator('.quiz-prompt')).toHaveText(q.prompt);
    if (i > 0) await expect(quiz.locator('.quiz-prompt')).toBeFocused();
    await answer(quiz, q, false);
    await quiz.getByRole('button', { name: '检查答案' }).click();
    const verdict = quiz.locator('.quiz-verdict');
    await expect(verdict).toContainText('回答错误');
    await expect(verdict).toBeFocused();
    await expect(quiz.getByRole('status').first()).toContainText('回答错误');
    await expect(quiz.locator('.quiz-feedback')).toContainText(q.explanation);
    await expect(quiz.getByRole('link', { name: '回看本节' })).toHaveAttribute('href', `/modules/${SLUG}/#${q.section}`);
    if (i === 0) await checkA11y('quiz feedback');
    await quiz.getByRole('button', { name: i < questions.length - 1 ? '下一题' : '查看结果' }).click();
  }
  await expect(quiz.locator('.quiz-results h3')).toHaveText(`得分:0 / ${questions.length}(0%)`);
  await expect(quiz.locator('.quiz-results h3')).toBeFocused();
  await expect(quiz.locator('.quiz-fail')).toContainText('未通过');
  const review = quiz.locator('.quiz-review li');
  await expect(review).toHaveCount(questions.length);
  await expect(review.first()).toContainText('你的答案');
  await expect(review.first()).toContainText('正确答案');
  await checkA11y('quiz results (failed)');
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'in-progress');

  // Attempt 2: options reshuffled, every answer right, using the keyboard to check.
  await quiz.getByRole('button', { name: '重新作答' }).click();
  await expect(quiz.locator('.quiz-prompt')).toBeFocused();
  for (const [i, q] of questions.entries()) {
    await expect(quiz.locator('.quiz-prompt')).toHaveText(q.prompt);
    await answer(quiz, q, true);
    await quiz.getByRole('button', { name: '检查答案' }).focus();
    await page.keyboard.press('Enter');
    await expect(quiz.locator('.quiz-verdict')).toHaveText('回答正确');
    await quiz.getByRole('button', { name: i < questions.length - 1 ? '下一题' : '查看结果' }).press('Enter');
  }
  await expect(quiz.locator('.quiz-results h3')).toContainText(`${questions.length} / ${questions.length}(100%)`);
  await expect(quiz.locator('.quiz-pass')).toContainText('已通过');
  await expect(quiz.getByText('本模块已标记为「已完成」')).toBeVisible();
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'completed');
  await checkA11y('quiz results (passed)');

  await page.reload();
  await hydrated(page, 'ModuleProgress');
  await expect(page.locator('[data-module-status]')).toHaveAttribute('data-module-status', 'completed');
  await expect(page.locator('.module-status')).toContainText('测验最高 100%(2 次)');

  await page.goto('/progress/');
  await expect(page.locator(`[data-module-row="${SLUG}"]`)).toContainText('已完成');
  await expect(page.locator(`[data-module-row="${SLUG}"]`)).toContainText('100%(2 次)');
});

test('retry reshuffles the options deterministically', async ({ page }) => {
  test.setTimeout(150_000);
  const first = questions.findIndex((q) => (q.type === 'single' || q.type === 'scenario' || q.type === 'multiple') && q.options.length >= 3);
  test.skip(first < 0, 'no choice question with 3+ options');
  const orders: string[] = [];
  for (let run = 0; run < 2; run++) {
    // A fresh document each run (going to the same URL with a hash would not reload the page).
    await page.goto('about:blank');
    await page.goto(`/modules/${SLUG}/#quiz`);
    await hydrated(page, 'QuizIsland');
    const quiz = page.locator(`[data-quiz="${SLUG}"]`);
    const attemptOrders: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const [i, q] of questions.entries()) {
        if (i === first) attemptOrders.push((await quiz.locator('.quiz-options label').allTextContents()).join('|'));
        await answer(quiz, q, false);
        await quiz.getByRole('button', { name: '检查答案' }).click();
        await quiz.getByRole('button', { name: i < questions.length - 1 ? '下一题' : '查看结果' }).click();
      }
      await quiz.getByRole('button', { name: '重新作答' }).click();
    }
    expect(new Set(attemptOrders).size).toBeGreaterThan(1);
    orders.push(attemptOrders.join('\n'));
  }
  // The same attempt numbers give the same orders on another visit.
  expect(orders[0]).toBe(orders[1]);
});

test('discussion mode hides answers until 揭晓答案 and keeps no score', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto(`/modules/${SLUG}/?mode=discussion#quiz`);
  await hydrated(page, 'QuizIsland');
  const quiz = page.locator(`[data-quiz="${SLUG}"]`);
  await expect(quiz).toHaveAttribute('data-mode', 'discussion');
  await expect(quiz.getByText('讨论模式')).toBeVisible();
  await expect(quiz.getByRole('button', { name: '检查答案' })).toHaveCount(0);
  await expect(quiz.locator('.quiz-feedback')).toHaveCount(0);
  await quiz.getByRole('button', { name: '揭晓答案' }).click();
  await expect(quiz.locator('.quiz-verdict')).toHaveText('参考答案');
  await expect(quiz.locator('.quiz-verdict')).toBeFocused();
  await expect(quiz.locator('.quiz-feedback')).toContainText(questions[0]!.explanation);
  await checkA11y('discussion mode, revealed');
  await quiz.getByRole('button', { name: '下一题' }).click();
  await expect(quiz.locator('.quiz-prompt')).toHaveText(questions[1]!.prompt);
  await expect(quiz.locator('.quiz-feedback')).toHaveCount(0);
  await page.goto('/progress/');
  await expect(page.locator(`[data-module-row="${SLUG}"]`)).not.toContainText('%(');
});

test('dark theme: feedback and results stay readable (axe)', async ({ page, checkA11y }) => {
  test.setTimeout(90_000);
  await useTheme(page, 'dark');
  await page.goto(`/modules/${SLUG}/#quiz`);
  await hydrated(page, 'QuizIsland');
  const quiz = page.locator(`[data-quiz="${SLUG}"]`);
  for (const [i, q] of questions.entries()) {
    await answer(quiz, q, i % 2 === 0);
    await quiz.getByRole('button', { name: '检查答案' }).click();
    if (i < 2) await checkA11y(`dark feedback ${i}`);
    await quiz.getByRole('button', { name: i < questions.length - 1 ? '下一题' : '查看结果' }).click();
  }
  await checkA11y('dark results');
  await page.goto('/progress/');
  await expect(page.locator(`[data-module-row="${SLUG}"]`)).toContainText('学习中');
  await checkA11y('dark progress page');
});
