#!/usr/bin/env node
/**
 * Prints the one-line summary "N passed, N failed" over vitest and Playwright, from their JSON
 * reports in test-results/. Called by .ci/run with npm test's exit status: when a step that is
 * not a test (type check, build, link check, coverage gate) failed, it counts as one failure so
 * the summary never reads "0 failed" for a red run.
 */
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const notes = [];

function read(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    notes.push(`${path} 无法解析`);
    return undefined;
  }
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  notes.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
} else notes.push('vitest: 没有运行或没有报告');

// The site's browser tests, then the LMS packages' (npm run test:lms).
for (const [name, file] of [['playwright', 'test-results/playwright.json'], ['playwright (LMS)', 'test-results/playwright-lms.json']]) {
  const pw = read(file);
  if (pw?.stats) {
    const ok = (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
    passed += ok;
    failed += pw.stats.unexpected ?? 0;
    notes.push(`${name}: ${ok} passed (${pw.stats.flaky ?? 0} flaky), ${pw.stats.unexpected ?? 0} failed, ${pw.stats.skipped ?? 0} skipped`);
  } else notes.push(`${name}: 没有运行或没有报告`);
}

if (status !== 0 && failed === 0) {
  failed = 1;
  notes.push('a step other than a test failed (type check, build, link check or coverage gate): counted as 1 failure');
}

for (const n of notes) console.log(n);
console.log(`${passed} passed, ${failed} failed`);
