/**
 * Retention rate for customers or employees. Counts are whole numbers; the rate is a fraction
 * (0.85 = 85%).
 */
import type { Result } from '../result';
import { createChecks, type Labels } from '../validate';

export interface RetentionInput {
  /** 期初人数 / 客户数 — at the start of the period. */
  start: number;
  /** 期末人数 / 客户数 — at the end of the period, new ones included. */
  end: number;
  /** 新增 — customers won or employees hired during the period. */
  added: number;
}

export interface RetentionValue {
  /** (end − added) / start. */
  rate: number;
  /** end − added: those from the start who are still there. */
  retained: number;
  /** start − retained: those from the start who left. */
  lost: number;
  /** 1 − rate: the matching churn rate. */
  churnRate: number;
}

export type RetentionSubject = 'customer' | 'employee';

const LABELS: Record<RetentionSubject, Labels<keyof RetentionInput>> = {
  customer: { start: '期初客户数', end: '期末客户数', added: '新增客户数' },
  employee: { start: '期初员工数', end: '期末员工数', added: '新入职员工数' },
};

/**
 * 留存率 = (期末数 − 新增数) / 期初数
 *
 * The share of those present at the start of a period who are still there at its end. New
 * customers (or new hires) are taken out of the end count so that growth cannot hide churn.
 * Consistency: new ≤ end, and the survivors (end − new) cannot exceed the start.
 * Source: seed 000 (留存率培训), seed 002 (客户留存率提升).
 */
export function retentionRate(
  input: RetentionInput,
  subject: RetentionSubject = 'customer',
): Result<RetentionValue, keyof RetentionInput> {
  const c = createChecks(LABELS[subject]);
  c.count('start', input.start, { min: 0, minExclusive: true });
  c.count('end', input.end);
  c.count('added', input.added);
  if (c.valid('end', 'added')) {
    c.rule(input.added <= input.end, 'added', `${c.label('added')}不能大于${c.label('end')}`);
  }
  if (c.valid('start', 'end', 'added')) {
    c.rule(
      input.end - input.added <= input.start,
      'end',
      `${c.label('end')}减去${c.label('added')}（留下的 ${input.end - input.added}）不能大于${c.label('start')}`,
    );
  }
  return c.result(() => {
    const retained = input.end - input.added;
    const rate = retained / input.start;
    return { rate, retained, lost: input.start - retained, churnRate: (input.start - retained) / input.start };
  });
}

/** 客户留存率 = (期末客户数 − 新增客户数) / 期初客户数. Source: seeds 000, 002. */
export function customerRetentionRate(input: RetentionInput): Result<RetentionValue, keyof RetentionInput> {
  return retentionRate(input, 'customer');
}

/** 员工留存率 = (期末员工数 − 新入职员工数) / 期初员工数. Source: seed 000. */
export function employeeRetentionRate(input: RetentionInput): Result<RetentionValue, keyof RetentionInput> {
  return retentionRate(input, 'employee');
}
