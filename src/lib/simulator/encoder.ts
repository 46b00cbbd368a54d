/**
 * Feature encoding as a fitted, serialisable spec: how each feature column of a table becomes
 * numbers of the design matrix. The spec is learnt on the training rows only (so nothing about
 * the test rows or a later file leaks into it) and then applied to any table with the same
 * columns — the training file, its test rows, or new data scored later. The SQL and model-file
 * exports read the same spec.
 *
 * - numeric and boolean columns: one feature each; a missing value (NaN) is replaced by the
 *   column's median over the training rows and, when the training rows had any missing value, an
 *   extra 0/1 “缺失” indicator feature is added, so a missing value is handled explicitly.
 * - categorical columns: one-hot, one 0/1 feature per level seen in the training rows (all levels
 *   kept: the logistic regression is L2-regularised, so the design need not be of full rank); a
 *   missing category is its own level “(缺失)” when the training rows had one. A category never
 *   seen in training (or a missing one when training had none) sets **every** indicator of the
 *   column to 0: the row is treated as belonging to none of the known levels.
 * Standardisation (z = (x − mean) / sd) is the models' concern (logistic.ts).
 */
import { fail, fieldError, ok, type Result } from '../result';
import { echoList } from '../echo-text';
import { MAX_FEATURES } from './bounds';
import { findColumn, isCategoricalColumn, isNumericColumn, type Design, type EncodedFeature, type Table } from './dataset';

/** The level name of the missing-category indicator. */
export const MISSING_LEVEL = '（缺失）';

export type FeatureSpec =
  | {
      kind: 'numeric' | 'boolean';
      column: string;
      label: string;
      /** Median of the training rows' values, used for a missing value. */
      impute: number;
      /** Whether a 0/1 “missing” indicator feature follows. */
      missingIndicator: boolean;
    }
  | {
      kind: 'categorical';
      column: string;
      label: string;
      /** Levels seen in the training rows, in the table's level order. */
      levels: string[];
      /** Whether a “(缺失)” indicator follows the levels. */
      missingLevel: boolean;
    };

export interface EncoderSpec {
  columns: FeatureSpec[];
  /** The encoded features, in design order (derived from `columns`). */
  features: EncodedFeature[];
  /** What a category unseen in training becomes: all of the column's indicators 0. */
  unseenCategory: 'all-zero';
}

/** The encoded features of one column spec, in design order (the model-file validator rebuilds them). */
export function featuresOf(spec: FeatureSpec): EncodedFeature[] {
  if (spec.kind === 'categorical') {
    const levels = spec.missingLevel ? [...spec.levels, MISSING_LEVEL] : spec.levels;
    return levels.map((level) => ({ name: `${spec.column}=${level}`, label: `${spec.label} = ${level}`, column: spec.column, kind: 'level' as const, level }));
  }
  const out: EncodedFeature[] = [{ name: spec.column, label: spec.label, column: spec.column, kind: spec.kind }];
  if (spec.missingIndicator) out.push({ name: `${spec.column}_missing`, label: `${spec.label}（缺失）`, column: spec.column, kind: 'missing' });
  return out;
}

/** Median of the first k values (sorted natively as a typed array). */
function median(values: Float64Array, k: number): number {
  if (k === 0) return 0;
  const sorted = values.subarray(0, k).sort();
  const mid = k >> 1;
  return k % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Learn the encoding of the named feature columns on the given rows (all rows when null).
 * Refuses, before allocating anything, a design wider than MAX_FEATURES, naming the widest
 * columns.
 */
export function fitEncoder(table: Table, featureNames: readonly string[], rows: ArrayLike<number> | null = null): Result<EncoderSpec> {
  const count = rows === null ? table.n : rows.length;
  const at = rows === null ? (r: number) => r : (r: number) => rows[r] as number;
  const columns: FeatureSpec[] = [];
  for (const name of featureNames) {
    const col = findColumn(table, name);
    if (col === undefined) continue;
    if (isNumericColumn(col) && (col.kind === 'numeric' || col.kind === 'boolean')) {
      const finite = new Float64Array(count);
      let k = 0;
      let missing = false;
      for (let r = 0; r < count; r++) {
        const v = col.values[at(r)] as number;
        if (Number.isFinite(v)) finite[k++] = v;
        else missing = true;
      }
      columns.push({ kind: col.kind, column: col.name, label: col.label, impute: median(finite, k), missingIndicator: missing });
    } else if (isCategoricalColumn(col)) {
      const seen = new Uint8Array(col.levels.length);
      const order: number[] = [];
      let missing = false;
      for (let r = 0; r < count; r++) {
        const c = col.codes[at(r)] as number;
        if (c < 0) missing = true;
        else if (seen[c] === 0) {
          seen[c] = 1;
          order.push(c);
        }
      }
      order.sort((a, b) => a - b);
      columns.push({ kind: 'categorical', column: col.name, label: col.label, levels: order.map((c) => col.levels[c] as string), missingLevel: missing });
    }
  }
  const widths = columns.map((c) => (c.kind === 'categorical' ? c.levels.length + (c.missingLevel ? 1 : 0) : c.missingIndicator ? 2 : 1));
  const p = widths.reduce((a, b) => a + b, 0);
  if (p > MAX_FEATURES) {
    const wide = columns
      .map((c, k) => ({ name: c.column, width: widths[k] as number }))
      .filter((c) => c.width > 2)
      .sort((a, b) => b.width - a.width);
    const list = echoList(wide.map((c) => `${c.name}（${c.width} 个取值）`));
    const more = list.omitted > 0 ? ` 等 ${wide.length} 列` : '';
    return fail([
      fieldError(
        'features',
        `分类列按取值展开后共有 ${p.toLocaleString('zh-CN')} 个特征，超过 ${MAX_FEATURES} 个的上限（特征太多时模型要算很久，也容易过拟合）。` +
          `特征主要来自：${list.shown.join('、')}${more}。请在“各列的识别结果”里取消其中一些列的“作为特征”，或先在表格里把少见的取值合并为“其他”再上传。`,
      ),
    ]);
  }
  return ok({ columns, features: columns.flatMap(featuresOf), unseenCategory: 'all-zero' });
}

/**
 * Apply an encoding to a table: the design matrix (row-major, n × p). Every feature column must
 * exist in the table with a compatible kind; an error names the first one that does not.
 */
export function encode(spec: EncoderSpec, table: Table): Result<Design> {
  const n = table.n;
  const p = spec.features.length;
  const x = new Float64Array(n * p);
  let offset = 0;
  for (const s of spec.columns) {
    const col = findColumn(table, s.column);
    if (s.kind === 'categorical') {
      if (col === undefined || !isCategoricalColumn(col)) return fail([fieldError('features', `数据中没有可作为类别读取的列“${s.column}”。`)]);
      const index = new Map(s.levels.map((l, k) => [l, k]));
      const map = Int32Array.from(col.levels, (l) => index.get(l) ?? -1);
      const missingAt = s.missingLevel ? s.levels.length : -1;
      for (let i = 0; i < n; i++) {
        const c = col.codes[i] as number;
        const k = c < 0 ? missingAt : (map[c] as number);
        if (k >= 0) x[i * p + offset + k] = 1;
      }
      offset += s.levels.length + (s.missingLevel ? 1 : 0);
    } else {
      if (col === undefined || !isNumericColumn(col)) return fail([fieldError('features', `数据中没有可作为数值读取的列“${s.column}”。`)]);
      const values = col.values;
      for (let i = 0; i < n; i++) {
        const v = values[i] as number;
        const finite = Number.isFinite(v);
        x[i * p + offset] = finite ? v : s.impute;
        if (s.missingIndicator) x[i * p + offset + 1] = finite ? 0 : 1;
      }
      offset += s.missingIndicator ? 2 : 1;
    }
  }
  return ok({ n, p, x, features: spec.features });
}

/** Fit on all rows and encode in one step (tests, benchmarks); throws on an encoding error. */
export function encodeFeatures(table: Table, featureNames: readonly string[]): Design {
  const spec = fitEncoder(table, featureNames);
  if (!spec.ok) throw new Error(spec.errors[0]?.message);
  const design = encode(spec.value, table);
  if (!design.ok) throw new Error(design.errors[0]?.message);
  return design.value;
}
