/**
 * One home for the simulator's limits: the range of every parameter a learner can set (read by
 * the URL parser, the pipeline's validation and the controls), and the size limits of uploads.
 * A leaf module with no imports, so the island can use it without pulling the CSV parser into
 * its chunk.
 */

export interface Bound {
  min: number;
  max: number;
  integer: boolean;
  /** The parameter's Chinese name in messages. */
  label: string;
  /** Unit shown after the range in messages ('' for none). */
  unit: string;
}

export const BOUNDS = {
  lambda: { min: 0, max: 1000, integer: false, label: '正则化强度 λ', unit: '' },
  depth: { min: 1, max: 12, integer: true, label: '树深度', unit: '' },
  minLeaf: { min: 1, max: 5000, integer: true, label: '最小叶子样本数', unit: '' },
  weight: { min: 0, max: 10, integer: false, label: '信号权重', unit: '' },
  share: { min: 0, max: 100, integer: false, label: '层级占比', unit: '%' },
  cutoff: { min: 0, max: 100, integer: false, label: '分数线', unit: '' },
  cost: { min: 0, max: 1e9, integer: false, label: '人均成本', unit: '元' },
  success: { min: 0, max: 100, integer: false, label: '干预成功率（增量）', unit: '%' },
  budget: { min: 0, max: 1e12, integer: false, label: '预算', unit: '元' },
  /** Replacement cost as a percentage of annual salary. */
  replacementPercent: { min: 0, max: 1000, integer: false, label: '替换成本占年薪的比例', unit: '%' },
  /** Expected years of a customer relationship, for a simple CLV. */
  years: { min: 0, max: 50, integer: false, label: '预期合作年数', unit: '年' },
  /** A fixed value per person when the data has no value column. */
  fixedValue: { min: 0, max: 1e9, integer: false, label: '每人价值', unit: '元' },
  /** A signal threshold of the upload scorecard (any finite number). */
  threshold: { min: -1e12, max: 1e12, integer: false, label: '信号阈值', unit: '' },
} as const satisfies Record<string, Bound>;

export type BoundName = keyof typeof BOUNDS;

/** Whether v is within a bound (and whole, when the bound asks for it). */
export function withinBound(name: BoundName, v: number): boolean {
  const b: Bound = BOUNDS[name];
  return Number.isFinite(v) && v >= b.min && v <= b.max && (!b.integer || Number.isInteger(v));
}

/** The Chinese message for a value outside a bound, e.g. "树深度须为 1–12 之间的整数". */
export function boundMessage(name: BoundName): string {
  const b: Bound = BOUNDS[name];
  const n = (x: number) => (x >= 1e12 ? `${x / 1e12}万亿` : x >= 1e8 ? `${x / 1e8}亿` : x.toLocaleString('zh-CN'));
  if (name === 'threshold') return `${b.label}须为数字`;
  return `${b.label}须为 ${n(b.min)}–${n(b.max)}${b.unit === '' ? '' : ` ${b.unit}`} 之间的${b.integer ? '整数' : '数'}`;
}

/** Seeds of the sample and of the train/test split: 1–32 letters, digits, `_` or `-`. */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Largest upload, in bytes (issue 7). */
export const MAX_BYTES = 50 * 1024 * 1024;
/** Most data rows of an upload (issue 7). */
export const MAX_ROWS = 200_000;
/** Largest model file read by 导入模型 (a depth-12 tree over 200 features is well under 2 MB). */
export const MAX_MODEL_FILE_BYTES = 5 * 1024 * 1024;
/** A text column with more distinct values than this is not used as a category. */
export const MAX_LEVELS = 50;
/**
 * Most model features after one-hot encoding. Logistic regression costs about n · p² per Newton
 * step, so 200 features on 140,000 training rows is already several seconds per step; wider
 * designs are refused before any work, naming the columns that make them wide.
 */
export const MAX_FEATURES = 200;
