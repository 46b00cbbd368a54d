/**
 * Converting a churn rate between months, quarters and years. Rates are fractions.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export type Period = 'month' | 'quarter' | 'year';

/** Months in each period. */
export const PERIOD_MONTHS: Readonly<Record<Period, number>> = { month: 1, quarter: 3, year: 12 };

/** Chinese names, for working and messages. */
export const PERIOD_LABELS: Readonly<Record<Period, string>> = { month: '月', quarter: '季度', year: '年' };

export interface PeriodInput {
  /** Churn rate per `from` period, a fraction in [0, 1]. */
  rate: number;
  from: Period;
  to: Period;
}

export interface PeriodValue {
  /** The compounded rate per `to` period: 1 − (1 − rate)^exponent. */
  rate: number;
  /** The naive figure rate × exponent (e.g. monthly × 12) — the common mistake; may exceed 1. */
  naive: number;
  /** How many `from` periods make one `to` period (12 for month → year, 1/3 for quarter → month). */
  exponent: number;
  /** 1 − input rate: the share kept per `from` period. */
  retentionFrom: number;
  /** (1 − rate)^exponent: the share kept per `to` period. */
  retentionTo: number;
  /** naive − rate: how far the naive figure is off (positive when it overstates). */
  naiveError: number;
}

function isPeriod(p: unknown): p is Period {
  return p === 'month' || p === 'quarter' || p === 'year';
}

/**
 * 年流失率 = 1 − (1 − 月流失率)^12, 季度流失率 = 1 − (1 − 月流失率)^3, and back:
 * 月流失率 = 1 − (1 − 年流失率)^(1/12).
 *
 * Churn compounds: each month only those still there can leave, so twelve months at 5 % lose
 * 1 − 0.95^12 ≈ 46 %, not 60 %. The naive "× 12" figure is returned too, so the course can show
 * how much it overstates (it can even pass 100 %). Converting down uses the same formula with a
 * fractional exponent, and up-then-down returns the original rate.
 * Source: standard survival arithmetic (constant per-period hazard); periods from seed 001
 * (月度/季度/年度流失率).
 */
export function convertChurnRate(input: PeriodInput): Result<PeriodValue, keyof PeriodInput> {
  const c = createChecks<keyof PeriodInput>({ rate: '流失率', from: '原周期', to: '目标周期' });
  c.fraction('rate', input.rate);
  c.rule(isPeriod(input.from), 'from', '原周期必须是月、季度或年');
  c.rule(isPeriod(input.to), 'to', '目标周期必须是月、季度或年');
  return c.result(() => {
    const exponent = PERIOD_MONTHS[input.to] / PERIOD_MONTHS[input.from];
    const retentionFrom = 1 - input.rate;
    const retentionTo = retentionFrom ** exponent;
    const rate = 1 - retentionTo;
    const naive = input.rate * exponent;
    return { rate, naive, exponent, retentionFrom, retentionTo, naiveError: naive - rate };
  });
}

/** 年流失率 = 1 − (1 − 月流失率)^12. See convertChurnRate. */
export function monthlyToAnnual(monthly: number): Result<PeriodValue, keyof PeriodInput> {
  return convertChurnRate({ rate: monthly, from: 'month', to: 'year' });
}

/** 月流失率 = 1 − (1 − 年流失率)^(1/12). See convertChurnRate. */
export function annualToMonthly(annual: number): Result<PeriodValue, keyof PeriodInput> {
  return convertChurnRate({ rate: annual, from: 'year', to: 'month' });
}
