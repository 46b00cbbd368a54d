/**
 * Cohort retention: follow one group (customers who signed up in March, the 2024 graduate
 * hires) period by period.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export interface LifetimeInput {
  /** Churn per period, a fraction in (0, 1]. */
  churn: number;
}

export interface LifetimeValue {
  /** 1 / churn, in periods. */
  lifetime: number;
  churn: number;
}

/**
 * 预期生命周期 = 1 / 流失率 (in periods)
 *
 * With a constant churn per period the time a member stays is geometric, and its mean is 1 / churn:
 * 5 % a month means 20 months on average. Churn must be above 0 (no churn = no end).
 * Source: standard result for a geometric distribution; used in CLV (Gupta & Lehmann 2003).
 */
export function expectedLifetime(input: LifetimeInput): Result<LifetimeValue, keyof LifetimeInput> {
  const c = createChecks<keyof LifetimeInput>({ churn: '流失率' });
  c.fraction('churn', input.churn, { min: 0, minExclusive: true });
  return c.result(() => ({ lifetime: 1 / input.churn, churn: input.churn }));
}

export interface CohortInput {
  /** 同期群规模 — members at period 0. */
  size: number;
  /** survivors[i] = members still there at the end of period i + 1 (never more than before). */
  survivors: readonly number[];
}

export interface CohortPoint {
  /** 1, 2, … */
  period: number;
  survivors: number;
  /** survivors / size. */
  retention: number;
  /** survivors / survivors of the previous period (1 when the previous was 0). */
  periodRetention: number;
  /** Left during this period. */
  lost: number;
}

export interface CohortValue {
  size: number;
  /** Period 0 (retention 1) is not listed; the curve starts at period 1. */
  curve: CohortPoint[];
  /** The last retention figure. */
  finalRetention: number;
  /** Geometric mean churn per period: 1 − finalRetention^(1 / periods). */
  averageChurn: number;
  /** 1 / averageChurn in periods; null when nobody left (no finite estimate). */
  expectedLifetime: number | null;
}

export type CohortField = keyof CohortInput | `survivors.${number}`;

/**
 * 留存曲线: 第 t 期留存率 = 第 t 期仍在人数 / 同期群初始人数
 *
 * The retention curve of one cohort, the churn of each period (those still there who left in
 * it), the average churn per period (the constant rate that would give the same final figure)
 * and the expected lifetime 1 / churn that rate implies.
 * Source: standard cohort analysis; lifetime = 1 / churn as in expectedLifetime.
 */
export function cohortRetention(input: CohortInput): Result<CohortValue, CohortField> {
  const c = createChecks<CohortField>({ size: '同期群初始人数', survivors: '各期留存人数' });
  c.count('size', input.size, { min: 0, minExclusive: true });
  const list = Array.isArray(input.survivors) ? input.survivors : [];
  c.rule(list.length > 0, 'survivors', '至少需要一期的留存人数');
  let previous = c.valid('size') ? input.size : Infinity;
  list.forEach((n, i) => {
    const field = c.labelAs(`survivors.${i}` as const, `第 ${i + 1} 期留存人数`);
    if (c.count(field, n)) {
      if (n > previous) c.add(field, `${c.label(field)}不能多于${i === 0 ? '同期群初始人数' : '上一期'}`);
      else previous = n;
    }
  });
  return c.result(() => {
    let before = input.size;
    const curve = list.map((n, i) => {
      const point = {
        period: i + 1,
        survivors: n,
        retention: n / input.size,
        periodRetention: before === 0 ? 1 : n / before,
        lost: before - n,
      };
      before = n;
      return point;
    });
    const finalRetention = before / input.size;
    const averageChurn = 1 - finalRetention ** (1 / list.length);
    return {
      size: input.size,
      curve,
      finalRetention,
      averageChurn,
      expectedLifetime: averageChurn > 0 ? 1 / averageChurn : null,
    };
  });
}
