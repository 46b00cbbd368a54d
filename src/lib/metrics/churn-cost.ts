/**
 * What losing customers costs, as two alternative bills (content review, finding 5): either the
 * company does not replace them and goes without their margin, or it wins replacements, paying
 * the acquisition cost plus the margin it goes without until the replacements earn it again.
 * The two are alternatives for the same lost customers, never a sum: once the replacements earn
 * the margin, the lost margin is no longer lost.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** Acquiring a customer costs 5–25 times as much as retaining one (seed 001); 5 is the default. */
export const ACQUISITION_MULTIPLE_RANGE = { low: 5, high: 25 } as const;

export interface ChurnCostInput {
  /** 流失客户数. */
  lost: number;
  /** 每客户年毛利 — annual margin per customer (¥); revenue overstates the loss. */
  annualValue: number;
  /** 每客户保留成本 (¥ a year); optional — enables the “replace them” bill. */
  retainCost?: number;
  /** 获客成本是保留成本的倍数 k; default 5 (seed range 5–25). */
  acquisitionMultiple?: number;
  /** Months until a replacement earns the same margin (空档期); default 0. */
  monthsToReplace?: number;
}

export interface ChurnCostValue {
  /** Bill A, 不补回的损失: lost × annualValue, the margin gone in a year. */
  lostValue: number;
  /** retainCost × k: what winning one new customer costs (0 without retainCost). */
  acquisitionCost: number;
  /** lost × acquisitionCost. */
  acquisitionTotal: number;
  /** lost × annualValue × months / 12: margin missed until the replacements earn it. */
  gapValue: number;
  /** Bill B, 补回所需投入: acquisitionTotal + gapValue; null without retainCost. */
  replacementCost: number | null;
  /** The lower of the two bills (A when B is unknown): what this churn costs at least. */
  total: number;
  /** Which bill is lower; null without retainCost. */
  cheaper: 'replace' | 'forgo' | null;
  /** lost × retainCost: what keeping them would have cost for a year. */
  retainingCost: number;
  acquisitionMultiple: number;
  monthsToReplace: number;
}

/**
 * 不补回的损失 = 流失客户数 × 每客户年毛利
 * 补回所需投入 = 流失客户数 × (保留成本 × k + 每客户年毛利 × 空档月数 / 12)
 *
 * The churn costs at least the lower of the two. Keeping the same customers would have cost
 * 流失客户数 × 保留成本 — the comparison behind “获客成本是保留成本的 5–25 倍”.
 * Source: seed 001 (流失对企业的影响; 获取新客户的成本通常是保留现有客户的 5–25 倍); seed 002;
 * content review 2026-12, finding 5 (two bills, not a sum).
 */
export function churnCost(input: ChurnCostInput): Result<ChurnCostValue, keyof ChurnCostInput> {
  const c = createChecks<keyof ChurnCostInput>({
    lost: '流失客户数',
    annualValue: '每客户年毛利',
    retainCost: '每客户保留成本',
    acquisitionMultiple: '获客成本倍数',
    monthsToReplace: '补回前的空档期',
  });
  c.count('lost', input.lost);
  c.amount('annualValue', input.annualValue);
  if (input.retainCost !== undefined) c.amount('retainCost', input.retainCost);
  const k = input.acquisitionMultiple ?? ACQUISITION_MULTIPLE_RANGE.low;
  c.number('acquisitionMultiple', k, { min: 1 });
  const months = input.monthsToReplace ?? 0;
  c.number('monthsToReplace', months, { min: 0, max: 120 });
  return c.result(() => {
    const lostValue = input.lost * input.annualValue;
    const retain = input.retainCost ?? 0;
    const acquisitionCost = retain * k;
    const acquisitionTotal = input.lost * acquisitionCost;
    const gapValue = (lostValue * months) / 12;
    const replacementCost = input.retainCost === undefined ? null : acquisitionTotal + gapValue;
    const cheaper = replacementCost === null ? null : replacementCost < lostValue ? 'replace' : 'forgo';
    return {
      lostValue,
      acquisitionCost,
      acquisitionTotal,
      gapValue,
      replacementCost,
      total: replacementCost === null ? lostValue : Math.min(lostValue, replacementCost),
      cheaper,
      retainingCost: input.lost * retain,
      acquisitionMultiple: k,
      monthsToReplace: months,
    };
  });
}
