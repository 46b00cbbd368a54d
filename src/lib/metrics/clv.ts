/**
 * Customer lifetime value (客户生命周期价值, CLV). All rates are per the same period as ARPU
 * (e.g. all monthly) and are fractions.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export interface ClvInput {
  /** ARPU — average revenue per customer per period (¥). */
  arpu: number;
  /** 毛利率 — gross margin, a fraction in [0, 1]. */
  grossMargin: number;
  /** 流失率 — churn per period, a fraction in (0, 1]. */
  churn: number;
  /** 贴现率 — discount rate per period, > −1; optional (enables the discounted CLV). */
  discountRate?: number;
  /** 获客成本 CAC (¥ per customer), > 0; optional (enables CLV / CAC). */
  cac?: number;
}

export interface ClvValue {
  /** m = arpu × grossMargin: margin per customer per period. */
  margin: number;
  /** r = 1 − churn: retention per period. */
  retention: number;
  /** 1 / churn: expected lifetime in periods. */
  lifetime: number;
  /** m × lifetime = m / churn. */
  simple: number;
  /** m × r / (1 + d − r), when a discount rate is given. */
  discounted?: number;
  /** CLV / CAC when a CAC is given: the discounted CLV if available, else the simple one. */
  clvToCac?: number;
  clvToCacBasis?: 'simple' | 'discounted';
}

const LABELS = {
  arpu: '每客户平均收入（ARPU）',
  grossMargin: '毛利率',
  churn: '流失率',
  discountRate: '贴现率',
  cac: '获客成本（CAC）',
} as const satisfies Record<keyof ClvInput, string>;

/**
 * 简单 CLV = 每期毛利 × 预期生命周期 = (ARPU × 毛利率) × 1 / 流失率
 * 贴现 CLV = m × r / (1 + d − r), r = 1 − 流失率, d = 贴现率
 *
 * What one customer is worth over the relationship. The simple form adds up margins over the
 * expected lifetime; the discounted form (margins received at the end of each period, infinite
 * horizon) values later money less and weighs each period by the chance the customer is still
 * there. CLV / CAC compares that worth with the cost of winning the customer (3 or more is a
 * common rule of thumb).
 * Source: Gupta & Lehmann, "Customers as Assets", Journal of Interactive Marketing 17(1), 2003;
 * seed 004 (客户生命周期价值 CLV), seed 002.
 */
export function customerLifetimeValue(input: ClvInput): Result<ClvValue, keyof ClvInput> {
  const c = createChecks<keyof ClvInput>(LABELS);
  c.amount('arpu', input.arpu);
  c.fraction('grossMargin', input.grossMargin);
  c.fraction('churn', input.churn, { min: 0, minExclusive: true });
  const d = input.discountRate;
  if (d !== undefined && c.number('discountRate', d, { min: -1, minExclusive: true }) && c.valid('churn')) {
    c.rule(d + input.churn > 0, 'discountRate', '贴现率与流失率之和必须大于 0（即 1 + d − r > 0）');
  }
  if (input.cac !== undefined) c.amount('cac', input.cac, { positive: true });

  return c.result(() => {
    const margin = input.arpu * input.grossMargin;
    const retention = 1 - input.churn;
    const simple = margin / input.churn;
    const value: ClvValue = { margin, retention, lifetime: 1 / input.churn, simple };
    // 1 + d − r written as d + churn: the same number, with less rounding noise.
    if (d !== undefined) value.discounted = (margin * retention) / (d + input.churn);
    if (input.cac !== undefined) {
      const basis = value.discounted ?? simple;
      value.clvToCac = basis / input.cac;
      value.clvToCacBasis = value.discounted === undefined ? 'simple' : 'discounted';
    }
    return value;
  });
}
