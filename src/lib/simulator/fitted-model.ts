/**
 * The fitted model as one plain, serialisable object: everything needed to score a row, and
 * nothing about the training rows themselves. The Worker scores with it (the training file, its
 * test rows, and any new file), and the SQL and model-file exports are generated from exactly
 * this object, so a warehouse scores a row as the simulator does:
 *
 *   raw cells → `columns` (how each column's text is read: kind, 是/否 words, decimal comma)
 *             → `encoder` (median imputation + missing flags, one-hot levels; an unseen category
 *               sets all of its column's indicators to 0)
 *             → the model: logistic (standardise with mean/sd, then σ(b + Σ βⱼ zⱼ)), tree (nested
 *               thresholds on the encoded features, leaf churn share), or scorecard (weighted
 *               ramps of the raw columns, calibrated per tier)
 *             → `tiers` (rank shares or score cut-offs).
 *
 * Only plain numbers, strings, booleans and arrays: `JSON.stringify` gives the model file.
 */
import type { ColumnReading } from './load';
import type { EncoderSpec } from './encoder';
import type { LogisticModel } from './logistic';
import type { Population } from './samples';
import type { ScorecardSignal } from './scorecard';
import type { TierConfig } from './tiers';
import type { TreeModel } from './tree';

export const MODEL_FORMAT = 'retention-academy/churn-model';
export const MODEL_VERSION = 1;

export type ModelKind = 'logistic' | 'tree' | 'scorecard';

export interface TrainingSummary {
  /** File name or the sample's description. */
  name: string;
  source: 'sample' | 'csv' | 'table';
  rows: number;
  labelled: number;
  churners: number;
  /** Label column, if any. */
  label: string | null;
  trainRows: number;
  testRows: number;
  splitSeed: string | number;
  trainShare: number;
}

export interface LogisticParams {
  intercept: number;
  /** Per standardised feature (log-odds per standard deviation), in encoder order. */
  coefficients: number[];
  /** Standardisation of each encoded feature, learnt on the training rows. */
  mean: number[];
  sd: number[];
  lambda: number;
  iterations: number;
  converged: boolean;
}

export interface TreeParams {
  /** Per node: split feature (index into the encoder's features; −1 for a leaf). */
  feature: number[];
  /** A row goes left when its feature value ≤ threshold. */
  threshold: number[];
  left: number[];
  right: number[];
  /** Training rows and churners per node (a leaf predicts positives / count). */
  count: number[];
  positives: number[];
  depth: number[];
  importance: number[];
  maxDepth: number;
  minLeaf: number;
}

export interface ScorecardParams {
  signals: ScorecardSignal[];
  /**
   * Churn probability per tier (index 0 = 极高): the tier's churn rate on the training rows under
   * the model's `tiers`; null without labels (then probability = risk ÷ 100).
   */
  calibration: number[] | null;
}

interface ModelBase {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  population: Population | null;
  trainedOn: TrainingSummary;
  /**
   * The training file's id column (customer or employee number): carried into the tiered list and
   * the SQL output, and the SQL's tie-break when scores are equal (null: the file had none).
   */
  key: string | null;
  /** How each raw column the model reads is parsed. */
  columns: ColumnReading[];
  /** Sensitive columns of the training data that were kept out of the model. */
  excludedSensitive: string[];
  /** Tier settings the scores were last tiered with. */
  tiers: TierConfig;
  /** Test-set figures of the training run, for the model card (null without labels). */
  testMetrics: { auc: number; topTierLift: number } | null;
}

export type FittedModel =
  | (ModelBase & { kind: 'logistic'; encoder: EncoderSpec; logistic: LogisticParams })
  | (ModelBase & { kind: 'tree'; encoder: EncoderSpec; tree: TreeParams })
  | (ModelBase & { kind: 'scorecard'; scorecard: ScorecardParams });

/** The kind-specific part of a fitted model, as an adapter's `fit` returns it. */
export type ModelPart =
  | { kind: 'logistic'; encoder: EncoderSpec; logistic: LogisticParams }
  | { kind: 'tree'; encoder: EncoderSpec; tree: TreeParams }
  | { kind: 'scorecard'; scorecard: ScorecardParams };

export function logisticParams(m: LogisticModel): LogisticParams {
  return {
    intercept: m.intercept,
    coefficients: Array.from(m.coefficients),
    mean: Array.from(m.mean),
    sd: Array.from(m.sd),
    lambda: m.lambda,
    iterations: m.iterations,
    converged: m.converged,
  };
}

/** The kernel model (typed arrays) of the parameters, for scoring. */
export function logisticKernel(p: LogisticParams): LogisticModel {
  return {
    kind: 'logistic',
    intercept: p.intercept,
    coefficients: Float64Array.from(p.coefficients),
    mean: Float64Array.from(p.mean),
    sd: Float64Array.from(p.sd),
    iterations: p.iterations,
    converged: p.converged,
    lambda: p.lambda,
  };
}

export function treeParams(m: TreeModel): TreeParams {
  return {
    feature: Array.from(m.feature),
    threshold: Array.from(m.threshold),
    left: Array.from(m.left),
    right: Array.from(m.right),
    count: Array.from(m.count),
    positives: Array.from(m.positives),
    depth: Array.from(m.depth),
    importance: Array.from(m.importance),
    maxDepth: m.maxDepth,
    minLeaf: m.minLeaf,
  };
}

export function treeKernel(p: TreeParams): TreeModel {
  return {
    kind: 'tree',
    feature: Int32Array.from(p.feature),
    threshold: Float64Array.from(p.threshold),
    left: Int32Array.from(p.left),
    right: Int32Array.from(p.right),
    count: Int32Array.from(p.count),
    positives: Int32Array.from(p.positives),
    depth: Int32Array.from(p.depth),
    importance: Float64Array.from(p.importance),
    maxDepth: p.maxDepth,
    minLeaf: p.minLeaf,
  };
}
