/**
 * Run the simulator: samples, uploads (GBK, BOM + semicolon, blank cells, ragged rows, non-CSV,
 * the IBM HR file), cancel, export, URL restore, keyboard only, axe — and no request carries
 * the uploaded data.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

const FIX = 'test/fixtures/simulator';
const sim = (page: Page) => page.locator('[data-simulator]');
const metric = (page: Page, id: string) => page.locator(`output[data-metric="${id}"]`);
const value = async (page: Page, id: string) => Number(await metric(page, id).getAttribute('data-value'));

/** Wait until the simulator has shown `runs` results and is idle. */
async function doneAfter(page: Page, runs: number, timeout = 30_000) {
  await expect(sim(page)).toHaveAttribute('data-status', 'done', { timeout });
  await expect.poll(async () => Number(await sim(page).getAttribute('data-runs')), { timeout }).toBeGreaterThanOrEqual(runs);
  await expect(sim(page)).toHaveAttribute('data-status', 'done', { timeout });
}
const runs = async (page: Page) => Number(await sim(page).getAttribute('data-runs'));

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('上传 CSV').check();
  await page.getByLabel(/选择 CSV 文件/).setInputFiles(file);
}
const csvFile = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(`${FIX}/${name}`) });

test('a sample gives a first result; changing a scorecard weight re-tiers', async ({ page, checkA11y }) => {
  await page.goto('/simulator/?sample=customers&model=scorecard');
  await doneAfter(page, 1);
  await expect(page.locator('[data-sim-announce]')).toContainText('计算完成');
  const counts = await Promise.all([1, 2, 3, 4, 5].map((t) => value(page, `tier-${t}-count`)));
  expect(counts).toEqual([50, 150, 250, 350, 200]);
  for (let t = 1; t <= 5; t++) {
    await expect(metric(page, `tier-${t}-rate`)).toContainText('%');
    await expect(metric(page, `tier-${t}-test-rate`)).toContainText('%');
  }
  const before = await page.locator('table.sim-tiers tbody').innerText();
  const n = await runs(page);
  await page.locator('input[data-weight="complaints"]').fill('0');
  await page.locator('input[data-weight="price"]').fill('10');
  await doneAfter(page, n + 1);
  await expect(page).toHaveURL(/w\.complaints=0/);
  await expect(page).toHaveURL(/w\.price=10/);
  expect(await page.locator('table.sim-tiers tbody').innerText()).not.toEqual(before);
  await checkA11y('simulator with a customer sample result');
});

test('tier shares must sum to 100; a clear message, then tiers follow the new shares', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const n = await runs(page);
  await page.locator('input[data-share="1"]').fill('10');
  await expect(page.locator('[data-shares-status]')).toContainText('之和须为 100%');
  await expect(page.getByRole('button', { name: '重新计算' })).toBeDisabled();
  await page.locator('input[data-share="5"]').fill('15');
  await doneAfter(page, n + 1);
  expect(await value(page, 'tier-1-count')).toBe(100);
  expect(await value(page, 'tier-5-count')).toBe(150);
});

test('GBK upload: encoding, label and sensitive columns recognised, first result without clicks', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const n = await runs(page);
  await upload(page, csvFile('gbk.csv'));
  await doneAfter(page, n + 1);
  await expect(page.getByText('GBK/GB18030')).toBeVisible();
  await expect(page.locator('[data-detected-label]')).toHaveText('是否离职');
  await expect(page.locator('tr[data-column="年龄"]')).toContainText('敏感属性');
  await expect(page.getByRole('checkbox', { name: '把“年龄”作为特征' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: '把“性别”作为特征' })).not.toBeChecked();
  await expect(page.locator('.sim-notes')).toContainText('个人信息保护法');
  expect(await value(page, 'auc')).toBeGreaterThan(0.6);
  // Override the label: without one a learned model cannot run, and says so.
  await page.locator('select[data-control="label"]').selectOption('');
  await expect(page.locator('[data-sim-error]')).toContainText('需要流失标签列');
  let m = await runs(page);
  await page.locator('select[data-control="label"]').selectOption('是否离职');
  await doneAfter(page, m + 1);
  // Include a sensitive column explicitly: the run follows.
  m = await runs(page);
  await page.getByRole('checkbox', { name: '把“年龄”作为特征' }).check();
  await doneAfter(page, m + 1);
  await expect(page.getByRole('checkbox', { name: '把“年龄”作为特征' })).toBeChecked();
});

test('UTF-8 BOM + semicolon upload, and an override of the column type', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const n = await runs(page);
  await upload(page, csvFile('bom-semicolon.csv'));
  await doneAfter(page, n + 1);
  await expect(page.getByText(/编码 UTF-8,分隔符 分号/)).toBeVisible();
  await expect(page.locator('[data-detected-label]')).toHaveText('是否离职');
  await expect(page.locator('[data-malformed-list]')).toHaveCount(0);
  expect(await value(page, 'tier-1-count')).toBe(15);
  const m = await runs(page);
  await page.getByLabel('“满意度”的类型').selectOption('categorical');
  await doneAfter(page, m + 1);
  await expect(page.getByLabel('“满意度”的类型')).toHaveValue('categorical');
});

test('blank cells and ragged rows: counted, listed with row numbers, the rest computed', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const n = await runs(page);
  await upload(page, csvFile('blank-ragged.csv'));
  await doneAfter(page, n + 1);
  await expect(page.locator('[data-malformed]')).toHaveText('5 行格式不正确');
  await page.getByText('格式不正确的行').click();
  const list = page.locator('[data-malformed-list]');
  for (const row of [7, 52, 82, 122, 202]) await expect(list).toContainText(`第 ${row} 行`);
  await expect(page.locator('.sim-notes')).toContainText('“满意度”有');
  const total = (await Promise.all([1, 2, 3, 4, 5].map((t) => value(page, `tier-${t}-count`)))).reduce((a, b) => a + b, 0);
  expect(total).toBe(295);
});

test('a file that is not a CSV gets a clear message and the page stays usable', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await upload(page, { name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(page.locator('[data-sim-error]')).toContainText('不是文本格式的 CSV');
  await expect(sim(page)).toHaveAttribute('data-status', 'error');
  const n = await runs(page);
  await upload(page, csvFile('gbk.csv'));
  await doneAfter(page, n + 1);
});

test('IBM HR attrition: logistic AUC ≥ 0.78 and the 极高 tier at ≥ 3× the base rate', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const n = await runs(page);
  await upload(page, csvFile('../ibm-hr-employee-attrition.csv'));
  await doneAfter(page, n + 1, 45_000);
  await expect(page.locator('[data-detected-label]')).toHaveText('Attrition');
  const auc = await value(page, 'auc');
  expect(auc).toBeGreaterThanOrEqual(0.78);
  await expect(metric(page, 'auc')).toHaveText(auc.toFixed(3));
  const base = await value(page, 'base-rate');
  expect(await value(page, 'tier-1-rate')).toBeGreaterThanOrEqual(3 * base);
  await expect(page.locator('tr[data-column="Gender"]')).toContainText('敏感属性');
  await checkA11y('simulator with the IBM HR upload');
});

test('more than 200,000 rows: a clear message', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const big = 'x,y\n' + '1,0\n'.repeat(200_001);
  await upload(page, { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  await expect(page.locator('[data-sim-error]')).toContainText('200,000 行上限', { timeout: 20_000 });
});

test('dark theme, phone width: stacked and axe clean', async ({ page, checkA11y }) => {
  await useTheme(page, 'dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/simulator/?model=tree');
  await doneAfter(page, 1);
  const controls = await page.locator('.sim-controls').boundingBox();
  const results = await page.locator('.sim-results').boundingBox();
  expect(results!.y).toBeGreaterThan(controls!.y + controls!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal page scroll').toBeLessThanOrEqual(390);
  await checkA11y('simulator, dark theme, phone width');
});

test('cancel a 100k run: the UI returns to a usable state', async ({ page }) => {
  await page.goto('/simulator/?sample=customers&size=100000');
  const cancel = page.getByRole('button', { name: '取消计算' });
  await expect(cancel).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('progressbar', { name: /计算进度/ })).toBeVisible();
  await cancel.click();
  await expect(sim(page)).toHaveAttribute('data-status', 'cancelled');
  await expect(page.locator('[data-sim-announce]')).toContainText('计算已取消');
  await expect(cancel).toHaveCount(0);
  await page.getByLabel('样本量').selectOption('1000');
  await doneAfter(page, 1);
  expect(await value(page, 'tier-1-count')).toBe(50);
});

test('export: a CSV download with BOM and escaped cells', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const lines = ['员工编号,满意度,加班,是否离职'];
  for (let i = 0; i < 80; i++) {
    const id = i === 0 ? '=SUM(A1:A9)' : i === 1 ? '张,"三"' : i === 2 ? '@cmd' : `E${i}`;
    lines.push(`${id.includes(',') ? `"${id.replace(/"/g, '""')}"` : id},${(i * 7) % 5 + 1},${i % 3 === 0 ? '是' : '否'},${(i % 3 === 0 && i % 2 === 0) || i % 5 === 0 ? '是' : '否'}`);
  }
  const n = await runs(page);
  await upload(page, { name: 'inject.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf-8') });
  await doneAfter(page, n + 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出分层名单(CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf-8');
  expect(text).toContain("'=SUM(A1:A9)");
  expect(text).toContain("'@cmd");
  expect(text).toContain('"张,""三"""');
  expect(text.split('\r\n').filter((l) => l !== '').length).toBe(81);
});

test('a scenario URL restores controls and results; unknown params get a notice; reload keeps it', async ({ page, checkA11y }) => {
  const url = '/simulator/?sample=customers&size=10000&seed=abc&model=tree&depth=3&leaf=20&shares=10,20,30,30,10&cost=3000,1000,300,50,20&budget=300000&bogus=1&depth2=x';
  await page.goto(url);
  await expect(page.locator('[data-url-notices]')).toContainText('bogus');
  for (let pass = 0; pass < 2; pass++) {
    await doneAfter(page, 1, 45_000);
    await expect(page.getByLabel('客户样本')).toBeChecked();
    await expect(page.getByLabel('样本量')).toHaveValue('10000');
    await expect(page.getByLabel('随机种子')).toHaveValue('abc');
    await expect(page.getByRole('radio', { name: /决策树/ })).toBeChecked();
    await expect(page.locator('input[data-control="depth"]')).toHaveValue('3');
    await expect(page.locator('input[data-control="leaf"]')).toHaveValue('20');
    await expect(page.locator('input[data-share="1"]')).toHaveValue('10');
    await expect(page.locator('input[data-cost="1"]')).toHaveValue('3000');
    await expect(page.locator('input[data-control="budget"]')).toHaveValue('300000');
    expect(await value(page, 'budget-count')).toBeGreaterThan(0);
    expect(await value(page, 'tier-1-count')).toBe(1000);
    expect(await value(page, 'tier-3-count')).toBe(3000);
    await expect(page.getByRole('heading', { name: '决策树的前三层(训练集)' })).toBeVisible();
    await expect(page).not.toHaveURL(/bogus/);
    await expect(page).toHaveURL(/depth=3/);
    if (pass === 0) await page.reload();
  }
  await checkA11y('simulator restored from a URL (tree model)');
});

test('tiers by fixed score cut-offs', async ({ page }) => {
  await page.goto('/simulator/?sample=employees&model=scorecard&tiers=cutoff&cutoffs=50,35,20,10');
  await doneAfter(page, 1);
  await expect(page.getByLabel('按分数线')).toBeChecked();
  await expect(page.locator('input[data-cutoff="1"]')).toHaveValue('50');
  const counts = await Promise.all([1, 2, 3, 4, 5].map((t) => value(page, `tier-${t}-count`)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
  expect(counts).not.toEqual([50, 150, 250, 350, 200]);
  await page.locator('input[data-cutoff="2"]').fill('60');
  await expect(page.getByText('分数线须从高到低严格递减')).toBeVisible();
});

test('keyboard only: reach a weight slider, change it with arrow keys, run', async ({ page }) => {
  await page.goto('/simulator/?sample=employees&model=scorecard');
  await doneAfter(page, 1);
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('data-weight') === 'engagement');
  }
  expect(found, 'reached the first weight slider with Tab').toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[data-weight="engagement"]')).toHaveValue('4');
  await expect(page).toHaveURL(/w\.engagement=4/);
  found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent === '重新计算');
  }
  expect(found, 'reached the run button with Tab').toBe(true);
  const n = await runs(page);
  await page.keyboard.press('Enter');
  await doneAfter(page, n + 1);
});

test('no request carries the uploaded data', async ({ page }) => {
  await page.goto('/simulator/');
  await doneAfter(page, 1);
  const requests: { url: string; method: string; body: string | null }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  const n = await runs(page);
  await upload(page, csvFile('gbk.csv'));
  await doneAfter(page, n + 1);
  await page.getByRole('button', { name: '导出分层名单(CSV)' }).click();
  await page.getByRole('checkbox', { name: '把“年龄”作为特征' }).check();
  await doneAfter(page, n + 2);
  for (const r of requests) {
    expect(r.method, r.url).toBe('GET');
    expect(r.body, r.url).toBeNull();
    const u = new URL(r.url);
    if (u.protocol === 'blob:' || u.protocol === 'data:') continue;
    expect(u.hostname).toBe('127.0.0.1');
    expect(u.search, r.url).toBe('');
    expect(u.pathname, r.url).toMatch(/^\/(_astro\/|favicon)/);
    expect(decodeURIComponent(r.url)).not.toMatch(/E0001|是否离职|工号/);
  }
  // The URL holds the scenario only.
  expect(decodeURIComponent(page.url())).not.toMatch(/E0001|是否离职|工号|gbk/);
});

test.describe('compact simulator embedded in modules', () => {
  for (const [slug, sample] of [
    ['churn-prediction', 'customers'],
    ['risk-tiering', 'employees'],
  ] as const) {
    test(`${slug}: runs the ${sample} sample when scrolled into view and keeps the page URL clean`, async ({ page }) => {
      await page.goto(`/modules/${slug}/`);
      await page.locator('.sim-results').first().scrollIntoViewIfNeeded();
      const count = page.locator('output[data-metric="tier-1-count"]').first();
      await expect(count).toHaveAttribute('data-value', /^\d+$/, { timeout: 20_000 });
      const counts = await page
        .locator('output[data-metric^="tier-"][data-metric$="-count"]')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
      expect(counts).toHaveLength(5);
      // Default shares 5/15/25/35/20 of the 1,000-person sample.
      expect(counts).toEqual([50, 150, 250, 350, 200]);
      expect(new URL(page.url()).search).toBe('');
    });
  }
});
