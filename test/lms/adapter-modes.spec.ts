/**
 * The adapter when things are not as expected: opened without an LMS (the course still works
 * and says nothing is reported; axe on the launch page and the course in its frame), and resume
 * data it cannot read (read-only: it says so and never overwrites what the LMS holds).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, launch, content, record, calls, zipName } from './lms-fixtures';
import { WCAG_TAGS } from '../e2e/fixtures';

test('opened without an LMS: the course opens, a notice says nothing is reported (axe)', async ({ page }) => {
  const zip = zipName('retention-basics', '2004');
  await page.goto(`/content/${zip}/lms/launch.html`);
  const notice = page.locator('[data-lms-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('未连接到学习平台');
  const frame = await content(page, /modules\/retention-basics\/index\.html$/);
  await expect(frame.locator('h1')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('resume data it cannot read: read-only, said so, and the LMS record is left as it is', async ({ page }) => {
  const zip = zipName('retention-basics', '1.2');
  await page.goto('/');
  const theirs = 'viewed=1,2,3|lastviewedslide=3';
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [`ra-harness:${zip}`, JSON.stringify({ lesson_status: 'incomplete', lesson_location: 'slide3', score: { raw: '', min: '', max: '' }, suspend_data: theirs, exit: 'suspend', session_time: '' })]);
  await launch(page, zip);
  const frame = await content(page, /modules\/retention-basics\/index\.html$/);
  await expect(page.frameLocator('[data-slot] iframe').locator('[data-lms-notice]')).toContainText('无法读取学习平台中保存的进度');
  await expect(frame.locator('h1')).toBeVisible();
  // Nothing is written (no SetValue at all), not even on close.
  expect(await calls(page)).toEqual([]);
  await page.evaluate(() => (window as unknown as { harness: { close(): void } }).harness.close());
  expect((await record(page))?.suspend_data ?? theirs).toBe(theirs);
  expect(await calls(page)).toEqual([]);
});
