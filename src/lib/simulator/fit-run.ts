/**
 * The fitting half of a run (everything a model parameter change redoes): load the data →
 * label and counts → seeded stratified 70/30 split → fit the model on the training rows (its
 * adapter) → score every row → evaluate the scores on the test rows → each row's drivers. The
 * result, a `TrainedRun`, is kept by the Worker; re-tiering (tier-run.ts) reads it without
 * refitting, and new data is scored with its fitted model (`scoreNewData`).
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { echoText } from '../echo-text';
import { scorecardAdapter } from './adapter-scorecard';
import { logisticAdapter } from './adapter-logistic';
import { treeAdapter } from './adapter-tree';
import type { ModelAdapter, ModelConfig, ModelSummary } from './adapters';
import { labelVector } from './dataset';
import { precomputeDrivers, type RowDrivers } from './drivers';
import { evaluateScores, type PredictionRule, type ScoreEvaluation } from './evaluate-run';
import { sensitiveGroups, type SensitiveGroups } from './fairness';
import { MODEL_FORMAT, MODEL_VERSION, type FittedModel, type ModelKind } from './fitted-model';
import { load, loadForScoring, type ColumnReading, type DataSource, type LoadedData } from './load';
import { stratifiedSplit, type Split } from './split';
import { DEFAULT_TIER_CONFIG, rankOrder } from './tiers';
import { boundMessage, withinBound } from './bounds';

/** Stages in order; 'read' covers decoding, parsing and column inference of an upload. */
export type Stage = 'read' | 'generate' | 'encode' | 'split' | 'fit' | 'score' | 'evaluate' | 'drivers' | 'done';

/** One progress report: the stage just started, overall fraction done (0–1), and a Chinese message. */
export interface Progress {
  stage: Stage;
  fraction: number;
  message: string;
}

export type ProgressCallback = (progress: Progress) => void;

const STAGE_AT: Record<Stage, [number, string]> = {
  read: [0, '正在读取文件并识别列类型、流失标签…'],
  generate: [0, '正在生成样本…'],
  encode: [0.2, '正在整理特征…'],
  split: [0.25, '正在划分训练集与测试集（70/30）…'],
  fit: [0.3, '正在训练模型…'],
  score: [0.6, '正在为每一行打分…'],
  evaluate: [0.7, '正在评估测试集表现…'],
  drivers: [0.85, '正在分析流失驱动因素…'],
  done: [1, '完成'],
};

export interface FitInput {
  source: DataSource;
  model: ModelConfig;
  /** Seed of the train/test split. Default 1. */
  splitSeed?: string | number;
  /** Share of labelled rows used for training. Default 0.7. */
  trainShare?: number;
}

export interface RunOptions {
  onProgress?: ProgressCallback;
  /** Clock for the timings (default performance.now); tests may pass a fake one. */
  now?: () => number;
}

/** A population scored by a fitted model: what re-tiering needs. */
export interface ScoredTarget {
  kind: 'training' | 'new';
  loaded: LoadedData;
  scores: Float64Array;
  /** The model's probability, or null when it comes from calibration (scorecard). */
  probability: Float64Array | null;
  /** Rank order of the scores (highest first), reused by every re-tiering. */
  order: Int32Array;
  drivers: RowDrivers;
  sensitive: SensitiveGroups[];
  /** Labels and test rows of the training population (null for new data). */
  y: Uint8Array | null;
  labelled: Uint8Array | null;
  isTest: Uint8Array | null;
}

export interface TrainedRun {
  model: FittedModel;
  /** File name of the model file this run was imported from (null: fitted in this page). */
  importedFrom: string | null;
  summary: ModelSummary;
  rule: PredictionRule;
  split: Split | null;
  labelledCount: number;
  churners: number;
  scoreEvaluation: ScoreEvaluation | null;
  training: ScoredTarget;
  timings: Partial<Record<Stage, number>>;
}

export const ADAPTERS: Readonly<Record<ModelKind, ModelAdapter>> = { logistic: logisticAdapter, tree: treeAdapter, scorecard: scorecardAdapter };

/** Validate a model configuration against the one home of bounds. */
export function validateModelConfig(model: ModelConfig): Result<ModelConfig> {
  const errors: FieldError[] = [];
  if (model.kind === 'logistic' && model.lambda !== undefined && !withinBound('lambda', model.lambda)) errors.push(fieldError('lambda', `${boundMessage('lambda')}。`));
  if (model.kind === 'tree') {
    if (model.maxDepth !== undefined && !withinBound('depth', model.maxDepth)) errors.push(fieldError('depth', `${boundMessage('depth')}。`));
    if (model.minLeaf !== undefined && !withinBound('minLeaf', model.minLeaf)) errors.push(fieldError('leaf', `${boundMessage('minLeaf')}。`));
  }
  if (model.kind === 'scorecard') {
    for (const [id, w] of model.weights ?? []) if (!withinBound('weight', w)) errors.push(fieldError(`w.${id}`, `${boundMessage('weight')}。`));
  }
  return errors.length > 0 ? fail(errors) : ok(model);
}

function labelMessage(loaded: LoadedData): string {
  if (loaded.roles.label === null) {
    return '这份数据没有流失标签列：逻辑回归和决策树要从一份带结果（是否流失）的历史数据中学习。请在“流失标签列”中选出结果列；如果这份名单还没有结果（例如在职员工），请先用历史数据训练，再用“给新数据打分”上传它；也可以把列对应到课程的预警信号，改用透明评分卡。';
  }
  return `标签列“${echoText(loaded.roles.label)}”读不出是/否：请在“哪些取值表示流失”里选出表示流失的取值。`;
}

function oneClassMessage(label: string, churners: number, labelled: number): string {
  const name = echoText(label);
  if (churners === 0 || churners === labelled) {
    const which = churners === 0 ? '未流失' : '流失';
    return `标签列“${name}”只有一种结果（${labelled} 行全部是“${which}”）：模型需要既有流失、也有未流失的人才能学习。请确认选对了标签列和表示流失的取值；如果这是一份还没有结果的新名单，请先用历史数据训练，再用“给新数据打分”上传它。`;
  }
  return `标签列“${name}”里流失和未流失的行都至少需要 2 行，才能训练和评估模型（现在流失 ${churners} 行、未流失 ${labelled - churners} 行）。`;
}

function readingsOf(loaded: LoadedData, columns: readonly string[]): ColumnReading[] {
  return columns.map((name): ColumnReading => {
    const inf = loaded.inference?.columns.find((c) => c.name === name);
    const col = loaded.table.columns.find((c) => c.name === name);
    const kind = col?.kind === 'boolean' ? 'boolean' : col?.kind === 'categorical' ? 'categorical' : 'numeric';
    const r: ColumnReading = { name, kind };
    if (kind === 'boolean' && inf?.trueTexts !== undefined) r.trueTexts = [...inf.trueTexts];
    if (kind === 'numeric' && inf?.decimalComma === true) r.decimalComma = true;
    return r;
  });
}

/** The columns a fitted model reads from a row. */
export function modelColumns(model: FittedModel): string[] {
  return model.kind === 'scorecard' ? [...new Set(model.scorecard.signals.map((s) => s.column))] : model.encoder.columns.map((c) => c.column);
}

/** Fit a model on a data source and score its rows. Never throws for bad input. */
export function fitRun(input: FitInput, options: RunOptions = {}): Result<TrainedRun> {
  const now = options.now ?? (() => performance.now());
  const timings: Partial<Record<Stage, number>> = {};
  let current: Stage | null = null;
  let started = 0;
  const stage = (s: Stage) => {
    const t = now();
    if (current !== null) timings[current] = t - started;
    current = s;
    started = t;
    const [fraction, message] = STAGE_AT[s];
    options.onProgress?.({ stage: s, fraction, message });
  };
  const config = validateModelConfig(input.model);
  if (!config.ok) return config;
  const model = config.value;
  const trainShare = input.trainShare ?? 0.7;
  if (!(Number.isFinite(trainShare) && trainShare > 0 && trainShare < 1)) return fail([fieldError('trainShare', '训练集占比须在 0 和 1 之间。')]);

  stage(input.source.kind === 'sample' ? 'generate' : 'read');
  const loadedResult = load(input.source);
  if (!loadedResult.ok) return loadedResult;
  const loaded = loadedResult.value;
  const { table, roles } = loaded;

  stage('encode');
  const learned = model.kind !== 'scorecard';
  const lab = labelVector(table, roles.label);
  if (learned && lab === null) return fail([fieldError('label', labelMessage(loaded))]);
  let labelledCount = 0;
  let churners = 0;
  if (lab !== null) {
    for (let i = 0; i < table.n; i++) {
      if (lab.labelled[i] === 1) {
        labelledCount++;
        churners += lab.y[i] as number;
      }
    }
    if (learned && (churners < 2 || labelledCount - churners < 2)) return fail([fieldError('label', oneClassMessage(roles.label ?? '', churners, labelledCount))]);
  }

  stage('split');
  const splitSeed = input.splitSeed ?? 1;
  const usableLabels = lab !== null && churners > 0 && labelledCount - churners > 0;
  const split = usableLabels ? stratifiedSplit(lab.y, lab.labelled, trainShare, splitSeed) : null;

  stage('fit');
  const adapter = ADAPTERS[model.kind];
  const fitted = adapter.fit(
    { table, features: roles.features, y: usableLabels ? lab.y : null, split, population: loaded.population, sample: loaded.source === 'sample', labels: loaded.labels },
    model,
  );
  if (!fitted.ok) return fitted;
  const part = fitted.value.part;
  const base = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    population: loaded.population,
    trainedOn: {
      name: loaded.name,
      source: loaded.source,
      rows: table.n,
      labelled: labelledCount,
      churners,
      label: roles.label,
      trainRows: split?.train.length ?? 0,
      testRows: split?.test.length ?? 0,
      splitSeed,
      trainShare,
    },
    key: roles.id,
    columns: [] as ColumnReading[],
    excludedSensitive: loaded.sensitive.map((s) => s.column),
    tiers: DEFAULT_TIER_CONFIG,
    testMetrics: null,
  } as const;
  const fittedModel = { ...base, ...part } as FittedModel;
  fittedModel.columns = readingsOf(loaded, modelColumns(fittedModel));

  stage('score');
  const scored = adapter.score(fittedModel, table, fitted.value.design);
  if (!scored.ok) return scored;

  stage('evaluate');
  const scoreEvaluation = split !== null && lab !== null && split.test.length > 0 ? evaluateScores(scored.value.scores, lab.y, split) : null;
  if (scoreEvaluation !== null) fittedModel.testMetrics = { auc: scoreEvaluation.auc, topTierLift: 0 };

  stage('drivers');
  const training: ScoredTarget = {
    kind: 'training',
    loaded,
    scores: scored.value.scores,
    probability: scored.value.probability,
    order: rankOrder(scored.value.scores),
    drivers: precomputeDrivers(scored.value.contributions, table.n),
    sensitive: sensitiveGroups(table, loaded.sensitive),
    y: lab?.y ?? null,
    labelled: lab?.labelled ?? null,
    isTest: split?.isTest ?? null,
  };
  stage('done');
  return ok({
    model: fittedModel,
    importedFrom: null,
    summary: adapter.summary(fittedModel, loaded.labels),
    rule: model.kind === 'scorecard' ? 'top-two-tiers' : 'probability',
    split,
    labelledCount,
    churners,
    scoreEvaluation,
    training,
    timings,
  });
}

/**
 * A run around a model read from a model file (model-file.ts): nothing to fit and no training
 * rows (the file never holds them), so the "training" population is empty; new data is scored
 * with `scoreNewData` exactly as after a fit, and the scorecard keeps the file's calibration.
 */
export function importedRun(model: FittedModel, fileName: string): TrainedRun {
  const labels = new Map<string, string>(
    model.kind === 'scorecard' ? model.scorecard.signals.map((s) => [s.column, s.column]) : model.encoder.columns.map((c) => [c.column, c.label]),
  );
  const loaded: LoadedData = {
    name: model.trainedOn.name,
    table: { n: 0, columns: [] },
    roles: { features: [], label: null, value: null, id: model.key },
    population: model.population,
    source: 'table',
    inference: null,
    encoding: null,
    delimiter: null,
    malformed: [],
    notes: [],
    ids: [],
    sensitive: [],
    labels,
  };
  const empty = new Float64Array(0);
  const training: ScoredTarget = {
    kind: 'training',
    loaded,
    scores: empty,
    probability: empty,
    order: new Int32Array(0),
    drivers: precomputeDrivers({ columns: [], contributions: () => undefined }, 0),
    sensitive: [],
    y: null,
    labelled: null,
    isTest: null,
  };
  return {
    model,
    importedFrom: fileName,
    summary: ADAPTERS[model.kind].summary(model, labels),
    rule: model.kind === 'scorecard' ? 'top-two-tiers' : 'probability',
    split: null,
    labelledCount: 0,
    churners: 0,
    scoreEvaluation: null,
    training,
    timings: {},
  };
}

/** Score a second file (e.g. current staff, no label yet) with a fitted model, without refitting. */
export function scoreNewData(trained: TrainedRun, bytes: Uint8Array, name = '新数据'): Result<ScoredTarget> {
  const trainingId = trained.model.key;
  const loaded = loadForScoring(bytes, trained.model.columns, trainingId, name);
  if (!loaded.ok) return loaded;
  const adapter = ADAPTERS[trained.model.kind];
  const scored = adapter.score(trained.model, loaded.value.table, null);
  if (!scored.ok) return scored;
  const n = loaded.value.table.n;
  return ok({
    kind: 'new',
    loaded: { ...loaded.value, population: trained.model.population ?? loaded.value.population },
    scores: scored.value.scores,
    probability: scored.value.probability,
    order: rankOrder(scored.value.scores),
    drivers: precomputeDrivers(scored.value.contributions, n),
    sensitive: sensitiveGroups(loaded.value.table, loaded.value.sensitive),
    y: null,
    labelled: null,
    isTest: null,
  });
}

