/**
 * One entry point for the simulator Worker: data (sample, uploaded CSV bytes or an already
 * loaded table) → features → seeded stratified 70/30 split → model → scores for every row →
 * evaluation on the test rows → tiers → interventions and ROI → budget → drivers → chart data.
 *
 * Synchronous and pure (no DOM, no Worker API): the Worker calls `runSimulation(input, onProgress)`
 * and posts each progress report and the result (typed arrays are transferable). A run can be
 * cancelled between stages by `options.isCancelled` (or by terminating the Worker).
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { chooseWithinBudget, type BudgetResult } from './budget';
import { readCsv, type MalformedRow, type TextEncodingName } from './csv';
import { tieredListCsv } from './export-csv';
import {
  encodeFeatures,
  findColumn,
  labelVector,
  valueVector,
  type Design,
  type EncodedFeature,
  type Roles,
  type Table,
} from './dataset';
import {
  driverView,
  groupForColumn,
  logisticContributions,
  scorecardContributions,
  treeContributions,
  type ContributionSource,
  type DriverView,
} from './drivers';
import {
  classificationMetrics,
  confusionMatrix,
  gainsCurve,
  rocAuc,
  rocCurve,
  type ClassificationMetrics,
  type GainsPoint,
  type RocPoint,
} from './evaluate';
import { applyOverrides, buildTable, inferSchema, type Inference, type Overrides } from './infer';
import { defaultPlans, summariseTiers, validatePlans, type TierPlan, type TierSummary } from './interventions';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic';
import { generateSample, type Population } from './samples';
import { defaultSignals, scoreScorecard, validateSignals, type Signal } from './scorecard';
import type { Scenario } from './scenario';
import { stratifiedSplit } from './split';
import { rankOrder, TIER_NAMES, tiersByCutoffs, tiersByRank, validateCutoffs, validateShares } from './tiers';
import { exportTree, fitTree, leafRules, predictTree, type LeafRule, type TreeModel, type TreeNodeView } from './tree';

export type DataSource =
  | { kind: 'sample'; population: Population; size: number; seed: string | number }
  | { kind: 'csv'; bytes: Uint8Array; overrides?: Overrides }
  | { kind: 'table'; table: Table; roles: Roles; population?: Population | null }
  /** An upload already read by `loadCsv` (so changing a parameter does not re-parse the file). */
  | { kind: 'loaded'; data: LoadedData };

export type ModelConfig =
  | { kind: 'logistic'; lambda?: number }
  | { kind: 'tree'; maxDepth?: number; minLeaf?: number }
  | {
      kind: 'scorecard';
      /** Signals; defaults to the sample population's list (required for uploads). */
      signals?: Signal[];
      /** Weight overrides by signal id. */
      weights?: Record<string, number>;
    };

export type TierConfig = { mode: 'rank'; shares: number[] } | { mode: 'cutoff'; cutoffs: number[] };

export interface SimulationInput {
  source: DataSource;
  model: ModelConfig;
  tiers?: TierConfig;
  /** Seed of the train/test split. Default 1. */
  splitSeed?: string | number;
  /** Share of labelled rows used for training. Default 0.7. */
  trainShare?: number;
  /** Intervention per tier; defaults per population (seed 001). */
  plans?: TierPlan[];
  /** Budget (元) for budget mode, or null/absent for none. */
  budget?: number | null;
  /** Value per person when the data has no value column (元). Default 10,000. */
  fallbackValue?: number;
  /** Tiers whose people get a driver breakdown. Default [1, 2]. */
  atRiskTiers?: number[];
}

/** Stages in order; 'read' covers decoding, parsing and column inference of an upload. */
export type Stage = 'read' | 'generate' | 'encode' | 'split' | 'fit' | 'score' | 'evaluate' | 'tier' | 'budget' | 'drivers' | 'done';

/** One progress report: the stage just started, overall fraction done (0–1), and a Chinese message. */
export interface Progress {
  stage: Stage;
  fraction: number;
  message: string;
}

export type ProgressCallback = (progress: Progress) => void;

export interface RunOptions {
  /** Checked between stages; when it returns true the run stops with a 'cancelled' error. */
  isCancelled?: () => boolean;
}

export interface DataSummary {
  source: 'sample' | 'csv' | 'table';
  population: Population | null;
  n: number;
  roles: Roles;
  /** Column labels by name. */
  labels: Record<string, string>;
  /** Encoded model features. */
  features: EncodedFeature[];
  /** For uploads: how each column was read (editable by overrides). */
  inference: Inference | null;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  malformed: MalformedRow[];
  /** Notes for the learner (sensitive columns, ignored columns, value fallback, …). */
  notes: string[];
  /** Labelled rows, churners among them, and the base rate. */
  labelled: number;
  churners: number;
  baseRate: number | null;
}

export interface CoefficientView {
  feature: string;
  label: string;
  /** Log-odds per standard deviation of the feature. */
  coefficient: number;
  /** e^coefficient: odds multiplier per standard deviation. */
  oddsRatio: number;
}

export interface ImportanceView {
  feature: string;
  label: string;
  importance: number;
}

export interface ModelSummary {
  kind: 'logistic' | 'tree' | 'scorecard';
  name: string;
  /** What the score means — always risk here: higher = more likely to leave. */
  scoreKind: 'risk';
  scoreLabel: string;
  fitMs: number;
  coefficients?: CoefficientView[];
  intercept?: number;
  iterations?: number;
  converged?: boolean;
  importance?: ImportanceView[];
  tree?: TreeNodeView;
  rules?: LeafRule[];
  signals?: Signal[];
}

export interface Evaluation {
  trainCount: number;
  testCount: number;
  testChurners: number;
  /** How a test row is predicted as churn: probability ≥ 0.5, or (scorecard) tier 1–2. */
  rule: string;
  metrics: ClassificationMetrics;
  auc: number;
  /** Churn rate of the test rows in tier 1 over the test base rate (0 when undefined). */
  topTierLift: number;
  roc: RocPoint[];
  gains: GainsPoint[];
}

export interface RowResults {
  n: number;
  ids: string[];
  /** Risk score 0–100 (probability × 100 for learned models). */
  scores: Float64Array;
  /** Churn probability per row: the model's, or for the scorecard the tier's training churn rate. */
  probability: Float64Array;
  tiers: Uint8Array;
  isTest: Uint8Array;
  value: Float64Array;
  /** Expected net value of treating each person with their tier's intervention. */
  net: Float64Array;
  y: Uint8Array | null;
  labelled: Uint8Array | null;
}

export interface ChartData {
  tierDistribution: { tier: number; name: string; count: number; share: number }[];
  actualRateByTier: { tier: number; name: string; rate: number | null; testRate: number | null }[];
  gains: GainsPoint[];
  roc: RocPoint[];
}

export interface SimulationResult {
  data: DataSummary;
  model: ModelSummary;
  evaluation: Evaluation | null;
  tiers: { mode: 'rank' | 'cutoff'; shares: number[] | null; cutoffs: number[] | null; counts: number[]; summary: TierSummary[] };
  budget: BudgetResult | null;
  drivers: DriverView;
  charts: ChartData;
  rows: RowResults;
  plans: TierPlan[];
  timings: Partial<Record<Stage, number>>;
}

const STAGE_AT: Record<Stage, [number, string]> = {
  read: [0, '正在读取文件并识别列类型、流失标签…'],
  generate: [0, '正在生成样本…'],
  encode: [0.2, '正在整理特征…'],
  split: [0.25, '正在划分训练集与测试集(70/30)…'],
  fit: [0.3, '正在训练模型…'],
  score: [0.6, '正在为每一行打分…'],
  evaluate: [0.7, '正在评估测试集表现…'],
  tier: [0.8, '正在划分风险层级…'],
  budget: [0.85, '正在按预算选择干预对象…'],
  drivers: [0.9, '正在分析流失驱动因素…'],
  done: [1, '完成'],
};

/** A population ready to simulate: its table, roles and what was learnt while reading it. */
export interface LoadedData {
  table: Table;
  roles: Roles;
  population: Population | null;
  source: DataSummary['source'];
  inference: Inference | null;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  malformed: MalformedRow[];
  notes: string[];
  ids: string[];
}

/** Guess whether an upload is about employees or customers, from its label and column names. */
function guessPopulation(table: Table, roles: Roles): Population | null {
  const names = [roles.label ?? '', ...table.columns.map((c) => c.name)].join(' ');
  if (/attrition|离职|離職|employee|员工|salary|薪/i.test(names)) return 'employees';
  if (/churn|流失|customer|客户/i.test(names)) return 'customers';
  return null;
}

/** Decode, parse and infer an uploaded CSV (also used by the UI to show and edit the inference). */
export function loadCsv(bytes: Uint8Array, overrides: Overrides = {}): Result<LoadedData> {
  const parsed = readCsv(bytes);
  if (!parsed.ok) return parsed;
  const csv = parsed.value;
  let inference = inferSchema(csv);
  if (Object.keys(overrides).length > 0) {
    const applied = applyOverrides(inference.columns, overrides);
    if (!applied.ok) return applied;
    inference = applied.value;
  }
  const table = buildTable(csv, inference);
  const notes = [...inference.notes];
  for (const c of inference.columns) {
    if (!inference.roles.features.includes(c.name) && c.name !== inference.roles.label) continue;
    const gaps = c.missing + c.invalid;
    if (gaps === 0) continue;
    notes.push(
      c.name === inference.roles.label
        ? `标签列“${c.name}”有 ${gaps} 个空白或无法识别的单元格:这些行不参与训练和评估,但仍会被打分和分层。`
        : `“${c.name}”有 ${gaps} 个空白或无法解析的单元格,按缺失值处理:${c.kind === 'categorical' ? '归为“(缺失)”类别' : '用中位数填补,并增加一个“缺失”标记特征'}。`,
    );
  }
  if (csv.malformed.length > 0) {
    const list = csv.malformed.slice(0, 20).map((m) => `第 ${m.row} 行(${m.reason})`).join('、');
    notes.push(`有 ${csv.malformed.length} 行格式不正确,未纳入计算:${list}${csv.malformed.length > 20 ? ' 等' : ''}。`);
  }
  const idCol = inference.roles.id !== null ? findColumn(table, inference.roles.id) : undefined;
  const ids =
    idCol !== undefined && 'values' in idCol && Array.isArray(idCol.values)
      ? idCol.values.map(String)
      : idCol !== undefined && 'values' in idCol && idCol.values instanceof Float64Array
        ? Array.from(idCol.values, (v) => (Number.isFinite(v) ? String(v) : ''))
        : csv.rowNumbers.map((r) => `第${r}行`);
  return ok({
    table,
    roles: inference.roles,
    population: guessPopulation(table, inference.roles),
    source: 'csv',
    inference,
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    malformed: csv.malformed,
    notes,
    ids,
  });
}

function idsOf(table: Table, roles: Roles): string[] {
  const col = roles.id !== null ? findColumn(table, roles.id) : undefined;
  if (col !== undefined && 'values' in col && Array.isArray(col.values)) return col.values.map(String);
  return Array.from({ length: table.n }, (_, i) => String(i + 1));
}

function load(source: DataSource): Result<LoadedData> {
  if (source.kind === 'loaded') return ok(source.data);
  if (source.kind === 'csv') return loadCsv(source.bytes, source.overrides ?? {});
  if (source.kind === 'sample') {
    if (source.population !== 'customers' && source.population !== 'employees') {
      return fail([fieldError('sample', '样本只能是客户或员工。')]);
    }
    if (!Number.isInteger(source.size) || source.size < 10 || source.size > 200000) {
      return fail([fieldError('size', '样本量须为 10–200000 之间的整数。')]);
    }
    const s = generateSample(source.population, source.size, source.seed);
    return ok({ table: s.table, roles: s.roles, population: s.population, source: 'sample', inference: null, encoding: null, delimiter: null, malformed: [], notes: [], ids: idsOf(s.table, s.roles) });
  }
  const population = source.population === undefined ? guessPopulation(source.table, source.roles) : source.population;
  return ok({ table: source.table, roles: source.roles, population, source: 'table', inference: null, encoding: null, delimiter: null, malformed: [], notes: [], ids: idsOf(source.table, source.roles) });
}

function cancelled(): { ok: false; errors: FieldError[] } {
  return fail([fieldError('cancelled', '计算已取消。')]);
}

/** Run a whole simulation. Never throws for bad input: errors come back as a Result. */
export function runSimulation(input: SimulationInput, onProgress?: ProgressCallback, options: RunOptions = {}): Result<SimulationResult> {
  try {
    return run(input, onProgress, options);
  } catch (e) {
    // A bug must not freeze the UI: report it as an error result.
    return fail([fieldError('internal', `计算出错:${e instanceof Error ? e.message : String(e)}`)]);
  }
}

function run(input: SimulationInput, onProgress: ProgressCallback | undefined, options: RunOptions): Result<SimulationResult> {
  const timings: Partial<Record<Stage, number>> = {};
  let stageStart = 0;
  let current: Stage | null = null;
  const stage = (s: Stage): boolean => {
    const now = performance.now();
    if (current !== null) timings[current] = now - stageStart;
    current = s;
    stageStart = now;
    const [fraction, message] = STAGE_AT[s];
    onProgress?.({ stage: s, fraction, message });
    return options.isCancelled?.() === true;
  };

  // Validate the configuration before any heavy work.
  const errors: FieldError[] = [];
  const tierConfig: TierConfig = input.tiers ?? { mode: 'rank', shares: [5, 15, 25, 35, 20] };
  if (tierConfig.mode === 'rank') {
    const v = validateShares(tierConfig.shares);
    if (!v.ok) errors.push(...v.errors);
  } else {
    const v = validateCutoffs(tierConfig.cutoffs);
    if (!v.ok) errors.push(...v.errors);
  }
  if (input.model.kind === 'logistic' && input.model.lambda !== undefined && !(Number.isFinite(input.model.lambda) && input.model.lambda >= 0)) {
    errors.push(fieldError('lambda', '正则化强度 λ 须为不小于 0 的数。'));
  }
  if (input.model.kind === 'tree') {
    const { maxDepth, minLeaf } = input.model;
    if (maxDepth !== undefined && !(Number.isInteger(maxDepth) && maxDepth >= 1 && maxDepth <= 12)) errors.push(fieldError('depth', '树深度须为 1–12 的整数。'));
    if (minLeaf !== undefined && !(Number.isInteger(minLeaf) && minLeaf >= 1)) errors.push(fieldError('leaf', '最小叶子样本数须为正整数。'));
  }
  if (input.budget !== undefined && input.budget !== null && !(Number.isFinite(input.budget) && input.budget >= 0)) {
    errors.push(fieldError('budget', '预算须为不小于 0 的金额。'));
  }
  if (errors.length > 0) return fail(errors);

  if (stage(input.source.kind === 'sample' ? 'generate' : 'read')) return cancelled();
  const loadedResult = load(input.source);
  if (!loadedResult.ok) return loadedResult;
  const loaded = loadedResult.value;
  const { table, roles } = loaded;
  const n = table.n;
  const notes = [...loaded.notes];
  const population = loaded.population;
  const plansResult = validatePlans(input.plans ?? defaultPlans(population ?? 'customers'));
  if (!plansResult.ok) return plansResult;
  const plans = plansResult.value;

  if (stage('encode')) return cancelled();
  const labels: Record<string, string> = {};
  for (const c of table.columns) labels[c.name] = c.label;
  const lab = labelVector(table, roles.label);
  let value = valueVector(table, roles.value);
  if (roles.value === null) {
    const fallback = input.fallbackValue !== undefined && Number.isFinite(input.fallbackValue) && input.fallbackValue >= 0 ? input.fallbackValue : 10000;
    value = new Float64Array(n).fill(fallback);
    notes.push(`没有识别出价值列(如年收入、消费额),每人价值按 ${fallback.toLocaleString('zh-CN')} 元估算,可在设置中修改。`);
  }
  const model = input.model;
  const design: Design = encodeFeatures(table, model.kind === 'scorecard' ? [] : roles.features);
  if (model.kind !== 'scorecard') {
    if (lab === null) return fail([fieldError('label', '学习型模型需要流失标签列(是/否或 1/0)。请指定标签列,或改用评分卡。')]);
    if (design.p === 0) return fail([fieldError('features', '没有可用的特征列。请至少纳入一列作为特征。')]);
  }
  let labelledCount = 0;
  let churners = 0;
  if (lab !== null) {
    for (let i = 0; i < n; i++) {
      if (lab.labelled[i] === 1) {
        labelledCount++;
        churners += lab.y[i] as number;
      }
    }
    if (model.kind !== 'scorecard' && (churners < 2 || labelledCount - churners < 2)) {
      return fail([fieldError('label', '标签列里流失和未流失的行都至少需要 2 行,才能训练和评估模型。')]);
    }
  }

  if (stage('split')) return cancelled();
  const split = lab !== null ? stratifiedSplit(lab.y, lab.labelled, input.trainShare ?? 0.7, input.splitSeed ?? 1) : null;

  if (stage('fit')) return cancelled();
  const fitStart = performance.now();
  let probability: Float64Array;
  let scores: Float64Array;
  let contributionSource: ContributionSource;
  let summary: ModelSummary;
  let scorecardScores: Float64Array | null = null;
  const columnsForDrivers = roles.features.map((name) => ({ name, label: labels[name] ?? name, group: groupForColumn(name) }));
  if (population !== null && loaded.source === 'sample') {
    for (const s of defaultSignals(population)) {
      const c = columnsForDrivers.find((x) => x.name === s.column);
      if (c !== undefined) c.group = s.group;
    }
  }
  if (model.kind === 'logistic') {
    const m: LogisticModel = fitLogistic(design, (lab as NonNullable<typeof lab>).y, (split as NonNullable<typeof split>).train, model.lambda !== undefined ? { lambda: model.lambda } : {});
    const fitMs = performance.now() - fitStart;
    if (stage('score')) return cancelled();
    probability = predictLogistic(m, design);
    scores = probability.map((p) => p * 100);
    contributionSource = logisticContributions(m, design.x, design.p, design.features, columnsForDrivers);
    const coefficients = design.features
      .map((f, j) => ({ feature: f.name, label: f.label, coefficient: m.coefficients[j] as number, oddsRatio: Math.exp(Math.max(-700, Math.min(700, m.coefficients[j] as number))) }))
      .sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient));
    summary = {
      kind: 'logistic',
      name: '逻辑回归(L2 正则化)',
      scoreKind: 'risk',
      scoreLabel: '风险分 = 流失概率 × 100(越高越可能流失)',
      fitMs,
      coefficients,
      intercept: m.intercept,
      iterations: m.iterations,
      converged: m.converged,
    };
  } else if (model.kind === 'tree') {
    const opts: { maxDepth?: number; minLeaf?: number } = {};
    if (model.maxDepth !== undefined) opts.maxDepth = model.maxDepth;
    if (model.minLeaf !== undefined) opts.minLeaf = model.minLeaf;
    const m: TreeModel = fitTree(design, (lab as NonNullable<typeof lab>).y, (split as NonNullable<typeof split>).train, opts);
    const fitMs = performance.now() - fitStart;
    if (stage('score')) return cancelled();
    probability = predictTree(m, design);
    scores = probability.map((p) => p * 100);
    contributionSource = treeContributions(m, design.x, design.p, design.features, columnsForDrivers);
    summary = {
      kind: 'tree',
      name: `决策树(CART,深度 ${m.maxDepth},最小叶子 ${m.minLeaf})`,
      scoreKind: 'risk',
      scoreLabel: '风险分 = 所在叶子的流失率 × 100(越高越可能流失)',
      fitMs,
      importance: design.features
        .map((f, j) => ({ feature: f.name, label: f.label, importance: m.importance[j] as number }))
        .filter((x) => x.importance > 0)
        .sort((a, b) => b.importance - a.importance),
      tree: exportTree(m, design.features, 3),
      rules: leafRules(m, design.features),
    };
  } else {
    let signals: Signal[];
    if (model.signals !== undefined) signals = model.signals.map((s) => ({ ...s }));
    else if (population !== null && loaded.source === 'sample') signals = defaultSignals(population);
    else return fail([fieldError('signals', '上传的数据没有预设的预警信号。请为评分卡设置信号,或改用逻辑回归/决策树。')]);
    for (const s of signals) {
      const w = model.weights?.[s.id];
      if (w !== undefined) s.weight = w;
    }
    const valid = validateSignals(table, signals);
    if (!valid.ok) return valid;
    const sc = scoreScorecard(table, valid.value);
    if (stage('score')) return cancelled();
    scores = sc.risk;
    scorecardScores = sc.risk;
    probability = new Float64Array(n); // filled after tiering (calibrated per tier)
    contributionSource = scorecardContributions(sc.contributions, sc.signals, (c) => labels[c] ?? c);
    summary = {
      kind: 'scorecard',
      name: '透明评分卡(加权预警信号)',
      scoreKind: 'risk',
      scoreLabel: '风险分 0–100(越高越可能流失;健康分 = 100 − 风险分)',
      fitMs: performance.now() - fitStart,
      signals: sc.signals,
    };
  }

  if (stage('tier')) return cancelled();
  const order = rankOrder(scores);
  const tiered = tierConfig.mode === 'rank' ? tiersByRank(scores, tierConfig.shares, order) : tiersByCutoffs(scores, tierConfig.cutoffs);
  const tiers = tiered.tiers;
  if (scorecardScores !== null) {
    // Calibrate the scorecard: a person's churn probability is their tier's churn rate on the
    // training rows (no test rows), or risk/100 without labels.
    if (lab !== null && split !== null && split.train.length > 0) {
      const c = new Float64Array(5);
      const k = new Float64Array(5);
      for (const i of split.train) {
        const t = (tiers[i] as number) - 1;
        c[t] = (c[t] as number) + 1;
        k[t] = (k[t] as number) + (lab.y[i] as number);
      }
      const overall = k.reduce((a, b) => a + b, 0) / Math.max(1, split.train.length);
      for (let i = 0; i < n; i++) {
        const t = (tiers[i] as number) - 1;
        probability[i] = (c[t] as number) > 0 ? (k[t] as number) / (c[t] as number) : overall;
      }
    } else for (let i = 0; i < n; i++) probability[i] = (scorecardScores[i] as number) / 100;
  }

  if (stage('evaluate')) return cancelled();
  let evaluation: Evaluation | null = null;
  if (lab !== null && split !== null && split.test.length > 0) {
    const predicted = new Uint8Array(n);
    for (let i = 0; i < n; i++) predicted[i] = model.kind === 'scorecard' ? ((tiers[i] as number) <= 2 ? 1 : 0) : (probability[i] as number) >= 0.5 ? 1 : 0;
    const metrics = classificationMetrics(confusionMatrix(predicted, lab.y, split.test));
    let testChurners = 0;
    let top = 0;
    let topChurners = 0;
    for (const i of split.test) {
      testChurners += lab.y[i] as number;
      if (tiers[i] === 1) {
        top++;
        topChurners += lab.y[i] as number;
      }
    }
    const testBase = testChurners / split.test.length;
    evaluation = {
      trainCount: split.train.length,
      testCount: split.test.length,
      testChurners,
      rule: model.kind === 'scorecard' ? '评分卡:前两层(极高、高)预测为流失' : '流失概率 ≥ 0.5 预测为流失',
      metrics,
      auc: rocAuc(scores, lab.y, split.test),
      topTierLift: top > 0 && testBase > 0 ? topChurners / top / testBase : 0,
      roc: rocCurve(scores, lab.y, split.test),
      gains: gainsCurve(scores, lab.y, split.test),
    };
  }

  const tierSummary = summariseTiers({
    tiers,
    scores,
    probability,
    value,
    y: lab?.y ?? null,
    labelled: lab?.labelled ?? null,
    isTest: split?.isTest ?? null,
    plans,
  });
  const net = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const plan = plans[(tiers[i] as number) - 1] as TierPlan;
    net[i] = plan.successRate * (probability[i] as number) * (value[i] as number) - plan.costPerHead;
  }

  let budget: BudgetResult | null = null;
  if (input.budget !== undefined && input.budget !== null) {
    if (stage('budget')) return cancelled();
    const b = chooseWithinBudget(input.budget, tiers, probability, value, plans);
    if (!b.ok) return b;
    budget = b.value;
  }

  if (stage('drivers')) return cancelled();
  const drivers = driverView(contributionSource, tiers, input.atRiskTiers ?? [1, 2]);
  stage('done');

  const charts: ChartData = {
    tierDistribution: tierSummary.map((t) => ({ tier: t.tier, name: t.name, count: t.count, share: t.share })),
    actualRateByTier: tierSummary.map((t) => ({ tier: t.tier, name: t.name, rate: t.actualRate, testRate: t.testRate })),
    gains: evaluation?.gains ?? [],
    roc: evaluation?.roc ?? [],
  };
  return ok({
    data: {
      source: loaded.source,
      population,
      n,
      roles,
      labels,
      features: design.features,
      inference: loaded.inference,
      encoding: loaded.encoding,
      delimiter: loaded.delimiter,
      malformed: loaded.malformed,
      notes,
      labelled: labelledCount,
      churners,
      baseRate: labelledCount > 0 ? churners / labelledCount : null,
    },
    model: summary,
    evaluation,
    tiers: {
      mode: tierConfig.mode,
      shares: tierConfig.mode === 'rank' ? [...tierConfig.shares] : null,
      cutoffs: tierConfig.mode === 'cutoff' ? [...tierConfig.cutoffs] : null,
      counts: tiered.counts,
      summary: tierSummary,
    },
    budget,
    drivers,
    charts,
    rows: { n, ids: loaded.ids, scores, probability, tiers, isTest: split?.isTest ?? new Uint8Array(n), value, net, y: lab?.y ?? null, labelled: lab?.labelled ?? null },
    plans,
    timings,
  });
}

/** The simulation input a scenario (from the URL) describes; `source` overrides the sample for uploads. */
export function scenarioToInput(s: Scenario, source?: DataSource): SimulationInput {
  const population: Population = s.sample === 'customers' ? 'customers' : 'employees';
  const plans = defaultPlans(population).map((p, t) => ({ ...p, costPerHead: s.costs[t] ?? p.costPerHead, successRate: (s.success[t] ?? p.successRate * 100) / 100 }));
  const model: ModelConfig =
    s.model === 'logistic' ? { kind: 'logistic', lambda: s.lambda } : s.model === 'tree' ? { kind: 'tree', maxDepth: s.depth, minLeaf: s.minLeaf } : { kind: 'scorecard', weights: { ...s.weights } };
  return {
    source: source ?? { kind: 'sample', population, size: s.size, seed: s.seed },
    model,
    tiers: s.tierMode === 'rank' ? { mode: 'rank', shares: [...s.shares] } : { mode: 'cutoff', cutoffs: [...s.cutoffs] },
    splitSeed: s.seed,
    plans,
    budget: s.budget,
  };
}

/** The tiered list of a run as CSV (UTF-8 with BOM, for Excel). */
export function exportTieredList(result: SimulationResult): string {
  const { rows, drivers, budget } = result;
  const driverText = new Map<number, string>();
  for (const p of drivers.people) driverText.set(p.row, p.top.map((d) => d.label).join('、'));
  const y = rows.y;
  const labelled = rows.labelled;
  return tieredListCsv({
    n: rows.n,
    ids: rows.ids,
    scores: rows.scores,
    probability: rows.probability,
    tiers: rows.tiers,
    tierNames: TIER_NAMES,
    interventions: result.plans.map((p) => p.intervention),
    value: rows.value,
    net: rows.net,
    label: y === null ? null : (i) => (labelled !== null && labelled[i] !== 1 ? null : (y[i] as number)),
    drivers: (i) => driverText.get(i) ?? '',
    selected: budget?.selected ?? null,
  });
}

/**
 * The ArrayBuffers of a result, for `postMessage(result, transferables(result))` from a Worker
 * (moving them instead of copying).
 */
export function transferables(result: SimulationResult): ArrayBuffer[] {
  const r = result.rows;
  const arrays: (ArrayBufferView | null)[] = [r.scores, r.probability, r.tiers, r.isTest, r.value, r.net, r.y, r.labelled, result.budget?.selected ?? null];
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a !== null && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  return [...out];
}

/** The tier names, re-exported for the UI. */
export { TIER_NAMES };
