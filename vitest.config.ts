import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in test/e2e and run under Playwright, never under vitest.
    include: ['test/lib/**/*.test.ts', 'test/content/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95 },
    },
  },
});
