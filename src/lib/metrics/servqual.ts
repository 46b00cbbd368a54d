/**
 * SERVQUAL gap analysis: service quality as perception minus expectation on five dimensions.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export type ServqualDimension = 'tangibles' | 'reliability' | 'responsiveness' | 'assurance' | 'empathy';

/** The five dimensions, in the order of Parasuraman, Zeithaml & Berry. */
export const SERVQUAL_DIMENSIONS: readonly { id: ServqualDimension; label: string; description: string }[] = [
  { id: 'tangibles', label: '有形性', description: '设施、设备、人员和资料的外观' },
  { id: 'reliability', label: '可靠性', description: '可靠、准确地履行服务承诺的能力' },
  { id: 'responsiveness', label: '响应性', description: '帮助客户并迅速提供服务的意愿' },
  { id: 'assurance', label: '保证性', description: '员工的知识、礼貌以及让客户信任的能力' },
  { id: 'empathy', label: '移情性', description: '关心客户并提供个性化关注' },
];

/** Scores are on the 1–7 scale of the SERVQUAL questionnaire. */
export const SERVQUAL_SCALE = { min: 1, max: 7 } as const;

export interface ServqualScore {
  dimension: ServqualDimension;
  /** 期望 E, 1–7. */
  expectation: number;
  /** 感知 P, 1–7. */
  perception: number;
  /** Importance weight ≥ 0 (e.g. points out of 100); default 1 (all equal). */
  weight?: number;
}

export interface ServqualInput {
  scores: readonly ServqualScore[];
}

export interface ServqualRow {
  dimension: ServqualDimension;
  label: string;
  expectation: number;
  perception: number;
  /** P − E: negative when the service falls short of what customers expect. */
  gap: number;
  /** Normalised weight (the weights add up to 1). */
  weight: number;
}

export interface ServqualValue {
  rows: ServqualRow[];
  /** Σ weight × gap. */
  weightedGap: number;
  /** Plain mean of the gaps. */
  meanGap: number;
  /** The dimension with the most negative gap (first one on ties). */
  largestGap: ServqualRow;
  /** Whether any dimension falls short (gap < 0). */
  hasShortfall: boolean;
}

export type ServqualField = 'scores' | `scores.${number}.${'dimension' | 'expectation' | 'perception' | 'weight'}`;

/**
 * 服务质量差距 = 感知 P − 期望 E, per dimension; 加权总差距 = Σ 权重 × (P − E) / Σ 权重.
 *
 * Service quality is judged against expectations: a negative gap means customers expected more
 * than they got, and the dimension with the largest shortfall is where to act first.
 * Source: Parasuraman, Zeithaml & Berry, "SERVQUAL: A Multiple-Item Scale for Measuring Consumer
 * Perceptions of Service Quality", Journal of Retailing 64(1), 1988; seeds 002, 003 (five
 * dimensions: 有形性、可靠性、响应性、保证性、移情性).
 */
export function servqualGap(input: ServqualInput): Result<ServqualValue, ServqualField> {
  const c = createChecks<ServqualField>({ scores: 'SERVQUAL 评分' });
  const scores = Array.isArray(input.scores) ? input.scores : [];
  c.rule(scores.length > 0, 'scores', '至少需要一个维度的评分');
  const seen = new Set<ServqualDimension>();
  scores.forEach((s, i) => {
    const dim = SERVQUAL_DIMENSIONS.find((d) => d.id === s.dimension);
    const name = dim ? dim.label : `第 ${i + 1} 个维度`;
    if (c.rule(dim !== undefined, `scores.${i}.dimension`, `第 ${i + 1} 行的维度必须是有形性、可靠性、响应性、保证性或移情性之一`)) {
      c.rule(!seen.has(s.dimension), `scores.${i}.dimension`, `维度“${name}”重复`);
      seen.add(s.dimension);
    }
    const scale = { min: SERVQUAL_SCALE.min, max: SERVQUAL_SCALE.max };
    c.number(c.labelAs(`scores.${i}.expectation`, `${name}的期望分`), s.expectation, scale);
    c.number(c.labelAs(`scores.${i}.perception`, `${name}的感知分`), s.perception, scale);
    if (s.weight !== undefined) c.amount(c.labelAs(`scores.${i}.weight`, `${name}的权重`), s.weight);
  });
  if (c.errors.length === 0) {
    c.rule(scores.reduce((a, s) => a + (s.weight ?? 1), 0) > 0, 'scores', '权重之和必须大于 0');
  }
  return c.result(() => {
    const totalWeight = scores.reduce((a, s) => a + (s.weight ?? 1), 0);
    const rows: ServqualRow[] = scores.map((s) => ({
      dimension: s.dimension,
      label: SERVQUAL_DIMENSIONS.find((d) => d.id === s.dimension)?.label ?? s.dimension,
      expectation: s.expectation,
      perception: s.perception,
      gap: s.perception - s.expectation,
      weight: (s.weight ?? 1) / totalWeight,
    }));
    const weightedGap = scores.reduce((a, s) => a + (s.weight ?? 1) * (s.perception - s.expectation), 0) / totalWeight;
    const largestGap = rows.reduce((worst, r) => (r.gap < worst.gap ? r : worst));
    return {
      rows,
      weightedGap,
      meanGap: rows.reduce((a, r) => a + r.gap, 0) / rows.length,
      largestGap,
      hasShortfall: largestGap.gap < 0,
    };
  });
}
