/**
 * Shared Playwright fixtures:
 * - every test fails if the page makes a request that is not to the loopback test server
 *   (learner data must never leave the browser; no third-party requests, no analytics);
 * - `checkA11y()` runs axe with the WCAG 2.2 A/AA rules and fails on any violation;
 * - console errors and uncaught page errors fail the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Fixtures {
  /** Run axe on the current page state; `label` names the state in the failure message. */
  checkA11y: (label?: string) => Promise<void>;
  /** Requests that went anywhere but the loopback server (asserted empty after each test). */
  externalRequests: string[];
  /** Page errors and console errors (asserted empty after each test unless cleared). */
  pageErrors: string[];
  guards: void;
}

function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return true;
  }
}

export const test = base.extend<Fixtures>({
  externalRequests: async ({ page }, use) => {
    const external: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await use(external);
    expect(external, 'requests to hosts other than the local test server').toEqual([]);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(msg.text())) {
        errors.push(`console: ${msg.text()}`);
      }
    });
    await use(errors);
    expect(errors, 'errors in the page').toEqual([]);
  },
  checkA11y: async ({ page }, use) => {
    await use(async (label = page.url()) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },
  // Auto-used: every test gets the request and error guards without asking for them.
  guards: [
    async ({ externalRequests, pageErrors }, use) => {
      void externalRequests;
      void pageErrors;
      await use();
    },
    { auto: true },
  ],
});

export { expect };

/** Set the theme preference before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => {
    try {
      localStorage.setItem('ra-theme', t);
    } catch {
      /* storage disabled in this test */
    }
  }, theme);
}
