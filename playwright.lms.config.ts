import { defineConfig, devices } from '@playwright/test';
import { launchOptions, serverPort } from './playwright.shared';

/**
 * The LMS browser tests (test/lms/): the packages of dist-lms/ (npm run package:lms) in the
 * stand-in LMS player of `npm run lms:preview` (scorm-again), served on a free loopback port.
 */
const port = await serverPort('LMS_E2E_PORT');
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/lms',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright-lms-artifacts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-lms.json' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/lms-preview.mjs --host=127.0.0.1 --port=${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
