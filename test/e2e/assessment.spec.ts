/**
 * Final assessment to certificate. The certificate says exactly what is missing until every
 * module is completed and the assessment passed; a forged progress file does not produce one.
 * The assessment resumes exactly after a reload, asks before leaving, draws a different set for
 * each learner, and its timer keeps counting while the learner is away. The certificate has a
 * number, the course hours and a long name inside its frame, and prints on one A4 page. Axe on
 * the assessment and the certificate in both themes.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';
import { answer, hydrated, quizSlugs } from './quiz-helpers';
import { emptyProgress, recordAssessment, recordQuiz, type Progress } from '../../src/lib/progress';
import { serialise } from '../../src/lib/progress-schema';
import { runItem, type PracticeBankFile } from '../../src/lib/quiz/bank';
import type { Question } from '../../src/schemas/quiz';

const KEY = 'ra-progress';
const T0 = '2026-11-20T08:00:00.000Z';

/** Every module completed through its quiz (what a learner who studied everything has). */
function allModulesDone(): Progress {
  let p = emptyProgress();
  for (const slug of quizSlugs()) p = recordQuiz(p, slug, 9, 10, 0, T0);
  return { ...p, updatedAt: T0 };
}

async function seed(page: Page, p: Progress) {
  await page.goto('/progress/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, serialise(p)]);
}

let bank: PracticeBankFile | null = null;
async function questionsOf(page: Page): Promise<Map<string, Question>> {
  bank ??= (await (await page.request.get('/assessment/questions.json')).json()) as PracticeBankFile;
  const s = (await page.locator('.assessment').getAttribute('data-seed'))!;
  const byPrompt = new Map<string, Question>();
  for (const item of bank.items) {
    const run = runItem(item, s);
    if (run) byPrompt.set(run.question.prompt.trim(), run.question);
  }
  return byPrompt;
}

const prompt = async (page: Page) => ((await page.locator('#assessment-prompt').textContent()) ?? '').trim();

async function answerCurrent(page: Page, root: Locator, byPrompt: Map<string, Question>, correct: boolean) {
  const q = byPrompt.get(await prompt(page));
  expect(q, `question not in the bank: ${await prompt(page)}`).toBeDefined();
  await answer(root, q!, correct);
}

test('the assessment page is small and carries no questions: they are fetched when an attempt starts', async ({ page }) => {
  const html = await (await page.request.get('/assessment/')).text();
  expect(gzipSync(Buffer.from(html)).length).toBeLessThan(30 * 1024);
  expect(html).not.toContain('"correct"');
  expect(html).not.toContain('"answer"');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  expect(requests).not.toContain('/assessment/questions.json');
  await page.getByRole('button', { name: '开始测评' }).click();
  await expect(page.locator('.quiz-counter')).toContainText('第 1 / 20 题');
  expect(requests).toContain('/assessment/questions.json');
});

test('certificate: says what is missing; a forged progress file does not produce one', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto('/certificate/');
  await hydrated(page, 'Certificate');
  const locked = page.locator('[data-certificate-locked]');
  await expect(locked.locator('[data-missing-modules]')).toContainText(`${quizSlugs().length} 个模块未完成`);
  await expect(locked.locator('[data-missing-assessment]')).toContainText('你还没有参加结业测评');
  await expect(locked.getByRole('link', { name: '去参加结业测评' })).toHaveAttribute('href', '/assessment/');
  await checkA11y('certificate locked');

  // The review's forged.json: a passed assessment and a name, nothing else.
  const forged = { app: 'retention-academy', kind: 'progress', exportedAt: T0, progress: { version: 2, modules: {}, last: null, assessment: { best: 1, attempts: 1, passed: true, passedAt: T0, passedScore: 1 }, name: '伪造者' } };
  await page.goto('/progress/');
  await hydrated(page, 'ProgressPanel');
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) });
  await expect(page.getByRole('status').filter({ hasText: '导入成功' })).toBeVisible();
  await page.goto('/certificate/');
  await hydrated(page, 'Certificate');
  await expect(page.locator('[data-certificate]')).toHaveCount(0);
  await expect(page.locator('[data-missing-modules]')).toContainText(`${quizSlugs().length} 个模块未完成`);
  // A v3 forgery without the passing attempt is refused at import.
  const v3 = { ...forged, progress: { ...allModulesDone(), assessment: { best: 1, attempts: 1, passed: true, passedAt: T0, passedScore: 1, history: [] } } };
  await page.goto('/progress/');
  await hydrated(page, 'ProgressPanel');
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'forged3.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v3)) });
  await expect(page.getByRole('alert')).toContainText('结业测评标记为已通过，但没有通过的作答记录');
});

test('assessment: resumes exactly after a reload, asks before leaving, then pass → certificate', async ({ page, checkA11y, browserName }) => {
  test.setTimeout(360_000);
  await seed(page, allModulesDone());
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  await checkA11y('assessment intro');
  await page.getByRole('button', { name: '开始测评' }).click();
  const root = page.locator('.assessment');
  await expect(page.locator('#assessment-prompt')).toBeFocused();
  await expect(page.locator('.quiz-counter')).toContainText('第 1 / 20 题');
  await checkA11y('assessment question');
  let byPrompt = await questionsOf(page);

  // Answer three questions (right), then reload: the same questions, answers and position.
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.quiz-counter')).toContainText(`第 ${i + 1} / 20 题`);
    seen.push(await prompt(page));
    await answerCurrent(page, root, byPrompt, true);
    await page.getByRole('button', { name: '下一题' }).click();
  }
  const seedBefore = await root.getAttribute('data-seed');
  await page.reload();
  await hydrated(page, 'Assessment');
  await expect(page.getByText('已恢复你未完成的测评')).toBeVisible();
  await expect(root).toHaveAttribute('data-seed', seedBefore!);
  await expect(page.locator('.quiz-counter')).toContainText('第 4 / 20 题');
  for (let i = 2; i >= 0; i--) {
    await page.getByRole('button', { name: '上一题' }).click();
    await expect(page.locator('.quiz-counter')).toContainText(`第 ${i + 1} / 20 题`);
    await expect(page.locator('#assessment-prompt')).toHaveText(seen[i]!);
  }
  // The answers came back too: the first question still has its answer.
  const first = byPrompt.get(seen[0]!)!;
  if (first.type === 'numeric') await expect(page.getByLabel('你的答案')).not.toHaveValue('');

  // Leaving mid-attempt asks first.
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.locator('.site-nav').getByRole('link', { name: '课程' }).click();
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(page).toHaveURL(/\/assessment\/$/);
  await expect(page.locator('.quiz-counter')).toBeVisible();

  // Finish: every question right.
  byPrompt = await questionsOf(page);
  for (let i = 0; i < 20; i++) {
    // The next question is shown before its prompt is read (as in the first loop).
    await expect(page.locator('.quiz-counter')).toContainText(`第 ${i + 1} / 20 题`);
    await answerCurrent(page, root, byPrompt, true);
    await page.getByRole('button', { name: i < 19 ? '下一题' : '提交测评' }).click();
  }
  await expect(page.locator('.quiz-results h3')).toHaveText('得分：20 / 20（100%）');
  await checkA11y('assessment passed');
  await page.getByRole('link', { name: '查看结业证书' }).click();

  await expect(page).toHaveURL(/\/certificate\/$/);
  await hydrated(page, 'Certificate');
  const cert = page.locator('[data-certificate]');
  await expect(cert).toContainText('在本浏览器中自学完成');
  await expect(cert).toContainText('保存在学员本人浏览器中的自学记录');
  await expect(page.locator('[data-cert-number]')).toHaveText(/^RA-\d{8}-[0-9A-Z]{8}$/);
  await expect(page.locator('[data-cert-hours]')).toHaveText(/^约 \d+(\.5)? 小时$/);
  await expect(page.locator('[data-cert-score]')).toHaveText('100%');
  const number = await page.locator('[data-cert-number]').textContent();
  // The number is kept in progress.
  await expect.poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).certificate?.number).toBe(number);
  // A long unbroken name stays inside the frame.
  const name = 'Maximilian-Alexander-Konstantin-von-Hohenzollern-Sigmaringen';
  await page.getByLabel(/你的姓名/).fill(name);
  await expect(page.locator('[data-cert-name]')).toHaveText(name.slice(0, 60));
  const frame = (await cert.boundingBox())!;
  const nameBox = (await page.locator('[data-cert-name]').boundingBox())!;
  expect(nameBox.x).toBeGreaterThanOrEqual(frame.x);
  expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
  await checkA11y('certificate');
  await page.getByLabel(/你的姓名/).fill('王小明');
  await page.reload();
  await expect(page.locator('[data-cert-name]')).toHaveText('王小明');
  await expect(page.locator('[data-cert-number]')).toHaveText(number!);
  if (browserName === 'chromium') {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cert-controls')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  }
});

test('three fresh browsers get three different assessment sets', async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  const sets: string[] = [];
  for (let n = 0; n < 3; n++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/assessment/');
    await hydrated(page, 'Assessment');
    await page.getByRole('button', { name: '开始测评' }).click();
    await expect(page.locator('.quiz-counter')).toContainText('第 1 / 20 题');
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
    const keys: string[] = saved.attempts.assessment.keys;
    expect(keys).toHaveLength(20);
    // Stratified: every track gives questions.
    bank ??= (await (await page.request.get('/assessment/questions.json')).json()) as PracticeBankFile;
    expect(new Set(keys.map((k) => bank!.items.find((i) => i.key === k)!.track)).size).toBe(6);
    sets.push(keys.slice().sort().join());
    await context.close();
  }
  expect(new Set(sets).size).toBe(3);
});

test('the timer counts down, keeps counting while away, and submits when time is up', async ({ page }) => {
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

  // Away: the deadline is a time, so coming back after it ends the attempt.
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(Date.parse(saved.attempts.assessment.deadline) - Date.parse(saved.attempts.assessment.startedAt)).toBe(limit * 60_000);
  await page.goto('/');
  await page.clock.fastForward(limit * 60_000);
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  await expect(page.locator('.quiz-results h3')).toContainText('得分：');
  await expect(page.getByText('时间到，已自动交卷；未作答的题按答错计分。')).toBeVisible();
  const after = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(after.attempts.assessment).toBeUndefined();
  expect(after.assessment.history[0]).toMatchObject({ timed: true, correct: 0, total: 20 });
});

test('dark theme: the assessment and the certificate pass axe', async ({ page, checkA11y }) => {
  test.setTimeout(90_000);
  await useTheme(page, 'dark');
  await page.goto('/assessment/');
  await hydrated(page, 'Assessment');
  await checkA11y('dark assessment intro');
  await page.getByRole('button', { name: '开始测评' }).click();
  await expect(page.locator('.quiz-counter')).toContainText('第 1 / 20 题');
  await checkA11y('dark assessment question');
  await page.goto('/certificate/');
  await hydrated(page, 'Certificate');
  await checkA11y('dark certificate locked');
  await seed(page, recordAssessment(allModulesDone(), { seed: 'ab12cd34', startedAt: T0, finishedAt: T0, correct: 18, total: 20, passed: true, timed: false }));
  await page.goto('/certificate/');
  await hydrated(page, 'Certificate');
  await expect(page.locator('[data-certificate]')).toBeVisible();
  await expect(page.locator('[data-cert-score]')).toHaveText('90%');
  await checkA11y('dark certificate');
});
