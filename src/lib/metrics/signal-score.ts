/**
 * Risk score from a warning-signal checklist, and the five risk tiers.
 */
import type { Result } from '../result';
import { createChecks, tidy } from '../validate';
import type { Signal } from './signals';

export type RiskTier = 'very-high' | 'high' | 'medium' | 'low' | 'very-low';

/**
 * The five tiers from highest risk to lowest, with their labels and the typical share of a
 * population in each (seed 001: 极高 5 %, 高 15 %, 中 25 %, 低 35 %, 极低 20 %).
 */
export const RISK_TIERS: readonly { id: RiskTier; label: string; typicalShare: number }[] = [
  { id: 'very-high', label: '极高风险', typicalShare: 0.05 },
  { id: 'high', label: '高风险', typicalShare: 0.15 },
  { id: 'medium', label: '中等风险', typicalShare: 0.25 },
  { id: 'low', label: '低风险', typicalShare: 0.35 },
  { id: 'very-low', label: '极低风险', typicalShare: 0.2 },
];

/** Lowest score (0–100) of each tier above the bottom one. */
export interface TierCutoffs {
  veryHigh: number;
  high: number;
  medium: number;
  low: number;
}

/** 极高 ≥ 80, 高 60–79, 中 40–59, 低 20–39, 极低 < 20 — fixed, and editable per call. */
export const DEFAULT_TIER_CUTOFFS: Readonly<TierCutoffs> = { veryHigh: 80, high: 60, medium: 40, low: 20 };

/** The tier of a 0–100 score under the cut-offs (a score equal to a cut-off belongs to the higher tier). */
export function riskTier(score: number, cutoffs: TierCutoffs = DEFAULT_TIER_CUTOFFS): RiskTier {
  if (score >= cutoffs.veryHigh) return 'very-high';
  if (score >= cutoffs.high) return 'high';
  if (score >= cutoffs.medium) return 'medium';
  if (score >= cutoffs.low) return 'low';
  return 'very-low';
}

export function riskTierLabel(tier: RiskTier): string {
  return RISK_TIERS.find((t) => t.id === tier)?.label ?? tier;
}

export interface SignalScoreInput {
  /** The checklist: usually EMPLOYEE_SIGNALS or CUSTOMER_SIGNALS, possibly with edited weights. */
  signals: readonly Signal[];
  /** Ids of the signals observed (answered "yes"). */
  checked: readonly string[];
  cutoffs?: TierCutoffs;
}

export interface SignalScoreValue {
  /** 100 × weight of the checked signals / weight of all signals. */
  score: number;
  tier: RiskTier;
  tierLabel: string;
  checkedWeight: number;
  totalWeight: number;
  checkedCount: number;
  /** Each signal with whether it was checked and the points it adds to the score. */
  items: { id: string; label: string; weight: number; checked: boolean; points: number }[];
}

export type SignalScoreField =
  | 'signals'
  | 'checked'
  | 'cutoffs'
  | `signals.${number}.${'id' | 'weight'}`
  | `checked.${number}`
  | `cutoffs.${keyof TierCutoffs}`;

/**
 * 风险分 = 100 × Σ 已出现信号的权重 / Σ 全部信号的权重, then 风险等级 by fixed cut-offs.
 *
 * A weighted yes/no checklist: each observed warning sign adds its share of the total weight, so
 * the score reads as "how much of the warning picture is present". About 70 % of customer churn
 * shows clear signs beforehand, which is why a simple checklist already helps.
 * Source: seed 001 (关键流失早期预警信号; 约70%的客户流失在发生前会有明显的预兆; five risk
 * tiers 极高/高/中等/低/极低); weights and cut-offs are course defaults.
 */
export function signalScore(input: SignalScoreInput): Result<SignalScoreValue, SignalScoreField> {
  const c = createChecks<SignalScoreField>({
    signals: '预警信号清单',
    checked: '已出现的信号',
    cutoffs: '分级阈值',
    'cutoffs.veryHigh': '极高风险的分数线',
    'cutoffs.high': '高风险的分数线',
    'cutoffs.medium': '中等风险的分数线',
    'cutoffs.low': '低风险的分数线',
  });
  const signals = Array.isArray(input.signals) ? input.signals : [];
  const checked = Array.isArray(input.checked) ? input.checked : [];
  const cutoffs = input.cutoffs ?? DEFAULT_TIER_CUTOFFS;
  c.rule(signals.length > 0, 'signals', '预警信号清单不能为空');

  const ids = new Set<string>();
  signals.forEach((s, i) => {
    const idField = `signals.${i}.id` as const;
    if (c.rule(typeof s.id === 'string' && s.id !== '', idField, `第 ${i + 1} 个信号缺少标识`)) {
      c.rule(!ids.has(s.id), idField, `信号标识“${s.id}”重复`);
      ids.add(s.id);
    }
    c.amount(c.labelAs(`signals.${i}.weight`, `信号“${s.label}”的权重`), s.weight);
  });
  if (c.errors.length === 0) {
    c.rule(signals.reduce((a, s) => a + s.weight, 0) > 0, 'signals', '信号权重之和必须大于 0');
  }
  checked.forEach((id, i) => {
    c.rule(ids.has(id), `checked.${i}`, `未知的预警信号“${String(id)}”`);
  });

  const keys = ['veryHigh', 'high', 'medium', 'low'] as const;
  const cutoffsOk = keys
    .map((k) => c.number(`cutoffs.${k}`, cutoffs[k], { min: 0, max: 100 }))
    .every(Boolean);
  if (cutoffsOk) {
    c.rule(
      cutoffs.veryHigh > cutoffs.high && cutoffs.high > cutoffs.medium && cutoffs.medium > cutoffs.low,
      'cutoffs',
      '分数线必须从极高到低依次递减',
    );
  }

  return c.result(() => {
    const on = new Set(checked);
    const totalWeight = signals.reduce((a, s) => a + s.weight, 0);
    const items = signals.map((s) => ({
      id: s.id,
      label: s.label,
      weight: s.weight,
      checked: on.has(s.id),
      points: on.has(s.id) ? (100 * s.weight) / totalWeight : 0,
    }));
    const checkedWeight = items.reduce((a, s) => a + (s.checked ? s.weight : 0), 0);
    // Multiply first so that 3 of 6 equal weights is exactly 50.
    const score = (100 * checkedWeight) / totalWeight;
    const tier = riskTier(tidy(score), cutoffs);
    return {
      score,
      tier,
      tierLabel: riskTierLabel(tier),
      checkedWeight,
      totalWeight,
      checkedCount: items.filter((s) => s.checked).length,
      items,
    };
  });
}
