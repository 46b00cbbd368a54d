/**
 * Evaluation of a risk ranking against known labels: confusion matrix and the measures derived
 * from it, ROC AUC, ROC curve points, cumulative gains and lift.
 * Source: Fawcett, "An introduction to ROC analysis", Pattern Recognition Letters 27 (2006).
 */
import { argsortAscending, argsortDescending } from './sort';

export interface Confusion {
  /** Predicted churn, churned. */
  tp: number;
  /** Predicted churn, stayed. */
  fp: number;
  /** Predicted stay, stayed. */
  tn: number;
  /** Predicted stay, churned. */
  fn: number;
}

export interface ClassificationMetrics {
  confusion: Confusion;
  /** (tp + tn) / n. */
  accuracy: number;
  /** tp / (tp + fp); 0 when nothing is predicted as churn. */
  precision: number;
  /** tp / (tp + fn); 0 when there are no churners. */
  recall: number;
  /** 2 · precision · recall / (precision + recall); 0 when both are 0. */
  f1: number;
}

function safeDiv(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** Confusion matrix of 0/1 predictions against 0/1 labels, over the given rows (all if null). */
export function confusionMatrix(predicted: ArrayLike<number>, y: ArrayLike<number>, rows: ArrayLike<number> | null = null): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const m = rows === null ? y.length : rows.length;
  for (let r = 0; r < m; r++) {
    const i = rows === null ? r : (rows[r] as number);
    const pr = (predicted[i] as number) === 1;
    const act = (y[i] as number) === 1;
    if (pr && act) c.tp++;
    else if (pr) c.fp++;
    else if (act) c.fn++;
    else c.tn++;
  }
  return c;
}

/** Accuracy, precision, recall and F1 from a confusion matrix. */
export function classificationMetrics(c: Confusion): ClassificationMetrics {
  const n = c.tp + c.fp + c.tn + c.fn;
  const precision = safeDiv(c.tp, c.tp + c.fp);
  const recall = safeDiv(c.tp, c.tp + c.fn);
  return {
    confusion: c,
    accuracy: safeDiv(c.tp + c.tn, n),
    precision,
    recall,
    f1: safeDiv(2 * precision * recall, precision + recall),
  };
}

function rowsOrAll(rows: ArrayLike<number> | null, n: number): Int32Array {
  if (rows === null) return Int32Array.from({ length: n }, (_, i) => i);
  return Int32Array.from(rows as ArrayLike<number>);
}

/** Rows ordered by score, highest first; ties by row index (deterministic). */
function byScoreDesc(scores: ArrayLike<number>, rows: Int32Array): Int32Array {
  return argsortDescending(scores, rows);
}

/**
 * ROC AUC = P(score of a random churner > score of a random stayer), ties counting ½ — the
 * Mann–Whitney U statistic divided by n₁·n₀, computed from average ranks. 0.5 when a class is
 * absent (no ranking can be judged).
 */
export function rocAuc(scores: ArrayLike<number>, y: ArrayLike<number>, rows: ArrayLike<number> | null = null, ascending: Int32Array | null = null): number {
  // `ascending`: the rows already ordered by score (lets one sort serve AUC, ROC and gains).
  const idx = ascending ?? argsortAscending(scores, rowsOrAll(rows, y.length));
  let n1 = 0;
  let rankSum = 0;
  const m = idx.length;
  let i = 0;
  while (i < m) {
    let j = i;
    const s = scores[idx[i] as number] as number;
    while (j + 1 < m && (scores[idx[j + 1] as number] as number) === s) j++;
    const avgRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) {
      if ((y[idx[k] as number] as number) === 1) {
        n1++;
        rankSum += avgRank;
      }
    }
    i = j + 1;
  }
  const n0 = m - n1;
  if (n1 === 0 || n0 === 0) return 0.5;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

export interface RocPoint {
  /** False positive rate. */
  fpr: number;
  /** True positive rate. */
  tpr: number;
}

/** ROC curve points (one per distinct score, thinned to at most `maxPoints`), from (0,0) to (1,1). */
export function rocCurve(scores: ArrayLike<number>, y: ArrayLike<number>, rows: ArrayLike<number> | null = null, maxPoints = 101, descending: Int32Array | null = null): RocPoint[] {
  const idx = descending ?? byScoreDesc(scores, rowsOrAll(rows, y.length));
  let pos = 0;
  for (const i of idx) pos += y[i] as number;
  const neg = idx.length - pos;
  const all: RocPoint[] = [{ fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    if ((y[i] as number) === 1) tp++;
    else fp++;
    const nextI = idx[k + 1];
    if (nextI === undefined || (scores[nextI] as number) !== (scores[i] as number)) {
      all.push({ fpr: safeDiv(fp, neg), tpr: safeDiv(tp, pos) });
    }
  }
  if (all.length <= maxPoints) return all;
  const out: RocPoint[] = [];
  for (let k = 0; k < maxPoints; k++) out.push(all[Math.round((k * (all.length - 1)) / (maxPoints - 1))] as RocPoint);
  return out;
}

export interface GainsPoint {
  /** Share of the population contacted, highest risk first (0–1). */
  share: number;
  /** Share of all churners among them (cumulative gains, 0–1). */
  captured: number;
  /** captured / share: how many times better than contacting at random (1 at share = 1). */
  lift: number;
}

/**
 * Cumulative gains and lift at `steps` equal shares of the population ranked by score.
 * Lift(q) = (churners in top q / all churners) / q.
 */
export function gainsCurve(scores: ArrayLike<number>, y: ArrayLike<number>, rows: ArrayLike<number> | null = null, steps = 20, descending: Int32Array | null = null): GainsPoint[] {
  const idx = descending ?? byScoreDesc(scores, rowsOrAll(rows, y.length));
  const m = idx.length;
  let pos = 0;
  for (const i of idx) pos += y[i] as number;
  const out: GainsPoint[] = [{ share: 0, captured: 0, lift: 1 }];
  let cum = 0;
  let k = 0;
  for (let s = 1; s <= steps; s++) {
    const upto = Math.round((s * m) / steps);
    while (k < upto) cum += y[idx[k++] as number] as number;
    const share = s / steps;
    const captured = safeDiv(cum, pos);
    out.push({ share, captured, lift: pos > 0 ? captured / share : 1 });
  }
  return out;
}

/** Lift of a group: (churn rate in the group) / (churn rate overall); 0 when either is undefined. */
export function liftOf(groupChurners: number, groupSize: number, allChurners: number, allSize: number): number {
  const base = safeDiv(allChurners, allSize);
  return base > 0 ? safeDiv(groupChurners, groupSize) / base : 0;
}
