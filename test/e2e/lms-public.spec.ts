/**
 * The public site never touches a SCORM API: the adapter exists only in LMS packages
 * (scripts/package-lms.mjs adds it to the package's launch page). With `API` and `API_1484_11`
 * present on the window (as they would be if an LMS page opened the site), a learner's visit —
 * home, a module read and answered, the assessment and progress pages — reads neither, and no
 * script the site ships names them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DIST } from './built-site';
import { hydrated, progressShown } from './quiz-helpers';

test('the public site ships no SCORM adapter and never reads API or API_1484_11', async ({ page }) => {
  test.setTimeout(90_000);
  const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
  for (const f of scripts) expect(readFileSync(join(DIST, '_astro', f), 'utf8'), f).not.toMatch(/API_1484_11|LMSInitialize|LMSSetValue|cmi\.suspend_data/);

  await page.addInitScript(() => {
    const touched: string[] = [];
    (window as unknown as { __scorm: string[] }).__scorm = touched;
    const spy = (name: string) => new Proxy({}, { get: (_t, key) => (touched.push(`${name}.${String(key)}`), () => 'true') });
    for (const name of ['API', 'API_1484_11']) {
      let value = spy(name);
      Object.defineProperty(window, name, {
        configurable: true,
        get: () => (touched.push(name), value),
        set: (v) => (touched.push(`${name}=`), (value = v)),
      });
    }
  });
  const touched = () => page.evaluate(() => (window as unknown as { __scorm: string[] }).__scorm);
  await page.goto('/');
  await progressShown(page, '[data-continue-outline]');
  expect(await touched()).toEqual([]);
  await page.goto('/modules/retention-basics/#retention-rate');
  await progressShown(page, '[data-module-tracker]');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('ra-progress') ?? '{}').last?.section), { timeout: 15_000 }).toBe('retention-rate');
  const quiz = page.locator('[data-quiz="retention-basics"]');
  await quiz.scrollIntoViewIfNeeded();
  await hydrated(page, 'QuizIsland');
  await quiz.getByRole('button', { name: '检查答案' }).click();
  expect(await touched()).toEqual([]);
  for (const path of ['/assessment/', '/progress/']) {
    await page.goto(path);
    await page.waitForLoadState('load');
    expect(await touched(), path).toEqual([]);
  }
});
