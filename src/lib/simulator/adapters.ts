/**
 * One adapter per model kind, so the orchestration treats every model the same way:
 * - `fit`: learn the kind's part of the fitted model from the training rows only (and return the
 *   encoded design of the whole table, so scoring the training file does not encode it twice);
 * - `score`: scores 0–100 for every row of a table, the churn probability when the model gives
 *   one (the scorecard's comes from calibration, calibrate.ts), and per-row contributions for
 *   the driver view;
 * - `summary`: what the model learnt, for the model view (coefficients in plain words, tree rules
 *   with their sample sizes, the scorecard's signals).
 */
import type { Result } from '../result';
import type { Design, Table } from './dataset';
import type { ContributionSource } from './drivers';
import type { LeafRule, TreeNodeView } from './tree';
import type { FittedModel, ModelKind, ModelPart } from './fitted-model';
import type { Population } from './samples';
import type { ScorecardSignal, SignalMapping } from './scorecard';
import type { SignalAudience } from '../metrics/signals';
import type { Split } from './split';

export type ModelConfig =
  | { kind: 'logistic'; lambda?: number }
  | { kind: 'tree'; maxDepth?: number; minLeaf?: number }
  | {
      kind: 'scorecard';
      /** Ready signals (tests); otherwise the sample's signals, or `mapping` for an upload. */
      signals?: ScorecardSignal[];
      /** An upload's columns mapped to the course's signals of `audience`. */
      mapping?: SignalMapping[];
      audience?: SignalAudience;
      /** Weight overrides by signal id (from the URL: `w.<id>`). */
      weights?: ReadonlyMap<string, number>;
    };

/** What an adapter may read while fitting. */
export interface FitData {
  table: Table;
  /** Feature column names (learned models). */
  features: readonly string[];
  /** 0/1 label per row, and which rows are labelled (null without a label). */
  y: Uint8Array | null;
  split: { train: Int32Array; test: Int32Array; isTest: Uint8Array } | null;
  population: Population | null;
  /** Whether the table is a built-in sample (whose columns map to the course's signals). */
  sample: boolean;
  labels: ReadonlyMap<string, string>;
}

export interface Scored {
  /** Risk score 0–100 per row (higher = more likely to leave). */
  scores: Float64Array;
  /** Churn probability per row, or null when the model needs calibrating (scorecard). */
  probability: Float64Array | null;
  contributions: ContributionSource;
}

export interface CoefficientView {
  feature: string;
  label: string;
  /** Log-odds per standard deviation of the feature. */
  coefficient: number;
  /** e^coefficient: odds multiplier per standard deviation. */
  oddsRatio: number;
  /** The same in plain words, in the feature's own units. */
  explanation: string;
}

export interface ImportanceView {
  feature: string;
  label: string;
  importance: number;
}

export interface RuleView extends LeafRule {
  /** Fewer training rows than SMALL_LEAF: the rule may be chance. */
  small: boolean;
}

export interface ModelSummary {
  kind: ModelKind;
  name: string;
  /** What the score means — always risk here: higher = more likely to leave. */
  scoreKind: 'risk';
  scoreLabel: string;
  coefficients?: CoefficientView[];
  intercept?: number;
  iterations?: number;
  converged?: boolean;
  importance?: ImportanceView[];
  tree?: TreeNodeView;
  rules?: RuleView[];
  signals?: ScorecardSignal[];
}

export interface ModelAdapter {
  kind: ModelKind;
  fit(data: FitData, config: ModelConfig): Result<{ part: ModelPart; design: Design | null }>;
  score(model: FittedModel, table: Table, design: Design | null): Result<Scored>;
  summary(model: FittedModel, labels: ReadonlyMap<string, string>): ModelSummary;
}

export type { Split };
