/**
 * Take a fitted model beyond the browser: fit on a sample → 导出模型 → download the SQL, the model
 * file and the model card (contents checked) → 导入模型 on a fresh page → score an upload of the
 * same people → the same tiers, person by person; axe on the export and import controls.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { generateSample } from '../../src/lib/simulator/samples';
import { isCategoricalColumn, isNumericColumn } from '../../src/lib/simulator/dataset';

const sim = (page: Page) => page.locator('[data-simulator]');
async function doneAfter(page: Page, runs: number, timeout = 30_000) {
  await expect(sim(page)).toHaveAttribute('data-status', 'done', { timeout });
  await expect.poll(async () => Number(await sim(page).getAttribute('data-runs')), { timeout }).toBeGreaterThanOrEqual(runs);
  await expect(sim(page)).toHaveAttribute('data-status', 'done', { timeout });
}
const text = async (d: Download) => readFileSync(await d.path()).toString('utf-8');
async function save(page: Page, button: string): Promise<Download> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return d;
}
/** Tier per person from the tiered-list CSV. */
async function tiersOf(page: Page): Promise<Map<string, string>> {
  const csv = await text(await save(page, '导出分层名单（CSV）'));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '').slice(1);
  return new Map(lines.map((l) => l.split(',')).map((c) => [c[0] as string, c[1] as string]));
}

/** The employee sample of the default scenario (1,000 people, seed 1) as a CSV upload. */
function sampleCsv(): Buffer {
  const t = generateSample('employees', 1000, '1').table;
  const rows = [t.columns.map((c) => c.name).join(',')];
  for (let i = 0; i < t.n; i++) {
    rows.push(
      t.columns
        .map((c) => (isNumericColumn(c) ? String(c.values[i]) : isCategoricalColumn(c) ? (c.levels[c.codes[i] as number] as string) : String(c.values[i])))
        .join(','),
    );
  }
  return Buffer.from(rows.join('\n'), 'utf-8');
}

test('export a fitted model as SQL, model file and card; import it on a fresh page and score an upload with the same tiers', async ({ page, context, checkA11y }) => {
  test.setTimeout(120_000);
  await page.goto('/simulator/?sample=employees&model=tree&depth=4');
  await doneAfter(page, 1);
  const export_ = page.locator('[data-model-export]');
  await export_.scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: '导出模型' })).toBeVisible();

  // SQL: one statement for the chosen dialect and table.
  await page.getByLabel('SQL 方言').selectOption('postgres');
  await page.getByLabel('表名').fill('hr.current_staff');
  const sqlFile = await save(page, '下载 SQL');
  expect(sqlFile.suggestedFilename()).toBe('留存学院-流失模型-决策树-postgres.sql');
  const sql = await text(sqlFile);
  expect(sql).toContain('PostgreSQL 方言');
  expect(sql).toContain('FROM "hr"."current_staff" AS src');
  expect(sql).toContain('AS DOUBLE PRECISION)');
  expect(sql).toMatch(/row_number\(\) OVER \(ORDER BY risk DESC, k_1 ASC NULLS LAST\)/);
  expect(sql).toContain('k_1 AS "employee_id"');
  expect(sql).toContain('分数用来开启一次谈话，不用来对一个人作出决定。');
  expect(sql.trim().endsWith(';')).toBe(true);
  expect(sql.match(/;/g)).toHaveLength(1);
  await expect(export_.getByRole('status')).toContainText('已生成 PostgreSQL 的 SQL');

  // Model file: versioned JSON of the fitted tree, with the tier settings.
  const modelFile = await save(page, '下载模型文件');
  expect(modelFile.suggestedFilename()).toBe('留存学院-流失模型-决策树.json');
  const modelText = await text(modelFile);
  const model = JSON.parse(modelText) as { format: string; version: number; kind: string; trainedOn: { name: string }; tiers: unknown; key: string };
  expect(model).toMatchObject({ format: 'retention-academy/churn-model', version: 1, kind: 'tree', key: 'employee_id', tiers: { mode: 'rank', shares: [5, 15, 25, 35, 20] } });
  expect(model.trainedOn.name).toContain('员工样本');
  expect(modelText).not.toContain('E000001');

  // Model card.
  const card = await text(await save(page, '下载模型卡'));
  expect(card).toContain('# 模型卡');
  expect(card).toContain('员工样本');
  expect(card).toMatch(/AUC 0\.\d{3}/);
  expect(card).toContain('`gender`');
  expect(card).toContain('分数用来开启一次谈话');
  await checkA11y('simulator with the model export controls');
  const before = await tiersOf(page);
  expect(before.size).toBe(1000);

  // A fresh page: import the model file, then score an upload of the same people.
  const fresh = await context.newPage();
  await fresh.goto('/simulator/?sample=customers');
  await doneAfter(fresh, 1);
  const runsBefore = Number(await sim(fresh).getAttribute('data-runs'));
  await fresh.getByLabel(/导入模型/).setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "retention-academy/churn-model", "version": 9}') });
  await expect(fresh.locator('[data-import-error]')).toContainText('第 9 版');
  await fresh.getByLabel(/导入模型/).setInputFiles({ name: '留存学院-流失模型-决策树.json', mimeType: 'application/json', buffer: Buffer.from(modelText) });
  const panel = fresh.locator('[data-imported]');
  await expect(panel).toContainText('决策树');
  await expect(panel).toContainText(/员工样本/);
  await expect(fresh.locator('[data-import-error]')).toHaveCount(0);
  await fresh.getByLabel(/选择要打分的数据/).setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: sampleCsv() });
  await doneAfter(fresh, runsBefore + 1);
  await expect(fresh.locator('[data-imported-from]')).toContainText('留存学院-流失模型-决策树.json');
  const counts = await Promise.all([1, 2, 3, 4, 5].map(async (t) => Number(await fresh.locator(`output[data-metric="tier-${t}-count"]`).getAttribute('data-value'))));
  expect(counts).toEqual([50, 150, 250, 350, 200]);
  const after = await tiersOf(fresh);
  expect(after.size).toBe(1000);
  for (const [id, tier] of before) expect(after.get(id), id).toBe(tier);
  await checkA11y('simulator scoring an upload with an imported model');
});
