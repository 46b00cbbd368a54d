/**
 * Final assessment to certificate: a failed attempt leaves the certificate locked; a passing
 * attempt unlocks it; the learner types a name; the certificate prints on one A4 page and says
 * it is a self-study record. Axe on the assessment and certificate pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { answer, hydrated, loadQuiz } from './quiz-helpers';
import type { Question } from '../../src/schemas/quiz';

const slugs = readdirSync(new URL('../../src/content/quizzes/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const byPrompt = new Map<string, Question>();
for (const slug of slugs) for (const q of loadQuiz(slug)) byPrompt.set(q.prompt.trim(), q);
const poolSize = [...slugs].reduce((n, s) => n + loadQuiz(s).length, 0);
const size = Math.min(20, poolSize);

test('assessment: fail, then pass → certificate with name, score and date on one A4 page', async ({ page, checkA11y, browserName }) => {
  test.setTimeout(240_000);
  await page.goto('/certificate/');
  await hydrated(page, 'Certificate');
  await expect(page.locator('[data-certificate-locked]')).toContainText('你还没有参加结业测评');

  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  await expect(page.getByText(`中抽取 ${size} 道`)).toBeVisible();
  await checkA11y('assessment intro');

  // Attempt 1: submit with nothing answered (confirm), fail.
  await page.getByRole('button', { name: '开始测评' }).click();
  await expect(page.locator('#assessment-prompt')).toBeFocused();
  await expect(page.locator('.quiz-counter')).toContainText(`第 1 / ${size} 题`);
  await checkA11y('assessment question');
  for (let i = 1; i < size; i++) await page.getByRole('button', { name: '下一题' }).click();
  await page.getByRole('button', { name: '提交测评' }).click();
  // Ordering questions always hold an order, so they count as answered.
  await expect(page.getByRole('alert')).toContainText(/还有 \d+ 题未作答/);
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.locator('.quiz-results h3')).toHaveText(`得分:0 / ${size}(0%)`);
  await expect(page.locator('.quiz-review li')).toHaveCount(size);
  await checkA11y('assessment failed');

  await page.goto('/certificate/');
  await expect(page.locator('[data-certificate-locked]')).toContainText('最高分是 0%');

  // Attempt 2, timed: a new draw; answer everything right.
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  await expect(page.locator('[data-assessment-record]')).toContainText('你已参加 1 次');
  await page.getByLabel(/限时作答/).check();
  await page.getByRole('button', { name: '开始测评' }).click();
  await expect(page.locator('.quiz-timer')).toContainText('剩余时间');
  const root = page.locator('.assessment');
  await expect(root).toHaveAttribute('data-attempt', '2');
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const prompt = (await page.locator('#assessment-prompt').textContent())!.trim();
    expect(seen.has(prompt), `question repeated: ${prompt}`).toBe(false);
    seen.add(prompt);
    const q = byPrompt.get(prompt);
    expect(q, `question not in any quiz file: ${prompt}`).toBeDefined();
    await answer(root, q!, true);
    await page.getByRole('button', { name: i < size - 1 ? '下一题' : '提交测评' }).click();
  }
  await expect(page.locator('.quiz-results h3')).toHaveText(`得分:${size} / ${size}(100%)`);
  await expect(page.locator('.quiz-pass')).toContainText('已通过');
  await page.getByRole('link', { name: '查看结业证书' }).click();

  await expect(page).toHaveURL(/\/certificate\/$/);
  await hydrated(page, 'Certificate');
  const cert = page.locator('[data-certificate]');
  await expect(cert).toContainText('结业证书');
  await expect(cert).toContainText('请在上方填写姓名');
  await page.getByLabel('你的姓名(显示在证书上)').fill('王小明');
  await expect(page.locator('[data-cert-name]')).toHaveText('王小明');
  await expect(page.locator('[data-cert-score]')).toHaveText('100%');
  const today = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(new Date());
  await expect(cert).toContainText(today);
  await expect(cert).toContainText('不是经过验证的资格证书');
  await checkA11y('certificate');

  // The name is kept; the certificate prints on exactly one A4 page.
  await page.reload();
  await expect(page.locator('[data-cert-name]')).toHaveText('王小明');
  if (browserName === 'chromium') {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cert-controls')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  }
});

test('the assessment draw is stratified across tracks where the pool allows', async ({ page }) => {
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  await page.getByRole('button', { name: '开始测评' }).click();
  const sources = new Set<string>();
  for (let i = 0; i < size; i++) {
    const counter = await page.locator('.quiz-counter').textContent();
    sources.add(/来自「(.+)」/.exec(counter ?? '')?.[1] ?? '');
    if (i < size - 1) await page.getByRole('button', { name: '下一题' }).click();
  }
  // Every track that has quiz questions contributes (the pool has at most 20 tracks).
  const front = (slug: string) => readFileSync(new URL(`../../src/content/modules/${slug}.mdx`, import.meta.url), 'utf8');
  const trackOf = new Map(slugs.map((s) => [/^title:\s*(.+)$/m.exec(front(s))![1]!.trim().replace(/^['"]|['"]$/g, ''), /^track:\s*(\S+)/m.exec(front(s))![1]!]));
  const tracks = new Set([...trackOf.values()]);
  const drawnTracks = new Set([...sources].map((t) => trackOf.get(t)));
  expect(drawnTracks).toEqual(tracks);
});

test('the optional timer submits the assessment when time is up', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  const limit = Number(/限时作答\D*(\d+)/.exec((await page.locator('label[for="assessment-timed"]').textContent()) ?? '')?.[1]);
  expect(limit).toBeGreaterThan(0);
  await page.getByLabel(/限时作答/).check();
  await page.getByRole('button', { name: '开始测评' }).click();
  await expect(page.locator('.quiz-timer')).toContainText(`${limit}:00`);
  await page.clock.runFor(61_000);
  await expect(page.locator('.quiz-timer')).toContainText(`${limit - 2}:59`);
  await page.clock.runFor(limit * 60_000);
  await expect(page.locator('.quiz-results h3')).toContainText('得分:');
  await expect(page.getByText('时间到,已自动交卷;未作答的题按答错计分。')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '时间到' })).toBeAttached();
});
