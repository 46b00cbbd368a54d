// Benchmark of the exported SQL at warehouse scale (issue 17): fits each model kind on a 10,000-row
// customer sample with the simulator core (bundled with esbuild, as bench-simulator.mjs does),
// exports it as DuckDB SQL, loads 1,000,000 generated customers into DuckDB (@duckdb/node-api,
// in process) and times `CREATE TABLE … AS <exported SELECT>`: read, impute, encode, score, rank
// over the whole table and tier every row (tier sizes printed, so a wrong ranking shows).
// Usage: node scripts/bench-sql.mjs [--rows=1000000] [--json=out.json]
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const rowsArg = args.find((a) => a.startsWith('--rows='));
const jsonArg = args.find((a) => a.startsWith('--json='));
const ROWS = rowsArg ? Number(rowsArg.slice(7)) : 1_000_000;
const CHUNK = 200_000;

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bench-sql-'));
const entry = join(dir, 'entry.ts');
const out = join(dir, 'bundle.mjs');
const lib = (f) => JSON.stringify(join(root, 'src/lib/simulator', f));
writeFileSync(
  entry,
  [
    `export { generateSample } from ${lib('samples.ts')};`,
    `export { isNumericColumn, isCategoricalColumn } from ${lib('dataset.ts')};`,
    `export { fitRun } from ${lib('fit-run.ts')};`,
    `export { tierRun } from ${lib('tier-run.ts')};`,
    `export { exportSql } from ${lib('export-sql.ts')};`,
  ].join('\n'),
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const m = await import(pathToFileURL(out).href);

/** CSV of a generated customer sample, ids made unique across chunks. */
function chunkCsv(n, seed) {
  const t = m.generateSample('customers', n, `bench-${seed}`).table;
  const cols = t.columns;
  const lines = [cols.map((c) => c.name).join(',')];
  for (let i = 0; i < n; i++) {
    lines.push(
      cols
        .map((c) => {
          if (c.name === 'customer_id') return `C${String(seed).padStart(2, '0')}${String(i).padStart(6, '0')}`;
          if (m.isNumericColumn(c)) return String(c.values[i]);
          if (m.isCategoricalColumn(c)) return c.levels[c.codes[i]];
          return String(c.values[i]);
        })
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}

const t0 = performance.now();
const files = [];
for (let k = 0; k * CHUNK < ROWS; k++) {
  const f = join(dir, `customers-${k}.csv`);
  writeFileSync(f, chunkCsv(Math.min(CHUNK, ROWS - k * CHUNK), k));
  files.push(f);
}
const generateMs = performance.now() - t0;

const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const t1 = performance.now();
await con.run(`CREATE TABLE churn_input AS SELECT * FROM read_csv([${files.map((f) => `'${f}'`).join(', ')}], header = true)`);
const loadMs = performance.now() - t1;
const count = Number((await con.runAndReadAll('SELECT count(*) FROM churn_input')).getRows()[0][0]);
if (count !== ROWS) throw new Error(`loaded ${count} rows, expected ${ROWS}`);

const rows = [];
const results = {};
for (const [model, tiers] of [
  [{ kind: 'logistic' }, { mode: 'rank', shares: [5, 15, 25, 35, 20] }],
  [{ kind: 'logistic' }, { mode: 'cutoff', cutoffs: [80, 60, 40, 20] }],
  [{ kind: 'tree', maxDepth: 6, minLeaf: 10 }, { mode: 'rank', shares: [5, 15, 25, 35, 20] }],
  [{ kind: 'scorecard' }, { mode: 'rank', shares: [5, 15, 25, 35, 20] }],
]) {
  const trained = m.fitRun({ source: { kind: 'sample', population: 'customers', size: 10000, seed: 1 }, model });
  if (!trained.ok) throw new Error(JSON.stringify(trained.errors));
  const r = m.tierRun(trained.value, trained.value.training, { tiers });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const sql = m.exportSql(r.value.fitted, { dialect: 'duckdb', table: 'churn_input' });
  if (!sql.ok) throw new Error(JSON.stringify(sql.errors));
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const s = performance.now();
    await con.run(`CREATE OR REPLACE TABLE scored AS ${sql.value.replace(/;\s*$/, '')}`);
    best = Math.min(best, performance.now() - s);
  }
  const tierCounts = (await con.runAndReadAll('SELECT risk_tier, count(*) FROM scored GROUP BY risk_tier ORDER BY risk_tier')).getRows().map((x) => Number(x[1]));
  const label = `${model.kind} · ${tiers.mode === 'rank' ? '按排名' : '按分数线'}`;
  rows.push({ what: `DuckDB 打分 + 分层 ${ROWS.toLocaleString('en')} 行（${label}）`, ms: best.toFixed(0), 'rows/s': Math.round(ROWS / (best / 1000)).toLocaleString('en'), tiers: tierCounts.join(' / ') });
  results[`${model.kind}-${tiers.mode}`] = best;
}
console.log(`生成 ${ROWS.toLocaleString('en')} 行 CSV ${generateMs.toFixed(0)} ms；DuckDB 读入 ${loadMs.toFixed(0)} ms`);
console.table(rows);
if (jsonArg) writeFileSync(jsonArg.slice(7), JSON.stringify({ rows: ROWS, ms: results }));
rmSync(dir, { recursive: true, force: true });
