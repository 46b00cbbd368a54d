/**
 * The simulator's data in columns (typed arrays): a `Table` holds every column of a population
 * (sample or upload) with its inferred or declared kind; `Roles` say which columns are features,
 * label, value and id. Encoding into a design matrix is `encoder.ts`; the value per person is
 * `value.ts`.
 */

export type ColumnKind = 'numeric' | 'categorical' | 'boolean' | 'id' | 'constant';

export interface NumericColumn {
  name: string;
  /** Display name (Chinese for the built-in samples; the header for uploads). */
  label: string;
  kind: 'numeric' | 'boolean' | 'constant';
  /** NaN marks a missing value (internally only; never shown). Booleans are 0/1. */
  values: Float64Array;
}

export interface CategoricalColumn {
  name: string;
  label: string;
  kind: 'categorical' | 'constant';
  /** Index into `levels`; −1 marks a missing value. */
  codes: Int32Array;
  levels: string[];
}

export interface TextColumn {
  name: string;
  label: string;
  kind: 'id' | 'constant';
  values: string[];
}

export type Column = NumericColumn | CategoricalColumn | TextColumn;

export interface Table {
  n: number;
  columns: Column[];
}

/** Which columns play which role in a simulation. */
export interface Roles {
  /** Names of the feature columns, in order. */
  features: string[];
  /** Name of the 0/1 label column (1 = churned / left), if any. */
  label: string | null;
  /** Name of a column with a monetary value per row (annual value or replacement cost), if any. */
  value: string | null;
  /** Name of an id column to carry into the export, if any. */
  id: string | null;
}

export interface EncodedFeature {
  /** Encoded feature name, e.g. `Department=Sales` or `income_missing`. */
  name: string;
  /** Human-readable name, e.g. `部门 = 销售`. */
  label: string;
  /** Source column name. */
  column: string;
  kind: 'numeric' | 'boolean' | 'level' | 'missing';
  /** For `level` features, the category. */
  level?: string;
}

/** A column that describes who a person is (never a feature), for the fairness check. */
export interface SensitiveColumn {
  column: string;
  /** Display name of the column. */
  label: string;
  /** The sensitive attribute it denotes, in Chinese (年龄, 性别, …). */
  what: string;
}

export interface Design {
  n: number;
  p: number;
  /** Row-major n × p. */
  x: Float64Array;
  features: EncodedFeature[];
}

export function isNumericColumn(c: Column): c is NumericColumn {
  return 'values' in c && c.values instanceof Float64Array;
}

export function isCategoricalColumn(c: Column): c is CategoricalColumn {
  return 'codes' in c;
}

export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/** Median of the finite values (NaN skipped); 0 when there are none. */
export function medianOf(values: Float64Array): number {
  let k = 0;
  const finite = new Float64Array(values.length);
  for (const v of values) if (Number.isFinite(v)) finite[k++] = v;
  if (k === 0) return 0;
  const sorted = finite.subarray(0, k).sort();
  const mid = k >> 1;
  return k % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The 0/1 label vector from a numeric/boolean column (missing → null, the row is unlabelled). */
export function labelVector(table: Table, name: string | null): { y: Uint8Array; labelled: Uint8Array } | null {
  if (name === null) return null;
  const col = findColumn(table, name);
  if (col === undefined || !isNumericColumn(col)) return null;
  const y = new Uint8Array(table.n);
  const labelled = new Uint8Array(table.n);
  for (let i = 0; i < table.n; i++) {
    const v = col.values[i] as number;
    if (Number.isFinite(v)) {
      labelled[i] = 1;
      y[i] = v > 0 ? 1 : 0;
    }
  }
  return { y, labelled };
}

/** Mean and standard deviation of each column over the given rows (sd 1 when constant). */
export function columnStats(design: Design, rows: ArrayLike<number>): { mean: Float64Array; sd: Float64Array } {
  const { p, x } = design;
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  const m = rows.length;
  for (let r = 0; r < m; r++) {
    const base = (rows[r] as number) * p;
    for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) + (x[base + j] as number);
  }
  for (let j = 0; j < p; j++) mean[j] = m > 0 ? (mean[j] as number) / m : 0;
  for (let r = 0; r < m; r++) {
    const base = (rows[r] as number) * p;
    for (let j = 0; j < p; j++) {
      const d = (x[base + j] as number) - (mean[j] as number);
      sd[j] = (sd[j] as number) + d * d;
    }
  }
  for (let j = 0; j < p; j++) {
    const s = m > 1 ? Math.sqrt((sd[j] as number) / (m - 1)) : 0;
    sd[j] = s > 1e-12 ? s : 1;
  }
  return { mean, sd };
}
