#!/usr/bin/env node
/**
 * `npm run bench`: the performance figures we report.
 *  1. JS loaded before interaction per page type (measure-js.mjs; fails over a budget of
 *     scripts/page-weight.mjs: 25 KB on a calculator page, 10 KB before interaction on a module
 *     page and on the home page — the same check `npm test` runs), 2. CSS per page
 *     type (measure-css.mjs), 3. the simulator core's speed (bench-simulator.mjs), 4. the simulator
 *     in the browser: input → updated tier table at 100,000 rows, and a refit (the Playwright check
 *     in test/e2e/simulator.spec.ts, which prints its timings). Builds the site first when dist/ is
 *     missing.
 *  5. the slowest slide change of every deck (bench-deck.mjs, headless Chromium).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dist = process.env.DIST_DIR || 'dist';
const run = (cmd, args) => {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
};

if (!existsSync(`${dist}/index.html`)) {
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
}
let failed = 0;
failed |= run(process.execPath, ['scripts/measure-js.mjs', dist, '--check']);
failed |= run(process.execPath, ['scripts/measure-css.mjs', dist]);
failed |= run(process.execPath, ['scripts/bench-simulator.mjs']);
failed |= run('npx', ['playwright', 'test', 'test/e2e/simulator.spec.ts', '-g', 're-tiering 100,000 rows', '--reporter=list']);
failed |= run(process.execPath, ['scripts/bench-deck.mjs', dist]);
process.exit(failed ? 1 : 0);
