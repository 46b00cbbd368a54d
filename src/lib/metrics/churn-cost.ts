/**
 * What losing customers costs: the revenue that leaves with them, and what it takes to win
 * replacements.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** Acquiring a customer costs 5–25 times as much as retaining one (seed 001); 5 is the default. */
export const ACQUISITION_MULTIPLE_RANGE = { low: 5, high: 25 } as const;

export interface ChurnCostInput {
  /** 流失客户数. */
  lost: number;
  /** 每客户年价值 — annual revenue (or margin) per customer (¥). */
  annualValue: number;
  /** 每客户保留成本 (¥); optional — enables the replacement cost. */
  retainCost?: number;
  /** 获客成本是保留成本的倍数 k; default 5 (seed range 5–25). */
  acquisitionMultiple?: number;
}

export interface ChurnCostValue {
  /** lost × annualValue. */
  lostValue: number;
  /** retainCost × k: what winning one new customer costs (0 without retainCost). */
  acquisitionCost: number;
  /** lost × acquisitionCost: winning the same number back. */
  replacementCost: number;
  /** lost × retainCost × (k − 1): how much more replacing costs than keeping would have. */
  extraOverRetaining: number;
  /** lostValue + replacementCost. */
  total: number;
  acquisitionMultiple: number;
}

/**
 * 客户流失成本 = 流失客户数 × 每客户年价值 + 流失客户数 × 保留成本 × k
 *
 * Each lost customer takes a year of value with them, and replacing them costs k times what
 * keeping them would have (seed: 获取新客户的成本通常是保留现有客户的 5–25 倍).
 * Source: seed 001 (流失对企业的影响); seed 002.
 */
export function churnCost(input: ChurnCostInput): Result<ChurnCostValue, keyof ChurnCostInput> {
  const c = createChecks<keyof ChurnCostInput>({
    lost: '流失客户数',
    annualValue: '每客户年价值',
    retainCost: '每客户保留成本',
    acquisitionMultiple: '获客/保留成本倍数',
  });
  c.count('lost', input.lost);
  c.amount('annualValue', input.annualValue);
  if (input.retainCost !== undefined) c.amount('retainCost', input.retainCost);
  const k = input.acquisitionMultiple ?? ACQUISITION_MULTIPLE_RANGE.low;
  c.number('acquisitionMultiple', k, { min: 1 });
  return c.result(() => {
    const retain = input.retainCost ?? 0;
    const lostValue = input.lost * input.annualValue;
    const acquisitionCost = retain * k;
    const replacement = input.lost * acquisitionCost;
    return {
      lostValue,
      acquisitionCost,
      replacementCost: replacement,
      extraOverRetaining: input.lost * retain * (k - 1),
      total: lostValue + replacement,
      acquisitionMultiple: k,
    };
  });
}
