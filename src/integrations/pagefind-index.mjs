/**
 * Build step: index the built site with Pagefind (its CLI, so `pagefind.yml` options apply as
 * before), inside `astro build` so that the steps after it — the service worker's precache —
 * see the index and its WebAssembly.
 *
 * What is indexed: every element marked `data-pagefind-body` (modules, tool pages, the
 * simulator, glossary, case library and case pages, assessment, review, progress, certificate,
 * the trainer's planner, about); page titles carry `data-pagefind-weight="10"` (body text is 1).
 * What is not: EXCLUDED below — islands (a learner's working state: calculator fields, quiz
 * and progress UI, not course text), visually hidden helper text ("(查看释义)") and the term
 * popovers (their definition would repeat the term inside every excerpt).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSearchHeadings } from './search-headings.mjs';

/** Left out of the index (and of the headings file): see the comment above. */
export const EXCLUDED = ['astro-island', '.visually-hidden', '[popover]'];

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'retention-academy:pagefind',
    hooks: {
      'astro:build:done': ({ dir }) => {
        // The package exports only its Node API; its CLI is the "bin" beside lib/index.js.
        const root = dirname(dirname(fileURLToPath(import.meta.resolve('pagefind'))));
        const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin);
        const r = spawnSync(process.execPath, [bin, '--site', fileURLToPath(dir), '--exclude-selectors', EXCLUDED.join(', ')], { stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`pagefind failed (exit ${r.status})`);
        // Titles and headings of the indexed pages, for the search's phrase ranking.
        const n = writeSearchHeadings(fileURLToPath(dir), EXCLUDED);
        console.log(`search headings: ${n} pages written to pagefind/site-headings.json`);
      },
    },
  };
}
