import { defineConfig } from 'vitest/config';

/**
 * `import url from 'lazy-chunk:./x'` (src/integrations/page-weight.mjs) gives a chunk's URL in
 * the build; under vitest it gives the module's file path, which `import(url)` loads.
 */
const lazyChunkPaths = {
  name: 'lazy-chunk-paths',
  enforce: 'pre' as const,
  async resolveId(this: { resolve: (s: string, i?: string) => Promise<{ id: string } | null> }, source: string, importer?: string) {
    if (!source.startsWith('lazy-chunk:')) return null;
    const target = await this.resolve(source.slice('lazy-chunk:'.length), importer);
    return target ? `\0lazy-chunk:${target.id}` : null;
  },
  load(id: string) {
    return id.startsWith('\0lazy-chunk:') ? `export default ${JSON.stringify(id.slice('\0lazy-chunk:'.length))};` : null;
  },
};

export default defineConfig({
  plugins: [lazyChunkPaths],
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
