import { defineConfig, devices } from '@playwright/test';
import { launchOptions, serverPort } from './playwright.shared';

/**
 * Browser journeys against the built site (`dist/`, or $DIST_DIR), served by `npm run serve`
 * (scripts/serve.mjs: the headers of dist/_headers, CSP included) on a free loopback port, in
 * Chromium (playwright.shared.ts).
 */
const port = await serverPort('E2E_PORT');
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Its own folder: Playwright empties outputDir on start, and test-results/ also holds vitest's report.
  // Parallel runs against another DIST_DIR keep their artefacts beside it.
  outputDir: process.env['DIST_DIR'] ? `${process.env['DIST_DIR']}-pw` : 'test-results/playwright-artifacts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: process.env['DIST_DIR'] ? `${process.env['DIST_DIR']}-pw.json` : 'test-results/playwright.json' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // The offline worker precaches the whole site in the background on every first visit; only
    // the offline journeys (offline.spec.ts) allow it, so other tests are not slowed down.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, grepInvert: /@timing/ },
    // Checks of elapsed time (tagged @timing) run last, alone on the machine, once every other
    // browser test is done: on a 2-core CI machine a neighbour's axe run can double a timing.
    { name: 'timing', use: { ...devices['Desktop Chrome'] }, grep: /@timing/, dependencies: ['chromium'] },
  ],
  webServer: {
    command: `node scripts/serve.mjs --host=127.0.0.1 --port=${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
