/**
 * A module package in an LMS (SCORM 1.2 and 2004, scorm-again as the LMS): launch → incomplete;
 * read part of the module, close, relaunch on a browser that holds other progress → the LMS's
 * record wins and the learner is back at the section left, with the same sections read; read
 * to the end and pass the quiz → completed and passed with the score; a failed quiz → failed
 * with its score.
 *
 * Reading takes real time by the reading rule (src/lib/reading.ts: up to 90 s a section), so
 * these tests run Playwright's clock (page.clock, in every frame): each section is scrolled to
 * and the clock moved on by 92 s, which the page's tracker counts as time on screen.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { test, expect, launch, closeCourse, relaunch, content, hydratedIn, progressShownIn, record, stored, zipName, type Scorm } from './lms-fixtures';
import { answer, quizQuestions, seedOf } from '../e2e/quiz-helpers';
import { decodeSuspendData } from '../../src/lib/lms/suspend-data';
import { percentOf } from '../../src/lib/quiz/pass-mark';
import { courseModules } from '../lib/lms/course-modules';

const MODULES = courseModules();
const mod = (slug: string) => MODULES.find((m) => m.slug === slug)!;

async function readSection(page: Page, frame: Frame, id: string): Promise<void> {
  await frame.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: 'start' }), id);
  await page.clock.runFor(92_000);
}

async function takeQuiz(quiz: Locator, right: (i: number) => boolean): Promise<number> {
  const questions = quizQuestions(await quiz.getAttribute('data-quiz').then((s) => s!), await seedOf(quiz));
  for (const [i, q] of questions.entries()) {
    await expect(quiz.locator('.quiz-prompt')).toHaveText(q.prompt);
    await answer(quiz, q, right(i));
    await quiz.getByRole('button', { name: '检查答案' }).click();
    await quiz.getByRole('button', { name: i < questions.length - 1 ? '下一题' : '查看结果' }).click();
  }
  await expect(quiz.locator('.quiz-results h3')).toBeVisible();
  return questions.length;
}

for (const scorm of ['1.2', '2004'] as const satisfies readonly Scorm[]) {
  test.describe(`SCORM ${scorm} module package`, () => {
    test('launch → incomplete; close and relaunch resumes at the section left (the LMS wins); read to the end and pass → completed, passed, score', async ({ page }) => {
      test.setTimeout(240_000);
      const slug = 'retention-basics';
      const zip = zipName(slug, scorm);
      const sections = mod(slug).sections;
      await page.clock.install();
      await launch(page, zip);
      // Launch → incomplete, committed at once.
      await expect.poll(() => record(page)).toMatchObject(scorm === '1.2' ? { lesson_status: 'incomplete', exit: 'suspend' } : { completion_status: 'incomplete', success_status: 'unknown', exit: 'suspend' });

      let frame = await content(page, /modules\/retention-basics\/index\.html/);
      await progressShownIn(frame, '[data-module-tracker]');
      const part = sections.slice(0, 3);
      for (const id of part) await readSection(page, frame, id);
      await expect.poll(async () => (await stored(frame))?.modules?.[slug]?.sections).toEqual(part);
      const here = part[2]!;
      // Committed within 10 s of a change of progress (the clock runs on), and at the latest on close.
      await page.clock.runFor(11_000);
      await closeCourse(page);
      const saved = (await record(page))!;
      expect(scorm === '1.2' ? saved.lesson_location : saved.location).toBe(`modules/${slug}/index.html#${here}`);
      expect(saved.exit).toBe('suspend');
      expect(scorm === '1.2' ? saved.session_time : saved.session_time).toMatch(scorm === '1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/);
      const decoded = decodeSuspendData(saved.suspend_data, [mod(slug)]);
      expect(decoded.ok && decoded.progress.modules[slug]!.sections).toEqual(part);

      // Another learner's progress in this browser (the player shares the package's origin, as
      // an LMS does): the LMS's record wins.
      await page.evaluate(() => localStorage.setItem('ra-progress', JSON.stringify({ version: 3, updatedAt: '2030-01-01T00:00:00.000Z', modules: { 'retention-basics': { visitedAt: '2030-01-01T00:00:00.000Z', sections: ['quiz'] } }, last: null, assessment: null, name: '别人', review: {}, attempts: {}, certificate: null })));
      await relaunch(page);
      frame = await content(page, /modules\/retention-basics\/index\.html/);
      expect(frame.url()).toMatch(new RegExp(`/modules/${slug}/index\\.html#${here}$`));
      await progressShownIn(frame, '[data-module-tracker]');
      await expect(frame.locator(`#${here}`)).toBeInViewport();
      await expect(frame.locator('[data-sections-read]')).toHaveAttribute('data-sections-read', String(part.length));
      const back = await stored(frame);
      expect(back.modules[slug].sections).toEqual(part);
      expect(back.name).toBe('');

      // Read the rest, then pass the quiz.
      for (const id of sections.filter((s) => !part.includes(s))) await readSection(page, frame, id);
      await expect.poll(async () => (await stored(frame))?.modules?.[slug]?.sections?.length).toBe(sections.length);
      const quiz = frame.locator(`[data-quiz="${slug}"]`);
      await quiz.scrollIntoViewIfNeeded();
      await hydratedIn(frame, 'QuizIsland');
      const n = await takeQuiz(quiz, () => true);
      await expect(quiz.locator('.quiz-results h3')).toContainText(`${n} / ${n}（100%）`);
      // A change of status is committed at once.
      await expect.poll(() => record(page)).toMatchObject(
        scorm === '1.2'
          ? { lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' } }
          : { completion_status: 'completed', success_status: 'passed', progress_measure: '1', score: { raw: '100', min: '0', max: '100', scaled: '1' } },
      );
      await closeCourse(page);
      const final = (await record(page))!;
      const progress = decodeSuspendData(final.suspend_data, [mod(slug)]);
      expect(progress.ok && progress.progress.modules[slug]).toMatchObject({ quiz: { best: 1, attempts: 1, passed: true }, sections: sections });
    });

    test('a failed quiz → failed, with its score', async ({ page }) => {
      test.setTimeout(180_000);
      const slug = 'cost-of-churn';
      await launch(page, zipName(slug, scorm));
      const frame = await content(page, /modules\/cost-of-churn\/index\.html/);
      const quiz = frame.locator(`[data-quiz="${slug}"]`);
      await quiz.scrollIntoViewIfNeeded();
      await hydratedIn(frame, 'QuizIsland');
      // Half right: well under the pass mark.
      const n = await takeQuiz(quiz, (i) => i % 2 === 0);
      const score = percentOf(Math.ceil(n / 2) / n);
      await expect(quiz.locator('.quiz-fail')).toContainText('未通过');
      await expect.poll(() => record(page)).toMatchObject(
        scorm === '1.2'
          ? { lesson_status: 'failed', score: { raw: String(score), min: '0', max: '100' } }
          : { completion_status: 'incomplete', success_status: 'failed', score: { raw: String(score), scaled: String(score / 100) } },
      );
    });
  });
}
