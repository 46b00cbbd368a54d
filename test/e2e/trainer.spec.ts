/**
 * Preparing and handing out a workshop: the planner's selection survives the URL round trip
 * (invalid parts ignored with a notice) and gives the right total; the facilitator guide and the
 * planner pass axe in both themes; a module, its answer key, the workbook of a selection and a
 * guide print as clean A4 documents (pages counted with pdfinfo).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

interface GuideFile {
  blocks: { minutes: number }[];
  activities: { id: string; minutes: number; optional?: boolean }[];
}
const guide = (slug: string) => parse(readFileSync(`src/content/guides/${slug}.yaml`, 'utf8')) as GuideFile;
const moduleMinutes = (slug: string) => Number(/^minutes:\s*(\d+)/m.exec(readFileSync(`src/content/modules/${slug}.mdx`, 'utf8'))![1]);

async function pdfPages(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('workshop planner', () => {
  // axe on two long pages per test on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  test('the selection round-trips through the URL and the agenda adds up', async ({ page }) => {
    const a = 'retention-basics';
    const b = 'cost-of-churn';
    const optional = guide(a).activities.find((x) => x.optional)!;
    await page.goto(`/trainer/?m=${a}&m=nope&m=${b}&start=13:30&break=15&break=9999&x=%E2%80%AEevil`);
    const notice = page.locator('[data-planner-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('m=nope（没有这个模块）');
    await expect(notice).toContainText('break=9999（重复的参数）');
    // Text from the URL is shown as text, its hidden characters made visible.
    await expect(notice).toContainText('x=‹U+202E›evil（未知参数）');
    // The URL is rewritten without what was ignored.
    await expect(page).toHaveURL(`/trainer/?m=${a}&m=${b}&start=13%3A30&break=15`);
    await expect(page.getByRole('checkbox', { name: /留存与流失/ })).toBeChecked();
    await expect(page.getByLabel('开始时间')).toHaveValue('13:30');

    const total = moduleMinutes(a) + 15 + moduleMinutes(b);
    const end = 13 * 60 + 30 + total;
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    await expect(page.locator('[data-planner-total]')).toHaveAttribute('data-minutes', String(total));
    await expect(page.locator('[data-planner-total]')).toContainText(`13:30–${clock(end)}`);
    const rows = page.locator('[data-planner-rows] tr');
    await expect(rows).toHaveCount(guide(a).blocks.length + 1 + guide(b).blocks.length);
    await expect(rows.first().locator('td').first()).toHaveText('13:30');
    await expect(page.locator('[data-planner-rows] tr[data-kind="break"] td').first()).toHaveText(clock(13 * 60 + 30 + moduleMinutes(a)));
    await expect(page.getByRole('link', { name: '幻灯片' }).first()).toHaveAttribute('href', `/present/${a}/`);

    // Adding the optional activity adds its minutes and enters the URL; a reload restores all.
    await page.getByRole('checkbox', { name: new RegExp(`\\+${optional.minutes} 分钟`) }).first().check();
    await expect(page.locator('[data-planner-total]')).toHaveAttribute('data-minutes', String(total + optional.minutes));
    await expect(page).toHaveURL(new RegExp(`a=${a}\\.${optional.id}`));
    await page.getByLabel('模块之间休息（分钟）').fill('0');
    await expect(page.locator('[data-planner-total]')).toHaveAttribute('data-minutes', String(total + optional.minutes - 15));
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.locator('[data-planner-total]')).toHaveAttribute('data-minutes', String(total + optional.minutes - 15));
    await expect(page.locator('[data-planner-notice]')).toBeHidden();
    await expect(page.locator('[data-planner-workbook]')).toHaveAttribute('href', `/workbook/?m=${a}&m=${b}`);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the planner and a facilitator guide pass axe (${theme})`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await page.goto('/trainer/?m=retention-basics&m=cost-of-churn');
      await expect(page.locator('[data-planner-table]')).toBeVisible();
      await checkA11y(`/trainer/ (${theme})`);
      await page.goto('/trainer/retention-basics/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: '常见误解' })).toBeVisible();
      await checkA11y(`/trainer/retention-basics/ (${theme})`);
    });
  }
});

test.describe('handouts', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a module prints as a clean A4 handout with its worksheet; its answer key prints on its own', async ({ page }) => {
    await page.goto('/modules/retention-basics/');
    const handout = await pdfPages(page);
    expect(handout.pages).toBeGreaterThan(3);
    // No navigation, link targets shown, the worksheet without answers.
    expect(handout.text).not.toContain('跳到正文');
    expect(handout.text).not.toMatch(/学习进度\s+结业测评/);
    expect(handout.text).toContain('（/modules/cost-of-churn/）');
    // Glossary terms (buttons on screen) print as words.
    expect(handout.text).toContain('留存率回答的问题是');
    await expect(page.locator('.site-header')).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await page.goto('/trainer/retention-basics/key/');
    await expect(page.locator('.key-list > li')).not.toHaveCount(0);
    const key = await pdfPages(page);
    expect(key.pages).toBeGreaterThanOrEqual(1);
    expect(key.pages).toBeLessThan(handout.pages);
    expect(key.text).toContain('答案：');
  });

  test('the workbook of a selection prints both modules after a table of contents', async ({ page }) => {
    await page.goto('/workbook/?m=retention-basics&m=cost-of-churn');
    await expect(page.locator('[data-workbook-module]:visible')).toHaveCount(2);
    await expect(page.locator('[data-toc]:visible')).toHaveCount(2);
    await expect(page.locator('[data-workbook-scope]')).toContainText('2 个模块');
    const workbook = await pdfPages(page);
    expect(workbook.text).toContain('目录');
    expect(workbook.text).toContain('练习纸');
    // A module outside the selection is left out.
    const other = /^title:\s*(.+)$/m.exec(readFileSync('src/content/modules/risk-tiering.mdx', 'utf8'))![1]!.trim();
    expect(workbook.text).not.toContain(other);

    await page.emulateMedia({ media: 'screen' });
    await page.goto('/modules/retention-basics/');
    const one = await pdfPages(page);
    // Cover and contents, then each module from a new page.
    expect(workbook.pages).toBeGreaterThan(one.pages + 2);
  });

  test('a facilitator guide prints', async ({ page }) => {
    await page.goto('/trainer/retention-basics/');
    const printed = await pdfPages(page);
    expect(printed.pages).toBeGreaterThanOrEqual(2);
    expect(printed.text).toContain('课前调研与课后跟进');
    expect(printed.text).not.toContain('打印引导手册');
  });
});
