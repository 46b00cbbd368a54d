/**
 * Customer satisfaction (CSAT) from a rating question ("how satisfied were you?").
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** Supported rating scales: 1–5 (default, seed 004), 1–7 and 1–10. */
export type CsatScale = 5 | 7 | 10;

export const CSAT_SCALES: readonly CsatScale[] = [5, 7, 10];

export interface CsatCountsInput {
  /** counts[i] = answers with score i + 1; exactly `scale` entries. */
  counts: readonly number[];
  scale?: CsatScale;
}

export interface CsatScoresInput {
  /** Raw answers, each a whole number 1 … scale. */
  scores: readonly number[];
  scale?: CsatScale;
}

export interface CsatValue {
  /** satisfied / total: share of answers in the top two boxes (a fraction). */
  csat: number;
  /** Answers in the top two boxes. */
  satisfied: number;
  total: number;
  /** Mean score on the scale. */
  mean: number;
  scale: CsatScale;
  /** The two scores counted as satisfied, e.g. [4, 5]. */
  topBoxes: [number, number];
  /** Answers per score, index 0 = score 1. */
  counts: number[];
}

export type CsatField = 'counts' | 'scores' | 'scale' | `counts.${number}` | `scores.${number}`;

function isScale(s: unknown): s is CsatScale {
  return s === 5 || s === 7 || s === 10;
}

const SCALE_MESSAGE = '评分量表必须是 1–5、1–7 或 1–10';

/**
 * CSAT = 给出最高两档评分(1–5 分量表中的 4 分和 5 分)的答卷数 / 答卷总数
 *
 * The share of "satisfied" answers (top-2 box), plus the mean score. On 1–7 the top two boxes are
 * 6 and 7; on 1–10 they are 9 and 10.
 * Source: seed 004 (CSAT 通常使用 1 到 5 分); top-2-box convention as used by the American
 * Customer Satisfaction Index literature and common survey practice.
 */
export function csatFromCounts(input: CsatCountsInput): Result<CsatValue, CsatField> {
  const c = createChecks<CsatField>({ counts: '各分值答卷数', scores: '评分', scale: '评分量表' });
  const scale = input.scale ?? 5;
  const counts = Array.isArray(input.counts) ? input.counts : [];
  if (c.rule(isScale(scale), 'scale', SCALE_MESSAGE)) {
    c.rule(counts.length === scale, 'counts', `需要 ${scale} 个分值（1–${scale} 分）各自的答卷数`);
  }
  counts.forEach((n, i) => c.count(c.labelAs(`counts.${i}`, `${i + 1} 分的答卷数`), n));
  if (c.errors.length === 0) {
    c.rule(counts.reduce((a, b) => a + b, 0) > 0, 'counts', '至少需要一份答卷');
  }
  return c.result(() => csatValue(counts, scale));
}

/** CSAT from raw answers; same formula and sources as csatFromCounts. */
export function csatFromScores(input: CsatScoresInput): Result<CsatValue, CsatField> {
  const c = createChecks<CsatField>({ counts: '各分值答卷数', scores: '评分', scale: '评分量表' });
  const scale = input.scale ?? 5;
  const scores = Array.isArray(input.scores) ? input.scores : [];
  const scaleOk = c.rule(isScale(scale), 'scale', SCALE_MESSAGE);
  c.rule(scores.length > 0, 'scores', '至少需要一份答卷');
  if (scaleOk) {
    scores.forEach((s, i) => c.number(c.labelAs(`scores.${i}`, `第 ${i + 1} 个评分`), s, { integer: true, min: 1, max: scale }));
  }
  return c.result(() => {
    const counts = new Array<number>(scale).fill(0);
    for (const s of scores) counts[s - 1] = (counts[s - 1] ?? 0) + 1;
    return csatValue(counts, scale);
  });
}

function csatValue(counts: readonly number[], scale: CsatScale): CsatValue {
  const total = counts.reduce((a, b) => a + b, 0);
  const satisfied = (counts[scale - 1] ?? 0) + (counts[scale - 2] ?? 0);
  const sum = counts.reduce((acc, n, i) => acc + n * (i + 1), 0);
  return {
    csat: satisfied / total,
    satisfied,
    total,
    mean: sum / total,
    scale,
    topBoxes: [scale - 1, scale],
    counts: counts.slice(),
  };
}
