/**
 * The few places where the engines a learner's organisation may run the exported SQL on truly
 * differ. Everything else in the generated statement is common to all six (export-sql.ts keeps
 * to `SQL_FUNCTIONS` and plain CASE / CAST / window syntax).
 *
 * | engine      | double type         | text type        | identifier          | string literal          |
 * | ----------- | ------------------- | ---------------- | ------------------- | ----------------------- |
 * | DuckDB      | DOUBLE              | VARCHAR          | "a""b"              | 'it''s' (\ is literal)  |
 * | PostgreSQL  | DOUBLE PRECISION    | VARCHAR          | "a""b"              | 'it''s' (\ is literal)  |
 * | Trino       | DOUBLE              | VARCHAR          | "a""b"              | 'it''s' (\ is literal)  |
 * | Spark SQL   | DOUBLE              | STRING           | `a``b`              | 'it\'s' (\ escapes)     |
 * | BigQuery    | FLOAT64             | STRING           | `a\`b`              | 'it\'s' (\ escapes)     |
 * | ClickHouse  | Nullable(Float64)   | Nullable(String) | `a\`b`              | 'it\'s' (\ escapes)     |
 *
 * Why each differs: PostgreSQL has no type called DOUBLE, DuckDB's FLOAT is 4 bytes, BigQuery
 * only knows FLOAT64; Spark and BigQuery read double quotes as strings and quote names with
 * backticks; Spark, BigQuery and ClickHouse treat a backslash in a string as an escape (and
 * Spark reads 'a''b' as two adjacent literals, "ab"); ClickHouse refuses to CAST a NULL to a
 * type that is not Nullable. Sources: each engine's reference manual (lexical structure, data
 * types, CAST). DuckDB and PostgreSQL are run by the tests; the other four are generated from
 * the same rules but not executed here.
 */

export const SQL_DIALECTS = ['duckdb', 'postgres', 'spark', 'bigquery', 'trino', 'clickhouse'] as const;

export type SqlDialect = (typeof SQL_DIALECTS)[number];

export interface DialectRules {
  /** Name shown in the UI and the SQL's header. */
  label: string;
  double: string;
  text: string;
  ident: (name: string) => string;
  string: (s: string) => string;
}

const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const standardString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const backslashEscaped = (s: string, quote: string) =>
  s.replace(/[\\\n\r\t\0]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' })[c] as string).split(quote).join(`\\${quote}`);
const backslashString = (s: string) => `'${backslashEscaped(s, "'")}'`;

export const DIALECTS: Readonly<Record<SqlDialect, DialectRules>> = {
  duckdb: { label: 'DuckDB', double: 'DOUBLE', text: 'VARCHAR', ident: doubleQuoted, string: standardString },
  postgres: { label: 'PostgreSQL', double: 'DOUBLE PRECISION', text: 'VARCHAR', ident: doubleQuoted, string: standardString },
  trino: { label: 'Trino', double: 'DOUBLE', text: 'VARCHAR', ident: doubleQuoted, string: standardString },
  spark: { label: 'Spark SQL', double: 'DOUBLE', text: 'STRING', ident: (n) => `\`${n.replace(/`/g, '``')}\``, string: backslashString },
  bigquery: { label: 'BigQuery', double: 'FLOAT64', text: 'STRING', ident: (n) => `\`${backslashEscaped(n, '`')}\``, string: backslashString },
  clickhouse: { label: 'ClickHouse', double: 'Nullable(Float64)', text: 'Nullable(String)', ident: (n) => `\`${backslashEscaped(n, '`')}\``, string: backslashString },
};

/**
 * The only functions the exported SQL calls (besides CAST and CASE, which are syntax). Each is in
 * DuckDB, PostgreSQL, Spark SQL, BigQuery, Trino and ClickHouse under this name, written in lower
 * case (ClickHouse's function names are case-sensitive; the others ignore case).
 */
export const SQL_FUNCTIONS: readonly string[] = ['exp', 'floor', 'lower', 'trim', 'count', 'row_number'];

/**
 * A double as a SQL literal that every engine reads back as exactly the same double: the
 * shortest round-trip digits in scientific notation (a plain decimal such as 0.1 is DECIMAL in
 * DuckDB and NUMERIC in PostgreSQL, and arithmetic on those is not IEEE arithmetic), cast to
 * the dialect's double type. Only finite numbers (the model file's validator guarantees it).
 */
export function doubleLiteral(x: number, rules: DialectRules): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return `CAST(${x.toExponential().replace('e+', 'e')} AS ${rules.double})`;
}

/** Text for a `--` comment: control characters (a newline would end the comment) become spaces. */
export function commentText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
