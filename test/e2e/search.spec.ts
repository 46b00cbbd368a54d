/**
 * Search finds what a learner asks for (issue 13 §5): learner-style Chinese questions each find
 * a specific page in the first three results; the index covers the tools, the simulator and the
 * reference pages; no lone character of a query is highlighted; no visually hidden helper text
 * reaches an excerpt; the header dropdown and the results page report the same count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DIST, sitemapPaths } from './built-site';

/** Query → the page (path) that answers it. */
const QUERIES: [string, string][] = [
  ['怎么算流失率', '/modules/retention-basics/'],
  ['NPS 怎么算', '/modules/loyalty-measurement/'],
  ['如何留住员工', '/modules/employee-retention-strategies/'],
  ['试用期', '/modules/employee-churn-types/'],
  ['续约提前多久', '/modules/customer-churn-patterns/'],
  ['替换成本计算器', '/tools/replacement-cost/'],
  ['流失率计算器', '/tools/churn/'],
  ['结业证书', '/certificate/'],
  ['什么是心理契约', '/modules/employee-churn-causes/'],
  ['员工为什么离职', '/modules/employee-churn-causes/'],
  ['客户流失的原因', '/modules/customer-churn-patterns/'],
  ['CLV 怎么算', '/tools/clv/'],
  ['年流失率怎么换算', '/tools/period/'],
  ['风险分层', '/modules/risk-tiering/'],
  ['预警信号有哪些', '/modules/early-warning-signals/'],
  ['离职访谈怎么做', '/modules/churn-cause-analysis/'],
  ['数据泄漏', '/modules/churn-prediction/'],
  ['流失风险模拟器', '/simulator/'],
  ['术语表', '/glossary/'],
  ['案例库', '/cases/'],
  ['结业测评', '/assessment/'],
  ['复习错题', '/review/'],
  ['导出学习进度', '/progress/'],
  ['排课', '/trainer/'],
  ['帕累托分析', '/tools/pareto/'],
  ['SERVQUAL', '/modules/retention-theories/'],
  ['获客成本是保留成本的几倍', '/modules/cost-of-churn/'],
  ['银行案例', '/cases/bank-personalised-wealth/'],
  ['忠诚度计划值不值', '/modules/customer-retention-strategies/'],
];

/** The paths of the results for a query typed into the results page's search box. */
async function topPaths(page: import('@playwright/test').Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: '搜索课程内容' }).fill(query);
  await expect(page.locator('.search-page-results .search-status')).toContainText(`“${query}”`);
  const hrefs = await page.locator('.search-results > li .search-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => new URL(h, 'http://x').pathname);
}

test(`${QUERIES.length} learner questions each find their page in the first three results`, async ({ page }) => {
  test.setTimeout(30_000 + QUERIES.length * 5_000);
  await page.goto('/search/');
  const ranks: string[] = [];
  for (const [query, expected] of QUERIES) {
    const paths = await topPaths(page, query);
    const rank = paths.indexOf(expected) + 1;
    ranks.push(`${query} → ${expected}: ${rank || `not found (first: ${paths.slice(0, 3).join(', ')})`}`);
    expect.soft(rank, `“${query}” should find ${expected} in the first three; got ${paths.slice(0, 3).join(', ')}`).toBeGreaterThan(0);
    expect.soft(rank, `“${query}”`).toBeLessThanOrEqual(3);
  }
  console.log(`search ranks:\n  ${ranks.join('\n  ')}`);
});

test('怎么算流失率 highlights 流失率, never a lone 率 (召回率, 贴现率)', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('怎么算流失率')}`);
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await page.getByRole('button', { name: '显示更多结果' }).click();
  await expect(page.locator('.search-results > li')).toHaveCount(20);
  // Adjacent <mark>s are one highlight: 流失 + 率.
  const runs = await page.locator('.search-excerpt').evaluateAll((ps) =>
    ps.flatMap((p) => {
      const out: string[] = [];
      let run = '';
      for (const node of p.childNodes) {
        if (node.nodeName === 'MARK') run += node.textContent;
        else if (run) {
          out.push(run.trim());
          run = '';
        }
      }
      if (run) out.push(run.trim());
      return out;
    }),
  );
  expect(runs.length).toBeGreaterThan(5);
  expect(runs.filter((r) => !r.includes('流失'))).toEqual([]);
});

test('the index holds no visually hidden helper text and no popover copies of a term', async ({ page }) => {
  await page.goto('/search/');
  // Every indexed page's text, as Pagefind stored it (its excerpts are cut from this).
  const texts = await page.evaluate(async () => {
    const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
      search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    const found = await pf.search('流失');
    return Promise.all(found.results.map(async (r) => r.data()));
  });
  expect(texts.length).toBeGreaterThan(40);
  expect(texts.filter((t) => t.content.includes('查看释义')).map((t) => t.url)).toEqual([]);
  // A term's popover repeats the term and its definition inside the sentence: “焦点小组 焦点小组 Focus group 把……”.
  const cca = texts.find((t) => t.url === '/modules/churn-cause-analysis/')!;
  expect(cca.content.replace(/\u200b/g, '')).not.toMatch(/Focus group/);
  // And on the results page, where a term sits in the excerpt.
  await page.getByRole('searchbox', { name: '搜索课程内容' }).fill('焦点小组');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(await page.locator('.search-page-results').innerText()).not.toContain('查看释义');
});

test('the header dropdown and the results page report the same number of pages', async ({ page }) => {
  for (const query of ['流失率', '试用期']) {
    await page.goto('/about/');
    const input = page.getByRole('searchbox', { name: '搜索课程' });
    await input.fill(query);
    const panel = page.locator('#site-search-results');
    await expect(panel.locator('.search-status')).toContainText('找到');
    const dropdown = (await panel.locator('.search-status').textContent())!;
    const total = Number(/找到 (\d+) 个页面/.exec(dropdown)![1]);
    expect(await panel.locator('.search-results > li').count()).toBe(Math.min(6, total));
    if (total > 6) await expect(panel.getByRole('link', { name: `查看全部 ${total} 个结果` })).toHaveAttribute('href', `/search/?q=${encodeURIComponent(query)}`);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-page-results .search-status')).toHaveText(dropdown);
    // 显示更多结果 reaches every counted page, and focus moves to the first new one.
    const more = page.getByRole('button', { name: '显示更多结果' });
    while (await more.isVisible()) {
      const before = await page.locator('.search-results > li').count();
      await more.click();
      await expect(page.locator('.search-results > li').nth(before).locator('a').first()).toBeFocused();
    }
    await expect(page.locator('.search-results > li')).toHaveCount(total);
  }
});

test('the index covers modules, tools, the simulator and the reference pages, each with its title', () => {
  const { pages } = JSON.parse(readFileSync(join(DIST, 'pagefind', 'site-headings.json'), 'utf8')) as { pages: { url: string; title: string }[] };
  const indexed = new Set(pages.map((p) => p.url));
  const expected = sitemapPaths().filter((p) => /^\/(modules|tools|cases)\/|^\/(simulator|glossary|assessment|progress|certificate|review|trainer|about)\/$/.test(p) && !/^\/trainer\/.+/.test(p));
  expect(expected.length).toBeGreaterThan(50);
  expect(expected.filter((p) => !indexed.has(p))).toEqual([]);
  for (const p of pages) expect(p.title.length, p.url).toBeGreaterThan(1);
});
