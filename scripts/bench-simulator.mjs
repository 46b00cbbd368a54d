// Benchmark of the simulator core (issue 7 and issue 14 quality bars): bundles src/lib/simulator
// with esbuild into a temporary .mjs, then times sample generation, scoring + tiering of 100k
// rows, fitting the logistic regression and the tree on 10k rows × 20 features, a refit at 100k
// rows (fitRun: load → fit → score → evaluate → drivers) and a re-tier at 100k rows without
// refitting (tierRun: tiers → economics → budget → drivers → fairness).
// Usage: node scripts/bench-simulator.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bench-simulator-'));
const entry = join(dir, 'entry.ts');
const out = join(dir, 'bundle.mjs');
const lib = (f) => JSON.stringify(join(root, 'src/lib/simulator', f));
writeFileSync(
  entry,
  [
    `export * from ${lib('samples.ts')};`,
    `export * from ${lib('dataset.ts')};`,
    `export * from ${lib('encoder.ts')};`,
    `export { fitRun } from ${lib('fit-run.ts')};`,
    `export { tierRun } from ${lib('tier-run.ts')};`,
    `export * from ${lib('logistic.ts')};`,
    `export * from ${lib('tree.ts')};`,
    `export * from ${lib('tiers.ts')};`,
    `export * from ${lib('split.ts')};`,
    `export * from ${lib('scorecard.ts')};`,
    `export { runSimulation } from ${lib('pipeline.ts')};`,
  ].join('\n'),
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const m = await import(pathToFileURL(out).href);

/** Best of `runs` timings (ms), after one warm-up, and the last result. */
function time(fn, runs = 5) {
  let result = fn();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

const rows = [];
const add = (what, ms, bar) => rows.push({ what, ms: ms.toFixed(1), bar: bar === null ? '' : `≤ ${bar}`, ok: bar === null ? '' : ms <= bar ? '✓' : '✗' });

const gen = time(() => m.generateSample('customers', 100000, 1), 3);
add('生成 100k 客户样本', gen.ms, null);
const genE = time(() => m.generateSample('employees', 100000, 1), 3);
add('生成 100k 员工样本', genE.ms, null);

// Score + tier 100k rows with a fitted logistic model (design already encoded).
const big = gen.result;
const design100k = time(() => m.encodeFeatures(big.table, big.roles.features), 3);
add('编码 100k 行特征', design100k.ms, null);
const y100k = m.labelVector(big.table, big.roles.label).y;
const trainIdx = Int32Array.from({ length: 10000 }, (_, i) => i);
const lr = m.fitLogistic(design100k.result, y100k, trainIdx);
const scoreTier = time(() => {
  const p = m.predictLogistic(lr, design100k.result);
  return m.tiersByRank(p, m.DEFAULT_TIER_SHARES);
});
add('逻辑回归打分 + 分层 100k 行', scoreTier.ms, 200);
const sc = time(() => {
  const r = m.scoreScorecard(big.table, m.sampleSignals('customers'));
  return m.tiersByRank(r.risk, m.DEFAULT_TIER_SHARES);
});
add('评分卡打分 + 分层 100k 行', sc.ms, 200);

// 10k × 20 features: employees sample (10 columns → 14 encoded) plus 6 noise columns.
const s10 = m.generateSample('employees', 10000, 2);
const base = m.encodeFeatures(s10.table, s10.roles.features);
const p = 20;
const x = new Float64Array(10000 * p);
for (let i = 0; i < 10000; i++) {
  for (let j = 0; j < p; j++) x[i * p + j] = j < base.p ? base.x[i * base.p + j] : Math.sin(i * (j + 1) * 0.37);
}
const features = Array.from({ length: p }, (_, j) => base.features[j] ?? { name: `noise${j}`, label: `噪声${j}`, column: `noise${j}`, kind: 'numeric' });
const d20 = { n: 10000, p, x, features };
const y10 = m.labelVector(s10.table, s10.roles.label).y;
const all = Int32Array.from({ length: 10000 }, (_, i) => i);
const fitL = time(() => m.fitLogistic(d20, y10, all), 3);
add(`拟合逻辑回归 10k × ${p}（${fitL.result.iterations} 次牛顿迭代）`, fitL.ms, 1000);
const fitT = time(() => m.fitTree(d20, y10, all, { maxDepth: 5, minLeaf: 10 }), 3);
add('拟合决策树 10k × 20（深度 5，最小叶子 10）', fitT.ms, 1000);

for (const model of [{ kind: 'logistic' }, { kind: 'tree' }, { kind: 'scorecard' }]) {
  const source = { kind: 'sample', population: 'customers', size: 100000, seed: 1 };
  const fit = time(() => m.fitRun({ source, model }), 2);
  add(`重新拟合 100k 客户（${model.kind}，含生成样本）`, fit.ms, 1500);
  let k = 0;
  const retier = time(() => m.tierRun(fit.result.value, fit.result.value.training, { tiers: { mode: 'rank', shares: [5 + (k % 2), 15, 25, 35, 20 - (k++ % 2)] }, budget: 1e6 }), 5);
  add(`重新分层 100k 客户（${model.kind}，不重新拟合，含预算与公平性）`, retier.ms, 100);
  const run = time(() => m.runSimulation({ source, model, budget: 1e6 }), 1);
  add(`完整模拟 100k 客户（${model.kind}）`, run.ms, null);
}
const retierE = (() => {
  const fit = m.fitRun({ source: { kind: 'sample', population: 'employees', size: 100000, seed: 1 }, model: { kind: 'logistic' } });
  return time(() => m.tierRun(fit.value, fit.value.training, { budget: 1e6 }), 5);
})();
add('重新分层 100k 员工（logistic，含公平性核对）', retierE.ms, 100);

console.table(rows);
rmSync(dir, { recursive: true, force: true });
if (rows.some((r) => r.ok === '✗')) process.exitCode = 1;
