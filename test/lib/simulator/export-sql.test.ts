// typography-ignore-file: expected SQL text (parentheses are syntax).
/**
 * The exported SQL without an engine: portability by scanning every generated statement (every
 * model kind, both tier modes, all six dialects) for the functions and words it uses; quoting
 * and escaping per dialect; user text cannot escape a comment; bad models and options refused.
 * Execution on real DuckDB and PostgreSQL: export-sql.engines.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SQL_TABLE, exportSql, SQL_OUTPUT_COLUMNS } from '../../../src/lib/simulator/export-sql';
import { fitRun, loadCsv, tierRun, type FitInput } from '../../../src/lib/simulator/pipeline';
import { DIALECTS, SQL_DIALECTS, SQL_FUNCTIONS, commentText, doubleLiteral, type SqlDialect } from '../../../src/lib/simulator/sql-dialect';
import type { FittedModel } from '../../../src/lib/simulator/fitted-model';
import type { ModelConfig } from '../../../src/lib/simulator/adapters';
import type { TierConfig } from '../../../src/lib/simulator/tiers';

const enc = (s: string) => new TextEncoder().encode(s);

/** A small upload with hostile names: a quote, `__proto__`, spaces, a comment marker, Chinese. */
const header = ['编号', '部门', 'a"b', '__proto__', 'with space', 'x -- y', "it's", '加班', '是否流失'];
const rows = Array.from({ length: 120 }, (_, i) => [
  `K${String(i).padStart(3, '0')}`,
  ['销售', "O'Brien", 'C:\\x', 'a`b'][i % 4] as string,
  String(i % 9),
  String((i * 7) % 10),
  i % 10 === 0 ? '' : String(i % 5),
  String((i * 3) % 7),
  String(i % 4),
  i % 3 === 0 ? 'Yes' : 'No',
  (i % 5 === 0) !== (i % 7 === 0) ? '是' : '否',
]);
const csv = [header, ...rows].map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
const loaded = loadCsv(enc(csv), {}, '危险\n-- DROP TABLE x; 名字.csv');
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const mapping = [
  { id: 'engagement-drop', column: '__proto__', from: 8, to: 2 },
  { id: 'leave-increase', column: '加班', from: 0, to: 1 },
  { id: 'negative-mood', column: 'with space', from: 0, to: 4 },
];
const MODELS: ModelConfig[] = [{ kind: 'logistic' }, { kind: 'tree', maxDepth: 4, minLeaf: 5 }, { kind: 'scorecard', mapping, audience: 'employee' }];
const TIERS: TierConfig[] = [
  { mode: 'rank', shares: [5, 15, 25, 35, 20] },
  { mode: 'cutoff', cutoffs: [80, 60, 40, 20] },
];

function fitted(model: ModelConfig, tiers: TierConfig): FittedModel {
  const input: FitInput = { source: { kind: 'loaded', data: loaded.ok ? loaded.value : (undefined as never) }, model };
  const t = fitRun(input);
  if (!t.ok) throw new Error(JSON.stringify(t.errors));
  const r = tierRun(t.value, t.value.training, { tiers });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.fitted;
}

const MODELS_FITTED = MODELS.flatMap((m) => TIERS.map((t) => fitted(m, t)));

/** Code of a statement with comments, strings and quoted identifiers replaced by placeholders. */
function code(sql: string, dialect: SqlDialect): string {
  const backslash = dialect === 'spark' || dialect === 'bigquery' || dialect === 'clickhouse';
  let out = '';
  let i = 0;
  const skipQuoted = (q: string, doubling: boolean) => {
    i++;
    while (i < sql.length) {
      const ch = sql[i] as string;
      if (backslash && ch === '\\' && !(q === '`' && dialect === 'spark')) i += 2;
      else if (ch === q && doubling && sql[i + 1] === q) i += 2;
      else if (ch === q) {
        i++;
        return;
      } else i++;
    }
    throw new Error(`unterminated ${q}`);
  };
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (ch === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (ch === "'") {
      skipQuoted("'", !backslash);
      out += ' S ';
    } else if (ch === '"' && !backslash) {
      skipQuoted('"', true);
      out += ' I ';
    } else if (ch === '`' && backslash) {
      skipQuoted('`', dialect === 'spark');
      out += ' I ';
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/\b\d+(\.\d+)?(e[+-]?\d+)?\b/gi, ' N ');
}

const KEYWORDS = new Set(['WITH', 'AS', 'SELECT', 'FROM', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'IS', 'NULL', 'NOT', 'AND', 'OR', 'IN', 'CAST', 'CROSS', 'JOIN', 'OVER', 'ORDER', 'BY', 'DESC', 'ASC', 'NULLS', 'LAST', 'S', 'I', 'N']);
const TYPES = new Set(['DOUBLE', 'PRECISION', 'VARCHAR', 'STRING', 'FLOAT64', 'Nullable', 'Float64', 'String']);
const INTERNAL = /^(src|[kcvxqrob]_\d+|logit|p|risk|pos|n|lft|tier|r|b|cells|vals|features|linear|probability|scored|ranked|total|apportion|places|sizes|bounds|tiered)$/;
const NOT_CALLS = new Set(['IN', 'AS', 'OVER', 'THEN', 'ELSE', 'WHEN', 'AND', 'OR', 'NOT']);

describe('the lazily loaded chunk of 导出模型 / 导入模型', () => {
  it('offers the same generators and reader', async () => {
    const lazy = await import('../../../src/lib/simulator/model-downloads');
    expect(lazy.exportSql).toBe(exportSql);
    expect(lazy.DEFAULT_SQL_TABLE).toBe('churn_input');
    const model = MODELS_FITTED[3] as FittedModel;
    const back = lazy.readModelFile(lazy.writeModelFile(model));
    expect(back.ok && back.value).toEqual(model);
    expect(lazy.modelCard(model)).toContain('# 模型卡');
  });
});

describe('portability: the SQL uses only the allowed functions and words', () => {
  it('every statement (3 model kinds × 2 tier modes × 6 dialects) calls only exp, floor, lower, trim, count, row_number (and CAST)', () => {
    const calls = new Set<string>();
    for (const model of MODELS_FITTED) {
      for (const dialect of SQL_DIALECTS) {
        const sql = exportSql(model, { dialect });
        if (!sql.ok) throw new Error(JSON.stringify(sql.errors));
        const c = code(sql.value, dialect);
        for (const m of c.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) if (!NOT_CALLS.has(m[1] as string)) calls.add(m[1] as string);
        for (const w of c.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
          if (!(KEYWORDS.has(w) || TYPES.has(w) || INTERNAL.test(w) || SQL_FUNCTIONS.includes(w) || (SQL_OUTPUT_COLUMNS as readonly string[]).includes(w))) {
            throw new Error(`${dialect}: unexpected word “${w}”`);
          }
        }
      }
    }
    expect([...calls].filter((f) => f !== 'CAST' && f !== 'Nullable').sort()).toEqual([...SQL_FUNCTIONS].sort());
  });

  it('the only differences between dialects are the type names and the quoting', () => {
    const model = MODELS_FITTED[0] as FittedModel;
    const strip = (dialect: SqlDialect) => {
      const sql = exportSql(model, { dialect });
      if (!sql.ok) throw new Error('export');
      const d = DIALECTS[dialect];
      return code(sql.value, dialect).split(d.double).join('DBL').split(d.text).join('TXT');
    };
    const standard = strip('duckdb');
    for (const dialect of SQL_DIALECTS) expect(strip(dialect)).toBe(standard);
  });
});

describe('quoting, escaping and literals', () => {
  it('quotes identifiers and strings per dialect', () => {
    expect(DIALECTS.duckdb.ident('a"b')).toBe('"a""b"');
    expect(DIALECTS.postgres.ident('__proto__')).toBe('"__proto__"');
    expect(DIALECTS.trino.ident('员工 编号')).toBe('"员工 编号"');
    expect(DIALECTS.spark.ident('a`b')).toBe('`a``b`');
    expect(DIALECTS.bigquery.ident('a`b\\c')).toBe('`a\\`b\\\\c`');
    expect(DIALECTS.clickhouse.ident('a`b')).toBe('`a\\`b`');
    expect(DIALECTS.duckdb.string("O'Brien C:\\x")).toBe("'O''Brien C:\\x'");
    expect(DIALECTS.postgres.string('极高')).toBe("'极高'");
    expect(DIALECTS.spark.string("O'Brien C:\\x")).toBe("'O\\'Brien C:\\\\x'");
    expect(DIALECTS.bigquery.string('a\nb')).toBe("'a\\nb'");
    expect(DIALECTS.clickhouse.string("it's")).toBe("'it\\'s'");
  });

  it('writes doubles as shortest round-trip scientific literals cast to the double type', () => {
    expect(doubleLiteral(0.1, DIALECTS.duckdb)).toBe('CAST(1e-1 AS DOUBLE)');
    expect(doubleLiteral(-1234.5, DIALECTS.postgres)).toBe('CAST(-1.2345e3 AS DOUBLE PRECISION)');
    expect(doubleLiteral(5e-324, DIALECTS.bigquery)).toBe('CAST(5e-324 AS FLOAT64)');
    expect(doubleLiteral(1 / 3, DIALECTS.spark)).toBe('CAST(3.333333333333333e-1 AS DOUBLE)');
    expect(() => doubleLiteral(Number.NaN, DIALECTS.duckdb)).toThrow();
  });

  it('user text in comments cannot end the comment (file names and column names with newlines)', () => {
    expect(commentText('a\nDROP TABLE t;\r\u2028x')).toBe('a DROP TABLE t;  x');
    const model = MODELS_FITTED[0] as FittedModel;
    const sql = exportSql({ ...model, columns: model.columns }, { dialect: 'postgres' });
    if (!sql.ok) throw new Error('export');
    expect(model.trainedOn.name).toContain('\n');
    for (const l of sql.value.split('\n')) expect(l.trimStart().startsWith('-- DROP') || /^DROP/.test(l.trimStart())).toBe(false);
    expect(sql.value).toContain('-- 留存学院');
    // Hostile names are quoted where they are read.
    expect(sql.value).toContain('src."a""b"');
    expect(sql.value).toContain('src."__proto__"');
    expect(sql.value).toContain('src."with space"');
    expect(sql.value).toContain('src."x -- y"');
    expect(sql.value).toContain(`FROM "${DEFAULT_SQL_TABLE}" AS src`);
  });

  it('keys, table names and output names', () => {
    const model = MODELS_FITTED[2] as FittedModel;
    expect(model).toMatchObject({ kind: 'tree', tiers: { mode: 'rank' } });
    const sql = exportSql(model, { dialect: 'duckdb', table: ['分析', 'staff "now"'], keys: ['编号', 'risk_score'] });
    if (!sql.ok) throw new Error('export');
    expect(sql.value).toContain('FROM "分析"."staff ""now""" AS src');
    expect(sql.value).toContain('k_1 AS "编号"');
    // A key named like an output column is renamed, never duplicated.
    expect(sql.value).toContain('k_2 AS "input_risk_score"');
    expect(sql.value).toContain('ORDER BY risk DESC, k_1 ASC NULLS LAST, k_2 ASC NULLS LAST');
  });

  it('refuses a model that does not validate, an empty table name and an unknown dialect, with Chinese messages', () => {
    const model = MODELS_FITTED[0] as FittedModel;
    if (model.kind !== 'logistic') throw new Error('kind');
    const broken = { ...model, logistic: { ...model.logistic, coefficients: model.logistic.coefficients.map((c, j) => (j === 2 ? Number.NaN : c)) } };
    const r = exportSql(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'logistic.coefficients.2' });
    const t = exportSql(model, { table: ' ' });
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.errors[0]?.message).toMatch(/表名/);
    const d = exportSql(model, { dialect: 'oracle' as SqlDialect });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.errors[0]?.message).toMatch(/方言/);
  });
});
