/**
 * The whole-course package in an LMS (scorm-again): it opens at the course home; links — the
 * built ones and those islands create (继续学习) — stay inside the package under the LMS's path;
 * search works inside it; after every module and the assessment it reports passed (progress is
 * seeded into the browser's store, which the course's pages and the adapter share, rather than
 * clicking through 14 modules: the adapter reads and reports it as it does any learner's); the
 * worst case of the resume data goes through the adapter into SCORM 1.2's 4,096 characters;
 * the assessment's questions and the simulator's Worker load from inside the package.
 */
import type { Page } from '@playwright/test';
import { test, expect, launch, content, hydratedIn, progressShownIn, record, zipName, closeCourse, relaunch, type Scorm } from './lms-fixtures';
import { dict, emptyProgress, type Progress } from '../../src/lib/progress';
import { decodeSuspendData, SUSPEND_LIMIT } from '../../src/lib/lms/suspend-data';
import { percentOf } from '../../src/lib/quiz/pass-mark';
import { courseModules } from '../lib/lms/course-modules';
import { worstCase } from '../lib/lms/worst-case';

const COURSE = courseModules();
const T = '2026-11-20T08:00:00.000Z';

/** Put a record into the store the course's pages use (this origin's localStorage), as a page would. */
const seed = (page: Page, p: Progress) => page.evaluate((text) => localStorage.setItem('ra-progress', text), JSON.stringify(p));

function allModulesDone(): Progress {
  const p = emptyProgress();
  p.updatedAt = T;
  p.modules = dict(COURSE.map((m) => [m.slug, { visitedAt: T, sections: m.sections.slice(), quiz: { best: 0.9, attempts: 1, passed: true, hints: 0 }, completedAt: T }]));
  return p;
}

for (const scorm of ['1.2', '2004'] as const satisfies readonly Scorm[]) {
  test(`SCORM ${scorm} course package: all modules, then the assessment → passed with the assessment's score`, async ({ page }) => {
    await launch(page, zipName('course', scorm));
    const home = await content(page, /\/index\.html$/);
    expect(new URL(home.url()).pathname).toMatch(/\/content\/[^/]+\/index\.html$/);
    await expect.poll(() => record(page)).toMatchObject(scorm === '1.2' ? { lesson_status: 'incomplete' } : { completion_status: 'incomplete', success_status: 'unknown', progress_measure: '0' });

    const modules = allModulesDone();
    await seed(page, modules);
    await expect.poll(() => record(page)).toMatchObject(scorm === '1.2' ? { lesson_status: 'incomplete' } : { completion_status: 'completed', success_status: 'unknown', progress_measure: '1' });

    // A failed assessment attempt, then a passing one (17 of 20).
    const failed = { seed: 'aaaa0001', startedAt: T, finishedAt: '2026-11-20T09:00:00.000Z', correct: 12, total: 20, passed: false, timed: false };
    await seed(page, { ...modules, updatedAt: failed.finishedAt, assessment: { best: 0.6, attempts: 1, passed: false, history: [failed] } });
    await expect.poll(() => record(page)).toMatchObject(scorm === '1.2' ? { lesson_status: 'failed', score: { raw: '60' } } : { success_status: 'failed', score: { raw: '60', scaled: '0.6' } });
    const pass = { seed: 'aaaa0002', startedAt: T, finishedAt: '2026-11-20T10:00:00.000Z', correct: 17, total: 20, passed: true, timed: false };
    await seed(page, { ...modules, updatedAt: pass.finishedAt, assessment: { best: 0.85, attempts: 2, passed: true, passedAt: pass.finishedAt, passedScore: 0.85, history: [failed, pass] } });
    await expect.poll(() => record(page)).toMatchObject(
      scorm === '1.2'
        ? { lesson_status: 'passed', score: { raw: String(percentOf(0.85)), min: '0', max: '100' } }
        : { completion_status: 'completed', success_status: 'passed', score: { raw: '85', min: '0', max: '100', scaled: '0.85' } },
    );
    // The certificate page inside the package sees the same record.
    await home.goto(new URL('certificate/index.html', home.url()).href);
    await expect(home.locator('main')).toContainText(/RA-\d{8}-[0-9A-Z]{8}/);
  });
}

test('SCORM 1.2 course package: links stay inside the package (built and island-made), search, the assessment and the simulator work, relaunch resumes on the page left', async ({ page }) => {
  test.setTimeout(120_000);
  const zip = zipName('course', '1.2');
  await launch(page, zip);
  let frame = await content(page, /\/index\.html$/);
  const root = new URL('.', frame.url()).href;
  // A built link: the first module.
  const first = COURSE.find((m) => m.slug === 'retention-basics')!;
  await frame.locator(`a[href="modules/${first.slug}/index.html"]`).first().click();
  await frame.waitForURL(`${root}modules/${first.slug}/index.html`);
  await progressShownIn(frame, '[data-module-tracker]');
  // The location follows the page (committed within 10 s or when the page is hidden).
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { harness: { calls: [string, string][] } }).harness.calls)).some(([e, v]) => e === 'cmi.core.lesson_location' && v.startsWith(`modules/${first.slug}/index.html`))).toBe(true);

  // An island-made link: 继续学习 on the course home points into the package.
  await frame.locator('a[href="../../index.html"]').first().click();
  await frame.waitForURL(`${root}index.html`);
  await progressShownIn(frame, '[data-continue-outline]');
  const cont = frame.locator('[data-continue]');
  await expect(cont).toHaveAttribute('href', new RegExp(`^modules/${first.slug}/index\\.html`));
  await cont.click();
  await frame.waitForURL(new RegExp(`${root}modules/${first.slug}/index\\.html`));

  // Search (Pagefind inside the package): a result opens a page of the package.
  const input = frame.locator('[data-search-input]').first();
  await input.fill('留存率');
  const hit = frame.locator('[data-search-results] a').first();
  await expect(hit).toBeVisible({ timeout: 20_000 });
  const href = await hit.getAttribute('href');
  expect(href).not.toMatch(/^(\/|https?:)/);
  await hit.click();
  await frame.waitForURL(new RegExp(`^${root}.+\\.html`));

  // The assessment fetches its questions from inside the package when it starts.
  await frame.goto(`${root}assessment/index.html`);
  await hydratedIn(frame, 'Assessment');
  await frame.getByRole('button', { name: '开始测评' }).click();
  await expect(frame.locator('.quiz-counter')).toContainText('第 1 / 20 题');

  // The simulator's Worker loads from inside the package and fits the sample.
  await frame.goto(`${root}simulator/index.html`);
  await expect(frame.locator('[data-simulator]')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(frame.locator('output[data-metric="auc"]')).toHaveAttribute('data-value', /^0\.\d+/);

  // Close on a tool page; relaunch opens it again.
  await frame.goto(`${root}tools/churn/index.html`);
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { harness: { calls: [string, string][] } }).harness.calls)).some(([e, v]) => e === 'cmi.core.lesson_location' && v === 'tools/churn/index.html'), { timeout: 20_000 }).toBe(true);
  await closeCourse(page);
  expect((await record(page))!.lesson_location).toBe('tools/churn/index.html');
  await relaunch(page);
  frame = await content(page, /tools\/churn\/index\.html$/);
  await expect(frame.locator('h1')).toBeVisible();
});

test('SCORM 1.2: the worst case of the whole course goes through the adapter within 4,096 characters', async ({ page }) => {
  await launch(page, zipName('course', '1.2'));
  await content(page);
  const worst = worstCase(COURSE);
  await seed(page, worst);
  await expect.poll(async () => (await record(page))?.suspend_data.length ?? 0).toBeGreaterThan(3000);
  const data = (await record(page))!.suspend_data;
  expect(data.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
  const back = decodeSuspendData(data, COURSE);
  if (!back.ok) throw new Error(back.message);
  expect(back.progress.modules).toEqual(worst.modules);
  expect(back.progress.assessment).toMatchObject({ passed: true, best: worst.assessment!.best, passedAt: worst.assessment!.passedAt });
  console.info(`[suspend data through the adapter] SCORM 1.2, worst case: ${data.length} of ${SUSPEND_LIMIT['1.2']} characters`);
});
