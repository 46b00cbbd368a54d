/**
 * Foundation journeys: navigate the course, land on a bookmarked section, search in Chinese,
 * keep the theme, get a real 404, use the site by keyboard; axe on search results in both themes.
 */
import { test, expect, useTheme } from './fixtures';

const A1 = '/modules/retention-basics/';

test('home → module → next → previous, following the course order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '留存学院' })).toBeVisible();
  await page.getByRole('link', { name: /从第一课开始/ }).click();
  await expect(page).toHaveURL(A1);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.getByRole('navigation', { name: '面包屑' })).toContainText('基础');

  const next = page.locator('[data-pager="next"]');
  await expect(next).toBeVisible();
  const nextTitle = (await next.locator('.pager-title').textContent())!.trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await page.locator('[data-pager="prev"]').click();
  await expect(page).toHaveURL(A1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('a heading link lands on its section, also after reload', async ({ page }) => {
  await page.goto(A1);
  const firstSection = page.locator('.prose h2[id]').first();
  const id = await firstSection.getAttribute('id');
  expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  await firstSection.locator('a.heading-link').click();
  await expect(page).toHaveURL(`${A1}#${id}`);
  await page.reload();
  await expect(page.locator(`#${id}`)).toBeInViewport();
  // The outline lists the same section.
  await expect(page.locator(`#outline a[href="#${id}"]`)).toHaveCount(1);
});

for (const term of ['留存率', '流失率', '期初客户数', '自愿流失']) {
  test(`Chinese search for “${term}” finds module A1 and links to the section`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(term)}`);
    const first = page.locator('.search-results > li').first();
    await expect(first).toBeVisible();
    const link = first.locator('.search-title a');
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${A1}#[a-z][a-z0-9-]*$`));
    await expect(first.locator('mark').first()).toBeVisible();
    await link.click();
    const id = href!.split('#')[1]!;
    await expect(page).toHaveURL(href!);
    await expect(page.locator(`[id="${id}"]`)).toBeAttached();
    // The section the result points to is the one that talks about the term.
    const sectionText = await page.evaluate((sid) => {
      const heading = document.getElementById(sid)!;
      let text = heading.textContent ?? '';
      for (let el = heading.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling) text += el.textContent;
      return text;
    }, id);
    expect(sectionText).toContain(term);
  });
}

test('header search shows live results and "/" focuses it', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: '搜索课程' });
  await expect(input).toBeFocused();
  await input.fill('流失率');
  const panel = page.locator('#site-search-results');
  await expect(panel.locator('.search-results a').first()).toHaveAttribute('href', new RegExp(`^${A1}`));
  await input.press('Escape');
  await expect(panel).toBeHidden();
  await input.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('search input is treated as text, never as markup', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>留存')}`);
  await expect(page.locator('.search-status')).toBeVisible();
  await expect(page.locator('.search-page-results img')).toHaveCount(0);
});

test('theme toggle survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(A1);
  const toggle = page.getByRole('button', { name: '切换深色主题' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 28)');
});

test('the system dark preference applies without a stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 28)');
});

test('an unknown URL shows the 404 page with status 404 and a search box', async ({ page }) => {
  const response = await page.goto('/modules/no-such-module/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  const search = page.getByRole('searchbox', { name: '搜索课程内容' });
  await search.fill('留存率');
  await expect(page.locator('.search-page-results .search-results li').first()).toBeVisible();
});

test('keyboard only: skip link, search, outline and next module', async ({ page }) => {
  await page.goto(A1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Reach the search box by Tab from the top of the page.
  await page.goto(A1);
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'site-search-input');
  }
  expect(reached).toBe(true);

  // Tab onwards to the first outline link and follow it.
  const firstOutline = page.locator('#outline a').first();
  const target = await firstOutline.getAttribute('href');
  reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await firstOutline.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${A1}${target}`);

  // The next-module link is reachable and has a visible focus outline.
  const next = page.locator('[data-pager="next"]');
  await next.focus();
  await expect(next).toBeFocused();
  const outline = await next.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(A1);
});

test('print stylesheet hides the site chrome', async ({ page }) => {
  await page.goto(A1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.outline')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('.prose')).toBeVisible();
});

test('every page has a title, description, canonical URL and Open Graph tags', async ({ page }) => {
  for (const path of ['/', A1, '/tracks/basics/', '/about/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await page.title()).toMatch(/留存学院/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /留存学院/);
  }
});

// Every built page is checked with axe in both themes by every-page.spec.ts; here, the state it
// does not reach: search results on the page.
for (const theme of ['light', 'dark'] as const) {
  test(`axe: search results in the ${theme} theme`, async ({ page, checkA11y }) => {
    await useTheme(page, theme);
    await page.goto('/search/?q=留存率');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    await checkA11y(`/search/?q=留存率（${theme}）`);
  });
}
