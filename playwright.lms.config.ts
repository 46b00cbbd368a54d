import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The LMS browser tests (test/lms/): the packages of dist-lms/ (npm run package:lms) in the
 * stand-in LMS player of `npm run lms:preview` (scorm-again), served on a free loopback port.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

process.env['LMS_E2E_PORT'] ||= String(await freePort());
const port = Number(process.env['LMS_E2E_PORT']);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((p): p is string => !!p).find((p) => existsSync(p));

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
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
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
