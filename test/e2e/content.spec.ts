/**
 * Every module as a learner meets it: the page renders without errors, passes axe in both
 * themes, and a search for one of the module's own glossary terms finds the module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';

interface Term {
  id: string;
  term: string;
  module: string;
}

const slugs = readdirSync('src/content/modules')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();
const glossary = parse(readFileSync('src/content/glossary.yaml', 'utf8')) as Term[];

for (const slug of slugs) {
  test.describe(`module ${slug}`, () => {
    // Long pages with many islands: axe needs more than the default 30 s on a busy 2-core machine.
    test.describe.configure({ timeout: 120_000 });
    test('renders cleanly and passes axe in light and dark themes', async ({ page, checkA11y }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`/modules/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#takeaways')).toBeVisible();
      await checkA11y(`/modules/${slug}/ (light)`);
      await page.getByRole('button', { name: '切换深色主题' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await checkA11y(`/modules/${slug}/ (dark)`);
    });

    test('a search for one of its glossary terms finds it', async ({ page }) => {
      const own = glossary.filter((t) => t.module === slug);
      expect(own.length, `src/content/glossary.yaml 中没有属于 ${slug} 的术语`).toBeGreaterThan(0);
      const term = own[0]!.term;
      await page.goto(`/search/?q=${encodeURIComponent(term)}`);
      const links = page.locator('.search-results .search-title a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.some((h) => h.startsWith(`/modules/${slug}/`)), `“${term}” 的搜索结果：${hrefs.join(', ')}`).toBe(true);
    });
  });
}

// Content review #31: the employee warning signals live in a customer-track module; the employee
// track recommends it on its page (it still counts towards its own track only).
test('the employee track recommends the warning-signals module of the customer track', async ({ page }) => {
  await page.goto('/tracks/employee-churn/');
  const section = page.getByRole('region', { name: '本路径推荐同时学习' });
  await expect(section.getByRole('link', { name: '流失早期预警信号' })).toHaveAttribute('href', '/modules/early-warning-signals/');
  await expect(section.getByRole('link', { name: '路径 C · 客户流失' })).toHaveAttribute('href', '/tracks/customer-churn/');
  // Its own track lists it as one of its modules, not as a recommendation.
  await page.goto('/tracks/customer-churn/');
  await expect(page.locator('.track-modules').getByRole('link', { name: '流失早期预警信号' })).toBeVisible();
  await expect(page.getByRole('region', { name: '本路径推荐同时学习' })).toHaveCount(0);
});
