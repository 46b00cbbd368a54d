/**
 * Build step: index the built site with Pagefind (its CLI, so `pagefind.yml` options apply as
 * before), inside `astro build` so that the steps after it — the service worker's precache —
 * see the index and its WebAssembly.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'retention-academy:pagefind',
    hooks: {
      'astro:build:done': ({ dir }) => {
        // The package exports only its Node API; its CLI is the "bin" beside lib/index.js.
        const root = dirname(dirname(fileURLToPath(import.meta.resolve('pagefind'))));
        const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin);
        const r = spawnSync(process.execPath, [bin, '--site', fileURLToPath(dir)], { stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`pagefind failed (exit ${r.status})`);
      },
    },
  };
}
