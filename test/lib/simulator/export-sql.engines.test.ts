/**
 * The exported SQL on real engines: DuckDB (@duckdb/node-api) and PostgreSQL (PGlite, in
 * process; one instance for the whole file, its start-up is the slow part). For the employee
 * and customer samples, the IBM HR file and a file with hostile and Chinese column names, every
 * model kind and both tier modes: the same rows go through the simulator core (scoreNewData →
 * tierRun) and through the exported SQL, and must agree row for row — probability within 1e-9,
 * identical tier, tier name and intervention. The target files add rows with missing values
 * and a category never seen in training.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportSql } from '../../../src/lib/simulator/export-sql';
import { fitRun, loadCsv, scoreNewData, tierRun, type FitInput, type SimulationResult, type TrainedRun } from '../../../src/lib/simulator/pipeline';
import { generateSample } from '../../../src/lib/simulator/samples';
import { isCategoricalColumn, isNumericColumn, type Table } from '../../../src/lib/simulator/dataset';
import { DIALECTS, doubleLiteral } from '../../../src/lib/simulator/sql-dialect';
import { TIER_NAMES, type TierConfig } from '../../../src/lib/simulator/tiers';
import type { ModelConfig } from '../../../src/lib/simulator/adapters';
import { loadDuck, loadPg, openDuck, openPg, runDuck, runPg, tempCsv, type SqlRow } from './sql-engines';

const enc = (s: string) => new TextEncoder().encode(s);
const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const line = (cells: readonly string[]) => cells.map(cell).join(',');

/** A sample table as the CSV an analyst would have (numbers as JavaScript writes them, blanks for missing). */
function tableRows(table: Table): { header: string[]; rows: string[][] } {
  const header = table.columns.map((c) => c.name);
  const rows = Array.from({ length: table.n }, (_, i) =>
    table.columns.map((c) => {
      if (isNumericColumn(c)) return Number.isFinite(c.values[i]) ? String(c.values[i]) : '';
      if (isCategoricalColumn(c)) return (c.codes[i] as number) < 0 ? '' : (c.levels[c.codes[i] as number] as string);
      return String(c.values[i]);
    }),
  );
  return { header, rows };
}

function withExtras(header: string[], rows: string[][], extras: Record<string, string>[]): string {
  const extraRows = extras.map((e) => header.map((h, j) => (Object.prototype.hasOwnProperty.call(e, h) ? (e[h] as string) : (rows[0]?.[j] ?? ''))));
  return [header, ...rows, ...extraRows].map(line).join('\n') + '\n';
}

interface Dataset {
  name: string;
  key: string;
  /** Fit input per model kind. */
  fit: (model: ModelConfig) => FitInput;
  models: ModelConfig[];
  /** The file scored: the training rows plus rows with missing values and an unseen category. */
  target: Uint8Array;
}

function sampleDataset(population: 'employees' | 'customers'): Dataset {
  const s = generateSample(population, 1000, 7);
  const { header, rows } = tableRows(s.table);
  const extras =
    population === 'employees'
      ? [
          { employee_id: 'E900001', engagement: '', attendance: '' },
          { employee_id: 'E900002', department: '法务部' },
          { employee_id: 'E900003', department: '', resume_updated: '' },
          { employee_id: 'E900004', resume_updated: 'NA', pay_vs_market: '' },
        ]
      : [
          { customer_id: 'C900001', tenure_months: '', usage_trend: '' },
          { customer_id: 'C900002', segment: 'Government' },
          { customer_id: 'C900003', segment: '', price_sensitive: '' },
        ];
  return {
    name: population === 'employees' ? '员工样本' : '客户样本',
    key: population === 'employees' ? 'employee_id' : 'customer_id',
    fit: (model) => ({ source: { kind: 'sample', population, size: 1000, seed: 7 }, model }),
    models: [{ kind: 'logistic' }, { kind: 'tree', maxDepth: 5, minLeaf: 10 }, { kind: 'scorecard' }],
    target: enc(withExtras(header, rows, extras)),
  };
}

function ibmDataset(): Dataset {
  const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/ibm-hr-employee-attrition.csv', import.meta.url)));
  const loaded = loadCsv(bytes, {}, 'ibm-hr-employee-attrition.csv');
  if (!loaded.ok) throw new Error('IBM file');
  const text = new TextDecoder().decode(bytes);
  const lines = text.split('\r\n').filter((l) => l !== '');
  const header = (lines[0] as string).replace(/^\uFEFF/, '').split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const extras = [
    { EmployeeNumber: '3001', Department: 'Marketing' },
    { EmployeeNumber: '3002', MonthlyIncome: '', OverTime: '' },
    { EmployeeNumber: '3003', BusinessTravel: '', JobRole: 'Data Scientist' },
  ];
  const mapping = [
    { id: 'engagement-drop', column: 'JobInvolvement', from: 3, to: 1 },
    { id: 'leave-increase', column: 'OverTime', from: 0, to: 1 },
    { id: 'negative-mood', column: 'EnvironmentSatisfaction', from: 3, to: 1 },
    { id: 'job-search', column: 'NumCompaniesWorked', from: 2, to: 7 },
    { id: 'quality-decline', column: 'PerformanceRating', from: 4, to: 3 },
  ];
  return {
    name: 'IBM HR',
    key: 'EmployeeNumber',
    fit: (model) => ({ source: { kind: 'loaded', data: loaded.value }, model }),
    models: [{ kind: 'logistic' }, { kind: 'tree', maxDepth: 6, minLeaf: 5 }, { kind: 'scorecard', mapping, audience: 'employee' }],
    target: enc(withExtras(header, rows, extras)),
  };
}

/** Chinese column names, a quote, `__proto__`, a space, a backslash and a quote inside categories; missing values in training. */
function hostileDataset(): Dataset {
  const header = ['工号', '部门', 'a"b', '__proto__', 'with space', '加班', '满意度', '是否离职'];
  const depts = ['销售', '研发', "O'Brien 组", 'C:\\团队'];
  const rows = Array.from({ length: 300 }, (_, i) => {
    const churn = (i % 3 === 0 && i % 2 === 0) || i % 7 === 0 || (i * 31) % 13 === 0;
    return [
      `N${String(i).padStart(4, '0')}`,
      i % 17 === 0 ? '' : (depts[i % 4] as string),
      String(((i * 37) % 100) / 10),
      String(i % 7),
      i % 11 === 0 ? '' : String((i * 13) % 50),
      i % 3 === 0 ? '是' : '否',
      String(((i * 7) % 5) + 1),
      churn ? '是' : '否',
    ];
  });
  const training = enc([header, ...rows].map(line).join('\n') + '\n');
  const loaded = loadCsv(training, {}, '中文列名.csv');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const extras = [
    { 工号: 'N9001', 部门: '法务' },
    { 工号: 'N9002', 'with space': '', 加班: '' },
    { 工号: 'N9003', 部门: '', 满意度: '' },
    { 工号: 'N9004', 加班: '缺失', 'a"b': '' },
  ];
  const mapping = [
    { id: 'engagement-drop', column: '满意度', from: 4, to: 2 },
    { id: 'leave-increase', column: '加班', from: 0, to: 1 },
    { id: 'negative-mood', column: 'with space', from: 10, to: 40 },
    { id: 'long-term-withdrawal', column: '__proto__', from: 6, to: 0 },
  ];
  return {
    name: '中文与特殊列名',
    key: '工号',
    fit: (model) => ({ source: { kind: 'loaded', data: loaded.value }, model }),
    models: [{ kind: 'logistic' }, { kind: 'tree', maxDepth: 4, minLeaf: 5 }, { kind: 'scorecard', mapping, audience: 'employee' }],
    target: enc(withExtras(header, rows, extras)),
  };
}

// Two shared cores under load: an engine round trip can take seconds (never loosen an assertion, only the clock).
vi.setConfig({ testTimeout: 90_000 });

const TIERS: TierConfig[] = [
  { mode: 'rank', shares: [7, 13.5, 25, 34.5, 20] },
  { mode: 'cutoff', cutoffs: [60, 40, 20, 10] },
];

let duck: DuckDBConnection;
let pg: PGlite;
const timings: string[] = [];

beforeAll(async () => {
  const t0 = performance.now();
  [duck, pg] = await Promise.all([openDuck(), openPg()]);
  timings.push(`engines up in ${(performance.now() - t0).toFixed(0)} ms`);
}, 120_000);

afterAll(async () => {
  await pg?.close();
  console.log(`SQL export engine tests: ${timings.join('; ')}`);
});

function simulate(trained: TrainedRun, target: Uint8Array, tiers: TierConfig): SimulationResult {
  const scored = scoreNewData(trained, target, 'target.csv');
  if (!scored.ok) throw new Error(JSON.stringify(scored.errors));
  const r = tierRun(trained, scored.value, { tiers });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function compare(r: SimulationResult, rows: SqlRow[], engine: string): void {
  expect(rows).toHaveLength(r.rows.n);
  const byKey = new Map(rows.map((x) => [x.key, x]));
  expect(byKey.size).toBe(r.rows.n);
  let worst = 0;
  for (let i = 0; i < r.rows.n; i++) {
    const id = r.rows.ids[i] as string;
    const x = byKey.get(id);
    if (x === undefined) throw new Error(`${engine}: no SQL row for ${id}`);
    const p = r.rows.probability[i] as number;
    worst = Math.max(worst, Math.abs(x.probability - p));
    if (Math.abs(x.probability - p) > 1e-9) throw new Error(`${engine}: ${id} probability ${x.probability} ≠ ${p}`);
    if (Math.abs(x.risk - (r.rows.scores[i] as number)) > 1e-7) throw new Error(`${engine}: ${id} risk ${x.risk} ≠ ${r.rows.scores[i]}`);
    const t = r.rows.tiers[i] as number;
    if (x.tier !== t) throw new Error(`${engine}: ${id} tier ${x.tier} ≠ ${t} (risk ${x.risk})`);
    expect(x.tierName).toBe(TIER_NAMES[t - 1]);
    expect(x.intervention).toBe(r.plans[t - 1]?.intervention);
  }
  expect(worst).toBeLessThanOrEqual(1e-9);
  // Shares hold on the scored table: the tier sizes are the simulator's.
  const counts = [1, 2, 3, 4, 5].map((t) => rows.filter((x) => x.tier === t).length);
  expect(counts).toEqual(r.tiers.counts);
}

describe.each([sampleDataset('employees'), sampleDataset('customers'), ibmDataset(), hostileDataset()])('exported SQL on DuckDB and PostgreSQL: $name', (ds) => {
  const table = `input ${ds.name}`;
  beforeAll(async () => {
    const t0 = performance.now();
    await loadDuck(duck, table, tempCsv(ds.target));
    await loadPg(pg, table, ds.target);
    timings.push(`${ds.name} loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  }, 60_000);

  for (const model of ds.models) {
    for (const tiers of TIERS) {
      it(`${model.kind}, ${tiers.mode}: same probabilities, tiers and interventions as the simulator`, async () => {
        const trained = fitRun(ds.fit(model));
        if (!trained.ok) throw new Error(JSON.stringify(trained.errors));
        const r = simulate(trained.value, ds.target, tiers);
        const t0 = performance.now();
        const duckSql = exportSql(r.fitted, { dialect: 'duckdb', table });
        const pgSql = exportSql(r.fitted, { dialect: 'postgres', table });
        if (!duckSql.ok || !pgSql.ok) throw new Error('export');
        compare(r, await runDuck(duck, duckSql.value, ds.key), 'DuckDB');
        compare(r, await runPg(pg, pgSql.value, ds.key), 'PostgreSQL');
        timings.push(`${ds.name} ${model.kind} ${tiers.mode} ${(performance.now() - t0).toFixed(0)} ms`);
        // The rows with missing values and the unseen category are among those compared.
        expect(r.rows.n).toBeGreaterThan(r.fitted.trainedOn.rows);
      });
    }
  }
});

describe('ties in rank mode', () => {
  it('the SQL ranks equal scores by key: on a shuffled file its tiers are the simulator’s on the key-sorted file, and the tier sizes agree', async () => {
    const ds = ibmDataset();
    const trained = fitRun(ds.fit({ kind: 'tree', maxDepth: 3, minLeaf: 20 }));
    if (!trained.ok) throw new Error('fit');
    const text = new TextDecoder().decode(ds.target);
    const [head, ...body] = text.trimEnd().split('\n');
    // A fixed shuffle (a tree has many equal scores, so file order matters in the simulator).
    const shuffled = body.map((l, i) => ({ l, k: (i * 7919) % body.length })).sort((a, b) => a.k - b.k).map((x) => x.l);
    const shuffledBytes = enc([head, ...shuffled].join('\n') + '\n');
    const tiers: TierConfig = { mode: 'rank', shares: [5, 15, 25, 35, 20] };
    const sorted = simulate(trained.value, ds.target, tiers);
    const inFileOrder = simulate(trained.value, shuffledBytes, tiers);
    await loadDuck(duck, 'shuffled', tempCsv(shuffledBytes));
    await loadPg(pg, 'shuffled', shuffledBytes);
    const sql = (dialect: 'duckdb' | 'postgres') => {
      const s = exportSql(inFileOrder.fitted, { dialect, table: 'shuffled' });
      if (!s.ok) throw new Error('export');
      return s.value;
    };
    for (const rows of [await runDuck(duck, sql('duckdb'), ds.key), await runPg(pg, sql('postgres'), ds.key)]) {
      compare(sorted, rows, 'shuffled');
      const counts = [1, 2, 3, 4, 5].map((t) => rows.filter((x) => x.tier === t).length);
      expect(counts).toEqual(inFileOrder.tiers.counts);
    }
    // The shuffle does change the simulator's tiers for some tied rows (so the test can tell).
    const byId = new Map(inFileOrder.rows.ids.map((id, i) => [id, inFileOrder.rows.tiers[i]]));
    expect(sorted.rows.ids.some((id, i) => byId.get(id) !== sorted.rows.tiers[i])).toBe(true);
  });
});

describe('the README’s DuckDB example', () => {
  it('a view over read_csv named churn_input, then the downloaded SQL as it is', async () => {
    const ds = ibmDataset();
    const trained = fitRun(ds.fit({ kind: 'logistic' }));
    if (!trained.ok) throw new Error('fit');
    const r = simulate(trained.value, ds.target, { mode: 'rank', shares: [5, 15, 25, 35, 20] });
    const sql = exportSql(r.fitted);
    if (!sql.ok) throw new Error('export');
    const path = tempCsv(ds.target);
    await duck.run(`CREATE OR REPLACE VIEW churn_input AS\n  SELECT * FROM read_csv('${path}', header = true, nullstr = ['', 'NA']);`);
    compare(r, await runDuck(duck, sql.value, ds.key), 'README');
  });
});

describe('numeric literals', () => {
  it('every double reads back bit for bit in DuckDB and PostgreSQL', async () => {
    const special = [0, -0, 1, -1, 0.1, 1 / 3, Math.PI, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 1e21, 123456789012345680000, 0.30000000000000004];
    const random = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), 300);
    const values = [...special, ...random];
    for (const [dialect, run] of [
      ['duckdb', async (sql: string) => (await duck.runAndReadAll(sql)).getRows()[0] as unknown[]],
      ['postgres', async (sql: string) => Object.values((await pg.query<Record<string, unknown>>(sql)).rows[0] ?? {})],
    ] as const) {
      const rules = DIALECTS[dialect];
      const sql = `SELECT ${values.map((v, i) => `${doubleLiteral(v, rules)} AS v${i}`).join(', ')}`;
      const back = await run(sql);
      values.forEach((v, i) => {
        if (back[i] !== v && !(v === 0 && back[i] === 0)) throw new Error(`${dialect}: ${v} read back as ${String(back[i])}`);
      });
    }
  });
});
