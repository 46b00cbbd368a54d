/**
 * Spaced review: a due card shows on the home page as 今日复习 N 题 and in /review/, one item at
 * a time with its explanation (scenario included) and a link back to the section; answering
 * reschedules the card. Axe on /review/ in both themes.
 */
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';
import { answer, hydrated, loadQuiz, progressShown, quizSlugs } from './quiz-helpers';
import { dict, emptyProgress, type Progress } from '../../src/lib/progress';
import { serialise } from '../../src/lib/progress-schema';
import { newCard } from '../../src/lib/review';
import { runItem, type PracticeBankFile } from '../../src/lib/quiz/bank';
import type { Question } from '../../src/schemas/quiz';

const KEY = 'ra-progress';
const past = new Date(Date.now() - 3_600_000).toISOString();
const scenarioSlug = quizSlugs().find((s) => loadQuiz(s).some((q) => q.type === 'scenario'))!;
const scenario = loadQuiz(scenarioSlug).find((q): q is Extract<Question, { type: 'scenario' }> => q.type === 'scenario')!;
const GENERATED = 'ex:retention-basics/customer-retention-rate';

function queue(): Progress {
  return { ...emptyProgress(), updatedAt: past, review: dict([[`${scenarioSlug}/${scenario.id}`, newCard(past)], [GENERATED, newCard(past)]]) };
}

async function seed(page: Page, p: Progress) {
  await page.goto('/about/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, serialise(p)]);
}

test('a due review shows on the home page and in /review/; answering reschedules it', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  await seed(page, queue());
  await page.goto('/');
  await progressShown(page, '[data-review-due]');
  const badge = page.locator('[data-review-badge]');
  await expect(badge).toHaveText('今日复习 2 题');
  await badge.click();
  await expect(page).toHaveURL(/\/review\/$/);
  await hydrated(page, 'ReviewSession');
  const review = page.locator('[data-review]');
  await expect(page.locator('[data-review] .quiz-counter')).toContainText('第 1 / 2 题');
  await checkA11y('review item');

  // Both were due at the same time: in key order, the quiz question, then the generated skill.
  const bank = (await (await page.request.get('/review/items.json')).json()) as PracticeBankFile;
  const reps = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).review[GENERATED].reps as number;
  const generated = runItem(bank.items.find((i) => i.key === GENERATED)!, `review-${reps}`)!;

  // The scenario question shows its scenario.
  await expect(review.locator('.quiz-scenario')).toHaveText(scenario.scenario);
  await answer(review, scenario, true);
  await review.getByRole('button', { name: '检查答案' }).click();
  await expect(review.locator('.quiz-verdict')).toHaveText('回答正确');
  await expect(review.locator('.quiz-feedback')).toContainText(scenario.explanation);
  await review.getByRole('button', { name: '下一题' }).click();

  await expect(review.locator('.quiz-prompt')).toHaveText(generated.question.prompt);
  await expect(review.locator('.quiz-counter')).toContainText('随机示例数据练习');
  await answer(review, generated.question, false);
  await review.getByRole('button', { name: '检查答案' }).click();
  await expect(review.locator('.quiz-verdict')).toContainText('回答错误');
  await expect(review.locator('[data-solution]')).toContainText('解题过程');
  await expect(review.getByRole('link', { name: '回看本节' })).toHaveAttribute('href', '/modules/retention-basics/#customer-formula');
  await checkA11y('review feedback');
  await review.getByRole('button', { name: '完成今日复习' }).click();
  await expect(page.locator('[data-review-done]')).toContainText('本轮复习 2 题，答对 1 题');
  await checkA11y('review done');

  // Both cards were rescheduled: reviewed once more and due later than before.
  await expect
    .poll(async () => {
      const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
      return Object.values(stored.review as Record<string, { reps: number; due: string }>).map((c) => c.reps > 0 && Date.parse(c.due) > Date.now());
    })
    .toEqual([true, true]);
});

test('nothing due: /review/ says so (light and dark theme pass axe)', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto('/review/');
  await hydrated(page, 'ReviewSession');
  await expect(page.locator('[data-review-empty]')).toContainText('今天没有需要复习的题');
  await checkA11y('review empty, light');
  await page.goto('/');
  await progressShown(page, '[data-review-due]');
  await expect(page.locator('[data-review-badge]')).toHaveCount(0);
  await useTheme(page, 'dark');
  await seed(page, queue());
  await page.goto('/review/');
  await hydrated(page, 'ReviewSession');
  await expect(page.locator('[data-review] .quiz-counter')).toBeVisible();
  await checkA11y('review item, dark');
});
