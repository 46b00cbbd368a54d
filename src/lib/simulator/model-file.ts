/**
 * The model file: a fitted model (fitted-model.ts) as versioned JSON, and the strict reader that
 * turns a file a learner chose back into a model the simulator can score with.
 *
 * Format `retention-academy/churn-model`, version `MODEL_VERSION` (1). The file is the fitted
 * model object itself: `format`, `version`, `kind` (logistic | tree | scorecard), `population`,
 * `trainedOn` (training-file summary: name, rows, labels, split), `key` (id column), `columns`
 * (how each raw column is read), `excludedSensitive`, `tiers` (rank shares or cut-offs),
 * `testMetrics` (AUC, top-tier lift) and the kind's parameters: `encoder` (imputation medians,
 * missing flags, category levels) with `logistic` (intercept, coefficients, mean, sd) or `tree`
 * (node arrays), or `scorecard` (signals and per-tier calibration). It never holds a training row.
 *
 * The reader trusts nothing: the file comes from a user. It refuses, with typed errors in
 * Chinese naming the field, a file that is not JSON, too large, of another format, of a future
 * version, with unknown or missing fields, non-finite numbers, inconsistent lengths, a tree that
 * is not a tree (every child after its parent, one parent each, depth within bounds), or a
 * column a feature needs but the file does not say how to read. It builds fresh objects from the
 * fields it checked, so nothing else in the file reaches the simulator.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { withinBound, MAX_FEATURES, MAX_MODEL_FILE_BYTES } from './bounds';
import { featuresOf, type EncoderSpec, type FeatureSpec } from './encoder';
import { MODEL_FORMAT, MODEL_VERSION, type FittedModel, type LogisticParams, type ScorecardParams, type TrainingSummary, type TreeParams } from './fitted-model';
import type { ColumnReading } from './load';
import type { ScorecardSignal } from './scorecard';
import { TIER_COUNT, validateTierConfig, type TierConfig } from './tiers';

export { MAX_MODEL_FILE_BYTES };
/** Longest text field (names, labels, levels). */
const MAX_TEXT = 2000;
/** Most nodes of a tree of depth ≤ 12. */
const MAX_NODES = 2 ** 13 - 1;
const MAX_COLUMNS = 1000;
const MAX_ERRORS = 12;

type Obj = Record<string, unknown>;

class Checker {
  errors: FieldError[] = [];
  err(field: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(fieldError(field, message));
  }
  obj(v: unknown, field: string, keys: readonly string[], optional: readonly string[] = []): Obj | null {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.err(field, `“${field}”应是一个对象。`);
      return null;
    }
    const o = v as Obj;
    for (const k of Object.keys(o)) if (!keys.includes(k) && !optional.includes(k)) this.err(`${field}.${k}`, `模型文件中有无法识别的字段“${field}.${k.slice(0, 40)}”。`);
    for (const k of keys) if (!Object.prototype.hasOwnProperty.call(o, k)) this.err(`${field}.${k}`, `模型文件缺少字段“${field}.${k}”。`);
    return o;
  }
  str(v: unknown, field: string, max = MAX_TEXT): string {
    if (typeof v !== 'string' || v.length > max) {
      this.err(field, `“${field}”应是不超过 ${max} 个字符的文本。`);
      return '';
    }
    return v;
  }
  strOrNull(v: unknown, field: string): string | null {
    return v === null ? null : this.str(v, field);
  }
  num(v: unknown, field: string, min = -Infinity, max = Infinity): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      this.err(field, `“${field}”应是${min === -Infinity && max === Infinity ? '一个有限的数' : `${min}–${max} 之间的数`}。`);
      return 0;
    }
    return v;
  }
  int(v: unknown, field: string, min: number, max: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.err(field, `“${field}”应是 ${min}–${max} 之间的整数。`);
      return min;
    }
    return v;
  }
  bool(v: unknown, field: string): boolean {
    if (typeof v !== 'boolean') {
      this.err(field, `“${field}”应是 true 或 false。`);
      return false;
    }
    return v;
  }
  oneOf<T extends string>(v: unknown, field: string, values: readonly T[]): T {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.err(field, `“${field}”应是 ${values.join('、')} 之一。`);
      return values[0] as T;
    }
    return v as T;
  }
  arr(v: unknown, field: string, min: number, max: number): unknown[] {
    if (!Array.isArray(v) || v.length < min || v.length > max) {
      this.err(field, `“${field}”应是包含 ${min === max ? min : `${min}–${max}`} 项的列表。`);
      return [];
    }
    return v;
  }
  nums(v: unknown, field: string, length: number, min = -Infinity, max = Infinity): number[] {
    return this.arr(v, field, length, length).map((x, i) => this.num(x, `${field}.${i}`, min, max));
  }
  ints(v: unknown, field: string, length: number, min: number, max: number): number[] {
    return this.arr(v, field, length, length).map((x, i) => this.int(x, `${field}.${i}`, min, max));
  }
  strs(v: unknown, field: string, max: number): string[] {
    return this.arr(v, field, 0, max).map((x, i) => this.str(x, `${field}.${i}`));
  }
}

function trainingSummary(c: Checker, v: unknown): TrainingSummary {
  const f = 'trainedOn';
  const o = c.obj(v, f, ['name', 'source', 'rows', 'labelled', 'churners', 'label', 'trainRows', 'testRows', 'splitSeed', 'trainShare']) ?? {};
  const rows = c.int(o.rows, `${f}.rows`, 0, 1e9);
  const labelled = c.int(o.labelled, `${f}.labelled`, 0, rows);
  const seed = o.splitSeed;
  return {
    name: c.str(o.name, `${f}.name`),
    source: c.oneOf(o.source, `${f}.source`, ['sample', 'csv', 'table'] as const),
    rows,
    labelled,
    churners: c.int(o.churners, `${f}.churners`, 0, labelled),
    label: c.strOrNull(o.label, `${f}.label`),
    trainRows: c.int(o.trainRows, `${f}.trainRows`, 0, rows),
    testRows: c.int(o.testRows, `${f}.testRows`, 0, rows),
    splitSeed: typeof seed === 'number' ? c.num(seed, `${f}.splitSeed`) : c.str(seed, `${f}.splitSeed`, 64),
    trainShare: c.num(o.trainShare, `${f}.trainShare`, 0, 1),
  };
}

function columnReadings(c: Checker, v: unknown): ColumnReading[] {
  const out = c.arr(v, 'columns', 1, MAX_COLUMNS).map((x, i): ColumnReading => {
    const f = `columns.${i}`;
    const o = c.obj(x, f, ['name', 'kind'], ['trueTexts', 'decimalComma']) ?? {};
    const r: ColumnReading = { name: c.str(o.name, `${f}.name`), kind: c.oneOf(o.kind, `${f}.kind`, ['numeric', 'boolean', 'categorical'] as const) };
    if (o.trueTexts !== undefined) {
      if (r.kind !== 'boolean') c.err(`${f}.trueTexts`, `只有是/否列才有“${f}.trueTexts”。`);
      r.trueTexts = c.strs(o.trueTexts, `${f}.trueTexts`, 100);
    }
    if (o.decimalComma !== undefined) {
      if (r.kind !== 'numeric') c.err(`${f}.decimalComma`, `只有数值列才有“${f}.decimalComma”。`);
      if (c.bool(o.decimalComma, `${f}.decimalComma`)) r.decimalComma = true;
    }
    return r;
  });
  const names = new Set<string>();
  out.forEach((r, i) => {
    if (names.has(r.name)) c.err(`columns.${i}.name`, `列“${r.name.slice(0, 40)}”在“columns”中出现了两次。`);
    names.add(r.name);
  });
  return out;
}

function tierConfig(c: Checker, v: unknown): TierConfig {
  const o = c.obj(v, 'tiers', ['mode'], ['shares', 'cutoffs']) ?? {};
  const mode = c.oneOf(o.mode, 'tiers.mode', ['rank', 'cutoff'] as const);
  const config: TierConfig = mode === 'rank' ? { mode, shares: c.nums(o.shares, 'tiers.shares', TIER_COUNT, 0, 100) } : { mode, cutoffs: c.nums(o.cutoffs, 'tiers.cutoffs', TIER_COUNT - 1, 0, 100) };
  if ((mode === 'rank' && o.cutoffs !== undefined) || (mode === 'cutoff' && o.shares !== undefined)) c.err('tiers', '“tiers”的分层方式与所给的占比或分数线不符。');
  if (c.errors.length === 0) {
    const valid = validateTierConfig(config);
    if (!valid.ok) for (const e of valid.errors) c.err(`tiers.${e.field}`, e.message);
  }
  return config;
}

function encoderSpec(c: Checker, v: unknown, readings: readonly ColumnReading[]): EncoderSpec {
  const o = c.obj(v, 'encoder', ['columns', 'features', 'unseenCategory']) ?? {};
  if (o.unseenCategory !== 'all-zero') c.err('encoder.unseenCategory', '“encoder.unseenCategory”只能是 all-zero。');
  const byName = new Map(readings.map((r) => [r.name, r]));
  const seen = new Set<string>();
  const columns = c.arr(o.columns, 'encoder.columns', 1, MAX_FEATURES).map((x, i): FeatureSpec => {
    const f = `encoder.columns.${i}`;
    const kind = c.oneOf(typeof x === 'object' && x !== null ? (x as Obj).kind : undefined, `${f}.kind`, ['numeric', 'boolean', 'categorical'] as const);
    let spec: FeatureSpec;
    if (kind === 'categorical') {
      const s = c.obj(x, f, ['kind', 'column', 'label', 'levels', 'missingLevel']) ?? {};
      const levels = c.strs(s.levels, `${f}.levels`, MAX_FEATURES);
      if (new Set(levels).size !== levels.length) c.err(`${f}.levels`, `“${f}.levels”中有重复的类别。`);
      spec = { kind, column: c.str(s.column, `${f}.column`), label: c.str(s.label, `${f}.label`), levels, missingLevel: c.bool(s.missingLevel, `${f}.missingLevel`) };
    } else {
      const s = c.obj(x, f, ['kind', 'column', 'label', 'impute', 'missingIndicator']) ?? {};
      spec = { kind, column: c.str(s.column, `${f}.column`), label: c.str(s.label, `${f}.label`), impute: c.num(s.impute, `${f}.impute`), missingIndicator: c.bool(s.missingIndicator, `${f}.missingIndicator`) };
    }
    const r = byName.get(spec.column);
    if (r === undefined || r.kind !== spec.kind) c.err(`${f}.column`, `特征列“${spec.column.slice(0, 40)}”在“columns”中没有对应的${kind === 'categorical' ? '类别' : kind === 'boolean' ? '是/否' : '数值'}列读法。`);
    if (seen.has(spec.column)) c.err(`${f}.column`, `特征列“${spec.column.slice(0, 40)}”出现了两次。`);
    seen.add(spec.column);
    return spec;
  });
  const features = columns.flatMap(featuresOf);
  if (features.length === 0 || features.length > MAX_FEATURES) c.err('encoder.columns', `模型的特征数须在 1–${MAX_FEATURES} 之间。`);
  if (c.errors.length === 0 && JSON.stringify(o.features) !== JSON.stringify(features)) c.err('encoder.features', '“encoder.features”与“encoder.columns”不一致。');
  return { columns, features, unseenCategory: 'all-zero' };
}

function logisticParams(c: Checker, v: unknown, p: number): LogisticParams {
  const f = 'logistic';
  const o = c.obj(v, f, ['intercept', 'coefficients', 'mean', 'sd', 'lambda', 'iterations', 'converged']) ?? {};
  const sd = c.nums(o.sd, `${f}.sd`, p);
  sd.forEach((s, j) => {
    if (!(s > 0)) c.err(`${f}.sd.${j}`, `“${f}.sd.${j}”（标准差）须大于 0。`);
  });
  return {
    intercept: c.num(o.intercept, `${f}.intercept`),
    coefficients: c.nums(o.coefficients, `${f}.coefficients`, p),
    mean: c.nums(o.mean, `${f}.mean`, p),
    sd,
    lambda: c.num(o.lambda, `${f}.lambda`, 0, 1e6),
    iterations: c.int(o.iterations, `${f}.iterations`, 0, 1e6),
    converged: c.bool(o.converged, `${f}.converged`),
  };
}

function treeParams(c: Checker, v: unknown, p: number): TreeParams {
  const f = 'tree';
  const o = c.obj(v, f, ['feature', 'threshold', 'left', 'right', 'count', 'positives', 'depth', 'importance', 'maxDepth', 'minLeaf']) ?? {};
  const maxDepth = c.int(o.maxDepth, `${f}.maxDepth`, 1, 12);
  const nodes = c.arr(o.feature, `${f}.feature`, 1, MAX_NODES).length;
  const t: TreeParams = {
    feature: c.ints(o.feature, `${f}.feature`, nodes, -1, p - 1),
    threshold: c.nums(o.threshold, `${f}.threshold`, nodes),
    left: c.ints(o.left, `${f}.left`, nodes, -1, nodes - 1),
    right: c.ints(o.right, `${f}.right`, nodes, -1, nodes - 1),
    count: c.ints(o.count, `${f}.count`, nodes, 0, 1e9),
    positives: c.ints(o.positives, `${f}.positives`, nodes, 0, 1e9),
    depth: c.ints(o.depth, `${f}.depth`, nodes, 0, maxDepth),
    importance: c.nums(o.importance, `${f}.importance`, p, 0, 1),
    maxDepth,
    minLeaf: c.int(o.minLeaf, `${f}.minLeaf`, 1, 1e9),
  };
  if (c.errors.length > 0) return t;
  // A tree: the root at depth 0; each inner node's two children come after it, have no other
  // parent and sit one level deeper; a leaf has no children. So every walk ends.
  const parents = new Int32Array(nodes);
  if (t.depth[0] !== 0) c.err(`${f}.depth.0`, '树的根节点深度须为 0。');
  for (let i = 0; i < nodes; i++) {
    const leaf = t.feature[i] === -1;
    const l = t.left[i] as number;
    const r = t.right[i] as number;
    if ((t.positives[i] as number) > (t.count[i] as number)) c.err(`${f}.positives.${i}`, `节点 ${i} 的流失人数多于节点人数。`);
    if (leaf) {
      if (l !== -1 || r !== -1) c.err(`${f}.left.${i}`, `叶子节点 ${i} 不应有子节点。`);
      continue;
    }
    if (!(l > i && r > i && l !== r)) {
      c.err(`${f}.left.${i}`, `节点 ${i} 的子节点编号无效（子节点须排在父节点之后）。`);
      continue;
    }
    for (const ch of [l, r]) {
      parents[ch] = (parents[ch] as number) + 1;
      if (t.depth[ch] !== (t.depth[i] as number) + 1) c.err(`${f}.depth.${ch}`, `节点 ${ch} 的深度与其父节点不符。`);
    }
  }
  for (let i = 1; i < nodes; i++) if (parents[i] !== 1) c.err(`${f}.left`, `节点 ${i} 须恰好有一个父节点。`);
  return t;
}

function scorecardParams(c: Checker, v: unknown, readings: readonly ColumnReading[]): ScorecardParams {
  const f = 'scorecard';
  const o = c.obj(v, f, ['signals', 'calibration']) ?? {};
  const byName = new Map(readings.map((r) => [r.name, r]));
  let total = 0;
  const signals = c.arr(o.signals, `${f}.signals`, 1, 50).map((x, i): ScorecardSignal => {
    const g = `${f}.signals.${i}`;
    const s = c.obj(x, g, ['id', 'label', 'column', 'from', 'to', 'weight', 'group']) ?? {};
    const signal: ScorecardSignal = {
      id: c.str(s.id, `${g}.id`, 100),
      label: c.str(s.label, `${g}.label`),
      column: c.str(s.column, `${g}.column`),
      from: c.num(s.from, `${g}.from`),
      to: c.num(s.to, `${g}.to`),
      weight: c.num(s.weight, `${g}.weight`),
      group: c.str(s.group, `${g}.group`, 100),
    };
    if (!withinBound('weight', signal.weight)) c.err(`${g}.weight`, `“${g}.weight”须在 0–10 之间。`);
    else total += signal.weight;
    if (signal.from === signal.to || !Number.isFinite(signal.to - signal.from)) c.err(`${g}.to`, `“${g}”的起止值须为两个不同的数。`);
    const r = byName.get(signal.column);
    if (r === undefined || r.kind === 'categorical') c.err(`${g}.column`, `信号列“${signal.column.slice(0, 40)}”在“columns”中没有对应的数值或是/否列读法。`);
    return signal;
  });
  if (signals.length > 0 && total <= 0) c.err(`${f}.signals`, '评分卡的权重不能全为 0。');
  const calibration = o.calibration === null ? null : c.nums(o.calibration, `${f}.calibration`, TIER_COUNT, 0, 1);
  return { signals, calibration };
}

/** Check an object (parsed JSON, or a model from the simulator) and rebuild it as a FittedModel. */
export function validateModel(v: unknown): Result<FittedModel> {
  const c = new Checker();
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail([fieldError('file', '这不是留存学院的模型文件（内容不是一个 JSON 对象）。')]);
  const head = v as Obj;
  if (head.format !== MODEL_FORMAT) return fail([fieldError('format', '这不是留存学院的模型文件（缺少“format: retention-academy/churn-model”）。请选择在模拟器中用“导出模型”下载的 .json 文件。')]);
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) return fail([fieldError('version', '模型文件的版本号无效，文件可能已损坏。')]);
  if (head.version > MODEL_VERSION) {
    return fail([fieldError('version', `这个模型文件是第 ${head.version} 版格式，来自更新版本的留存学院；本页面只能读取第 ${MODEL_VERSION} 版。请刷新页面（或更新离线副本）后再导入。`)]);
  }
  const kind = c.oneOf(head.kind, 'kind', ['logistic', 'tree', 'scorecard'] as const);
  if (c.errors.length > 0) return fail(c.errors);
  const common = ['format', 'version', 'kind', 'population', 'trainedOn', 'key', 'columns', 'excludedSensitive', 'tiers', 'testMetrics'];
  const o = c.obj(v, 'model', kind === 'scorecard' ? [...common, 'scorecard'] : [...common, 'encoder', kind]) ?? {};
  // Field paths without the “model.” prefix read better.
  c.errors = c.errors.map((e) => ({ ...e, field: e.field.replace(/^model\./, ''), message: e.message.replace(/“model\./g, '“') }));
  const population = o.population === null ? null : c.oneOf(o.population, 'population', ['employees', 'customers'] as const);
  const trainedOn = trainingSummary(c, o.trainedOn);
  const key = c.strOrNull(o.key, 'key');
  const columns = columnReadings(c, o.columns);
  const excludedSensitive = c.strs(o.excludedSensitive, 'excludedSensitive', MAX_COLUMNS);
  const tiers = tierConfig(c, o.tiers);
  let testMetrics: FittedModel['testMetrics'] = null;
  if (o.testMetrics !== null) {
    const t = c.obj(o.testMetrics, 'testMetrics', ['auc', 'topTierLift']) ?? {};
    testMetrics = { auc: c.num(t.auc, 'testMetrics.auc', 0, 1), topTierLift: c.num(t.topTierLift, 'testMetrics.topTierLift', 0, 1e6) };
  }
  const base = { format: MODEL_FORMAT, version: MODEL_VERSION, population, trainedOn, key, columns, excludedSensitive, tiers, testMetrics } as const;
  let model: FittedModel;
  if (kind === 'scorecard') model = { ...base, kind, scorecard: scorecardParams(c, o.scorecard, columns) };
  else {
    const encoder = encoderSpec(c, o.encoder, columns);
    const p = encoder.features.length;
    model = kind === 'logistic' ? { ...base, kind, encoder, logistic: logisticParams(c, o.logistic, p) } : { ...base, kind, encoder, tree: treeParams(c, o.tree, p) };
  }
  return c.errors.length > 0 ? fail(c.errors) : ok(model);
}

/** A model as the text of its model file (pretty JSON; arrays of numbers on one line). */
export function writeModelFile(model: FittedModel): string {
  // Newlines only ever separate JSON tokens (inside strings they are escaped), so collapsing
  // the ones inside a bracket pair without nested brackets changes whitespace only.
  return `${JSON.stringify(model, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s*\n\s*/g, ' ')}]`)}\n`;
}

/** Read a model file's text (as chosen by the learner) into a model, or say why it cannot. */
export function readModelFile(text: string): Result<FittedModel> {
  if (text.length > MAX_MODEL_FILE_BYTES) return fail([fieldError('file', `模型文件超过 ${MAX_MODEL_FILE_BYTES / 1024 / 1024} MB，不像是留存学院导出的模型。`)]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail([fieldError('file', '文件不是有效的 JSON：可能已损坏、被截断，或不是模型文件。请重新导出后再导入。')]);
  }
  return validateModel(parsed);
}
