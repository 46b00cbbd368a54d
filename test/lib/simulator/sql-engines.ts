/**
 * Test helpers: real DuckDB (@duckdb/node-api) and real PostgreSQL (@electric-sql/pglite, Postgres
 * compiled to WebAssembly, in-process). Load a CSV the way an analyst would (DuckDB: `read_csv`
 * on the file itself; PostgreSQL: a table typed from the simulator's reading of the file —
 * numeric columns DOUBLE PRECISION, integer id columns BIGINT, everything else TEXT), run an
 * exported statement, and read the rows back as plain values keyed by the first column.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { loadCsv } from '../../../src/lib/simulator/pipeline';
import { isMissingText } from '../../../src/lib/simulator/infer';
import { readCsv } from '../../../src/lib/simulator/csv';

export interface SqlRow {
  key: string;
  risk: number;
  probability: number;
  tier: number;
  tierName: string;
  intervention: string;
}

const dir = mkdtempSync(join(tmpdir(), 'sql-export-'));
let fileNo = 0;

/** Write CSV text to a temporary file (DuckDB reads files). */
export function tempCsv(text: string | Uint8Array): string {
  const path = join(dir, `data-${++fileNo}.csv`);
  writeFileSync(path, text);
  return path;
}

const dq = (s: string) => `"${s.replace(/"/g, '""')}"`;
const sq = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function openDuck(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

export async function openPg(): Promise<PGlite> {
  return PGlite.create();
}

export async function loadDuck(con: DuckDBConnection, table: string, csvPath: string): Promise<void> {
  await con.run(`CREATE OR REPLACE TABLE ${dq(table)} AS SELECT * FROM read_csv(${sq(csvPath)}, header = true)`);
}

/** Create and fill a PostgreSQL table from CSV bytes, typed by the simulator's column inference. */
export async function loadPg(pg: PGlite, table: string, bytes: Uint8Array): Promise<void> {
  const csv = readCsv(bytes);
  const loaded = loadCsv(bytes);
  if (!csv.ok || !loaded.ok) throw new Error('test CSV does not load');
  const inference = loaded.value.inference?.columns ?? [];
  const types = csv.value.header.map((name, j) => {
    const kind = inference.find((c) => c.name === name)?.kind;
    const integers = csv.value.rows.every((r) => /^\s*-?\d+\s*$/.test(r[j] ?? '') || isMissingText(r[j] ?? ''));
    return kind === 'numeric' ? 'DOUBLE PRECISION' : kind === 'id' && integers ? 'BIGINT' : 'TEXT';
  });
  await pg.exec(`DROP TABLE IF EXISTS ${dq(table)}; CREATE TABLE ${dq(table)} (${csv.value.header.map((h, j) => `${dq(h)} ${types[j]}`).join(', ')});`);
  const rows = csv.value.rows;
  for (let start = 0; start < rows.length; start += 500) {
    const values = rows
      .slice(start, start + 500)
      // Text cells as they are (a blank cell stays '', which the SQL must read as missing, as
      // DuckDB's NULL); number cells as numbers, missing ones NULL.
      .map((r) => `(${r.map((cell, j) => (types[j] === 'TEXT' ? sq(cell) : isMissingText(cell) ? 'NULL' : sq(cell.trim()))).join(', ')})`)
      .join(',\n');
    await pg.exec(`INSERT INTO ${dq(table)} VALUES ${values};`);
  }
}

function toRow(r: Record<string, unknown>, keyName: string): SqlRow {
  const n = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));
  return {
    key: String(r[keyName]),
    risk: n(r.risk_score),
    probability: n(r.churn_probability),
    tier: n(r.risk_tier),
    tierName: r.risk_tier_name as string,
    intervention: r.recommended_intervention as string,
  };
}

export async function runDuck(con: DuckDBConnection, sql: string, keyName: string): Promise<SqlRow[]> {
  const reader = await con.runAndReadAll(sql);
  return reader.getRowObjects().map((r) => toRow(r as Record<string, unknown>, keyName));
}

export async function runPg(pg: PGlite, sql: string, keyName: string): Promise<SqlRow[]> {
  const res = await pg.query<Record<string, unknown>>(sql);
  return res.rows.map((r) => toRow(r, keyName));
}
