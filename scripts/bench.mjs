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
 *  6. the exported SQL at warehouse scale: 1,000,000 rows scored and tiered in DuckDB
 *     (bench-sql.mjs), printed beside the browser's 100,000-row refit from step 4.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dist = process.env.DIST_DIR || 'dist';
const run = (cmd, args) => {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
};
/** Run and also keep what it printed (the browser's timings are read from it). */
const runCapture = (cmd, args) => {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { encoding: 'utf-8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { status: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

if (!existsSync(`${dist}/index.html`)) {
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
}
let failed = 0;
failed |= run(process.execPath, ['scripts/measure-js.mjs', dist, '--check']);
failed |= run(process.execPath, ['scripts/measure-css.mjs', dist]);
failed |= run(process.execPath, ['scripts/bench-simulator.mjs']);
const browser = runCapture('npx', ['playwright', 'test', 'test/e2e/simulator.spec.ts', '-g', 're-tiering 100,000 rows', '--project=timing', '--no-deps', '--reporter=list']);
failed |= browser.status;
failed |= run(process.execPath, ['scripts/bench-deck.mjs', dist]);
const sqlJson = join(mkdtempSync(join(tmpdir(), 'bench-')), 'sql.json');
failed |= run(process.execPath, ['scripts/bench-sql.mjs', `--json=${sqlJson}`]);
if (existsSync(sqlJson)) {
  const sql = JSON.parse(readFileSync(sqlJson, 'utf-8'));
  const refit = /refit 100k in the browser[^:]*: (\d+) ms/.exec(browser.out)?.[1];
  const retier = /re-tier 100k in the browser: best ([\d.]+) ms/.exec(browser.out)?.[1];
  console.log('\n导出的 SQL 与浏览器的规模对比：');
  console.log(`  DuckDB，${sql.rows.toLocaleString('en')} 行，逻辑回归打分 + 按排名分层：${Math.round(sql.ms['logistic-rank'])} ms（决策树 ${Math.round(sql.ms['tree-rank'])} ms，评分卡 ${Math.round(sql.ms['scorecard-rank'])} ms）`);
  console.log(`  浏览器，100,000 行：重新拟合 ${refit ?? '?'} ms（含 250 ms 防抖），重新分层 ${retier ?? '?'} ms`);
}
process.exit(failed ? 1 : 0);
