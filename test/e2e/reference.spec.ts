/**
 * The reference pages (issue 13 §4) as a learner and a trainer use them: the glossary's anchors
 * and its pinyin index, the <Term> popover's link to it, the case library's filter (from the
 * URL, by the controls, and without JavaScript), a case page printed or followed to its module.
 * Every case of the collection is in the built library, every glossary term has its anchor, and
 * every link to /glossary/#… in the built site points at one. axe runs on both pages in both
 * themes in every-page.spec.ts; here axe checks the filtered library with its notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { DIST, sitemapPaths } from './built-site';

const caseIds = readdirSync('src/content/cases')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
const glossary = parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string; term: string; module: string; section: string }[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

test.describe('built site', () => {
  test('every case is in the library, has its page, and both are in the sitemap', () => {
    const library = readFileSync(join(DIST, 'cases', 'index.html'), 'utf8');
    const listed = [...library.matchAll(/data-case="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(caseIds);
    const sitemap = new Set(sitemapPaths());
    expect(sitemap.has('/cases/')).toBe(true);
    expect(sitemap.has('/glossary/')).toBe(true);
    expect(caseIds.filter((id) => !sitemap.has(`/cases/${id}/`))).toEqual([]);
  });

  test('every glossary term has its anchor, and every link to /glossary/#… points at one', () => {
    const page = readFileSync(join(DIST, 'glossary', 'index.html'), 'utf8');
    const ids = new Set([...page.matchAll(/<h3 id="([^"]+)"/g)].map((m) => m[1]));
    expect(glossary.filter((e) => !ids.has(e.id)).map((e) => e.id)).toEqual([]);
    const broken: string[] = [];
    let links = 0;
    for (const file of htmlFiles(DIST)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/href="\/glossary\/#([^"]*)"/g)) {
        links++;
        if (!ids.has(decodeURIComponent(m[1]!))) broken.push(`${file.slice(DIST.length)} → #${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
    // Every module's popovers link there: at least one link per glossary term.
    expect(links).toBeGreaterThanOrEqual(glossary.length);
  });
});

test('glossary: pinyin letters jump to their group, a term anchor lands on the term and links to its section', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1, name: '术语表' })).toBeVisible();
  const letters = page.getByRole('navigation', { name: '按拼音首字母跳转' }).getByRole('link');
  await expect(letters.first()).toHaveText('A');
  await page.getByRole('link', { name: /^首字母 L/ }).click();
  await expect(page).toHaveURL(/#letter-l$/);
  await expect(page.locator('#letter-l')).toBeInViewport();
  // The L group holds 流失率 and 留存率, in pinyin order.
  const lTerms = await page.locator('section[aria-labelledby="letter-l"] h3').evaluateAll((hs) => hs.map((h) => h.id));
  expect(lTerms).toContain('churn-rate');
  expect(lTerms.indexOf('churn-rate')).toBeLessThan(lTerms.indexOf('retention-rate'));

  await page.goto('/glossary/#probation-churn');
  const entry = page.locator('#probation-churn');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('试用期流失');
  const link = page.locator('#probation-churn ~ .gloss-where a').first();
  await expect(link).toHaveAttribute('href', '/modules/employee-churn-types/#probation');
  await link.click();
  await expect(page).toHaveURL('/modules/employee-churn-types/#probation');
  await expect(page.locator('#probation')).toBeInViewport();
});

test('a term popover in a module scrolls with its term and links to the term in the glossary', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/modules/retention-basics/');
  const term = page.locator('.term-button').first();
  await term.click();
  const popover = page.locator('.term-popover:popover-open');
  await expect(popover).toBeVisible();
  const box = (await popover.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // The popover stays with its term when the page scrolls (anchored, not fixed on screen).
  const before = { term: (await term.boundingBox())!.y, popover: (await popover.boundingBox())!.y };
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await term.boundingBox())!.y).toBeLessThan(before.term - 60);
  const moved = (await term.boundingBox())!.y - before.term;
  expect(Math.abs((await popover.boundingBox())!.y - before.popover - moved)).toBeLessThan(2);
  const more = popover.getByRole('link', { name: '在术语表中查看' });
  const href = await more.getAttribute('href');
  expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
  await more.click();
  await expect(page).toHaveURL(href!);
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
});

test('case library: filters read from the URL, changed by the controls, kept in the URL', async ({ page }) => {
  await page.goto(`/cases/?industry=${encodeURIComponent('零售')}&subject=employee`);
  const cards = page.locator('[data-case]:visible');
  const expected = await page.locator('[data-case][data-industry="零售"][data-subject="employee"]').count();
  expect(expected).toBeGreaterThan(0);
  await expect(cards).toHaveCount(expected);
  await expect(page.getByRole('status')).toHaveText(`显示 ${expected} 个案例（共 ${caseIds.length} 个）`);
  await expect(page.getByRole('combobox', { name: '行业' })).toHaveValue('零售');

  // Change the origin: the list and the URL follow.
  await page.getByRole('combobox', { name: '来源' }).selectOption('source');
  await expect(page).toHaveURL(`/cases/?industry=${encodeURIComponent('零售')}&subject=employee&origin=source`);
  await expect(cards).toHaveCount(await page.locator('[data-case][data-industry="零售"][data-subject="employee"][data-origin="source"]').count());

  // A theme no case of this selection has: the empty state says so.
  await page.getByRole('combobox', { name: '行业' }).selectOption('电信');
  await page.getByRole('combobox', { name: '来源' }).selectOption('');
  await page.getByRole('combobox', { name: '对象' }).selectOption('employee');
  await expect(cards).toHaveCount(0);
  await expect(page.getByText('没有符合这些条件的案例。')).toBeVisible();

  // 清除筛选: every case again, and a bare URL.
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(cards).toHaveCount(caseIds.length);
  await expect(page).toHaveURL('/cases/');
  await expect(page.getByRole('status')).toHaveText(`共 ${caseIds.length} 个案例`);
});

test('case library: invalid filter parts are ignored with a visible notice, as text', async ({ page, checkA11y }) => {
  const evil = '<img src=x onerror=alert(1)>';
  await page.goto(`/cases/?industry=${encodeURIComponent('航天')}&theme=${encodeURIComponent('服务质量')}&foo=${encodeURIComponent(evil)}&theme=x`);
  const notice = page.locator('[data-case-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('industry=航天（没有这个取值的案例）');
  await expect(notice).toContainText('foo=<img src=x onerror=alert(1)>（案例库没有这个筛选条件）');
  await expect(notice).toContainText('theme=x（重复出现，只用第一个）');
  await expect(notice.locator('img')).toHaveCount(0);
  // The valid part still applies.
  await expect(page.getByRole('combobox', { name: '主题' })).toHaveValue('服务质量');
  await expect(page.locator('[data-case]:visible')).toHaveCount(await page.locator('[data-case][data-themes*="\\"服务质量\\""]').count());
  await checkA11y('/cases/ with a filter notice');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the library lists every case, with no dead filter controls', async ({ page }) => {
    await page.goto(`/cases/?industry=${encodeURIComponent('零售')}`);
    await expect(page.locator('[data-case]')).toHaveCount(caseIds.length);
    for (const id of caseIds.slice(0, 3)) await expect(page.locator(`[data-case="${id}"]`)).toBeVisible();
    await expect(page.locator('[data-case-filter]')).toBeHidden();
  });
});

// Lighthouse measured CLS 0.146 on /cases/ when the filter form was unhidden by its script after
// the first paint. Scripts are held back here, as on a slow phone, so the page paints before they
// run; the layout shifts of the whole load must sum to 0.
test('the case library does not move when its filter script runs (CLS 0, scripts delayed)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto('/cases/');
  await expect(page.getByRole('combobox', { name: '行业' })).toBeVisible();
  await expect(page.locator('[data-case-filter]')).not.toHaveAttribute('hidden');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
  expect(shift).toBe(0);
});

test('a case page: the case in full, its module one click away, printable', async ({ page }) => {
  await page.goto('/cases/');
  await page.getByRole('link', { name: '结合 CSAT 与 CLV 制定个性化关怀计划' }).click();
  await expect(page).toHaveURL('/cases/hotel-csat-clv-care/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('结合 CSAT 与 CLV 制定个性化关怀计划');
  for (const section of ['背景', '挑战', '做法', '结果', '讨论题']) await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  await expect(page.getByText('情境设定（示例）')).toBeVisible();
  await expect(page.locator('.case-page-source')).toContainText('种子文档 004');
  // A theme links to the filtered library.
  await page.getByRole('link', { name: '客户生命周期价值' }).first().click();
  await expect(page).toHaveURL(`/cases/?theme=${encodeURIComponent('客户生命周期价值')}`);
  await expect(page.getByRole('combobox', { name: '主题' })).toHaveValue('客户生命周期价值');
  await page.goBack();

  // Printed: the case without site chrome or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印这个案例' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: '讨论题' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const moduleLink = page.getByRole('link', { name: '忠诚度测量' }).first();
  await moduleLink.click();
  await expect(page).toHaveURL('/modules/loyalty-measurement/#case-hotel-csat-clv-care');
  await expect(page.locator('#case-hotel-csat-clv-care')).toBeInViewport();
  await expect(page.locator('#case-hotel-csat-clv-care').getByRole('link', { name: /单独打开这个案例/ })).toHaveAttribute('href', '/cases/hotel-csat-clv-care/');
});

test('header navigation reaches both reference pages and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '案例库' }).click();
  await expect(page).toHaveURL('/cases/');
  await expect(nav.getByRole('link', { name: '案例库' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '术语表' }).click();
  await expect(page).toHaveURL('/glossary/');
  await expect(nav.getByRole('link', { name: '术语表' })).toHaveAttribute('aria-current', 'page');
});

test('with the two new links the header stays one row on a 1024 px laptop, and bookmarked sections land below a wrapped header', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/glossary/#churn-rate');
  const header = page.locator('.site-header');
  expect((await header.boundingBox())!.height).toBeLessThan(70);
  // Term and letter bar below the header.
  const headerBottom = (await header.boundingBox())!.height;
  expect((await page.locator('#churn-rate').boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom);
  // A narrower window wraps the header to two rows; it is then not sticky, so a bookmarked
  // section is in full view, not under it.
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto('/modules/retention-basics/#churn-rate');
  expect((await header.boundingBox())!.height).toBeGreaterThan(80);
  await expect.poll(async () => {
    const h = (await header.boundingBox())!;
    return (await page.locator('#churn-rate').boundingBox())!.y - (h.y + h.height);
  }).toBeGreaterThanOrEqual(0);
  expect(await header.evaluate((el) => getComputedStyle(el).position)).toBe('static');
});
