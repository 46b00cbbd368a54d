/**
 * How a fitted model is judged, always on the **test rows** (the 30 % the model never saw):
 * - from the scores alone (once per fit): ROC AUC, the ROC curve and cumulative gains;
 * - from the tiers (again after every re-tiering): the confusion matrix of the prediction rule
 *   (probability ≥ 0.5 for learned models, tiers 1–2 for the scorecard) and the 极高 tier's lift =
 *   (churn rate of the test rows in tier 1) ÷ (churn rate of all test rows).
 * Source of the measures: evaluate.ts (Fawcett 2006).
 */
import { classificationMetrics, confusionMatrix, gainsCurve, rocAuc, rocCurve, type ClassificationMetrics, type GainsPoint, type RocPoint } from './evaluate';
import { argsortDescending } from './sort';
import type { Split } from './split';

export interface ScoreEvaluation {
  trainCount: number;
  testCount: number;
  testChurners: number;
  auc: number;
  roc: RocPoint[];
  gains: GainsPoint[];
}

export interface TierEvaluation {
  /** How a test row is predicted as churn, in Chinese. */
  rule: string;
  metrics: ClassificationMetrics;
  /** Churn rate of the test rows in tier 1 over the test base rate (0 when undefined). */
  topTierLift: number;
}

export type Evaluation = ScoreEvaluation & TierEvaluation;

export function evaluateScores(scores: Float64Array, y: Uint8Array, split: Split): ScoreEvaluation {
  let testChurners = 0;
  for (const i of split.test) testChurners += y[i] as number;
  // One sort of the test rows serves all three (ties keep row order; AUC averages tied ranks).
  const descending = argsortDescending(scores, split.test);
  return {
    trainCount: split.train.length,
    testCount: split.test.length,
    testChurners,
    auc: rocAuc(scores, y, split.test, descending.slice().reverse()),
    roc: rocCurve(scores, y, split.test, 101, descending),
    gains: gainsCurve(scores, y, split.test, 20, descending),
  };
}

export type PredictionRule = 'probability' | 'top-two-tiers';

export const RULE_TEXT: Readonly<Record<PredictionRule, string>> = {
  probability: '流失概率 ≥ 0.5 预测为流失',
  'top-two-tiers': '评分卡：前两层（极高、高）预测为流失',
};

export function evaluateTiers(rule: PredictionRule, tiers: Uint8Array, probability: Float64Array, y: Uint8Array, test: Int32Array): TierEvaluation {
  const predicted = new Uint8Array(tiers.length);
  let top = 0;
  let topChurners = 0;
  let churners = 0;
  for (const i of test) {
    predicted[i] = rule === 'top-two-tiers' ? ((tiers[i] as number) <= 2 ? 1 : 0) : (probability[i] as number) >= 0.5 ? 1 : 0;
    churners += y[i] as number;
    if (tiers[i] === 1) {
      top++;
      topChurners += y[i] as number;
    }
  }
  const base = test.length > 0 ? churners / test.length : 0;
  return {
    rule: RULE_TEXT[rule],
    metrics: classificationMetrics(confusionMatrix(predicted, y, test)),
    topTierLift: top > 0 && base > 0 ? topChurners / top / base : 0,
  };
}
