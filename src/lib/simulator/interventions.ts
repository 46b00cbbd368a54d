/**
 * The intervention plan per risk tier (seed 001, 数据驱动的风险分层管理): 极高/高 → 一对一定制干预,
 * 中 → 半定制, 低/极低 → 批量化维护, with a cost per head and a success rate each.
 *
 * 干预成功率（增量）has one definition in the course (module 风险分层与分级干预): 干预组留存率 −
 * 对照组留存率, the share of *all treated people* kept because of the intervention. Its defaults
 * are the module's budget table, 30 / 30 / 8 / 2 / 0.5 % from 极高 to 极低, falling with the
 * tier's churn: a tier cannot keep more people than would have left. Seed 001's 47 % is a raw
 * win-back rate (挽回率, 课程参考值) and is never a default for this field. The customer costs per
 * head are the same table's 2,000 / 800 / 300 / 50 / 20 元. Economics: economics.ts.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { boundMessage, withinBound } from './bounds';
import type { Population } from './samples';
import { TIER_COUNT, TIER_NAMES } from './tiers';

/** The field's name everywhere (simulator, intervention-ROI calculator, module text). */
export const SUCCESS_RATE_LABEL = '干预成功率（增量）';

/** Default 干预成功率（增量） per tier, 极高 first (module E2's budget table). */
export const DEFAULT_SUCCESS_RATES: readonly number[] = [0.3, 0.3, 0.08, 0.02, 0.005];

/** Default cost per head per tier, 极高 first (元; customers: module E2's budget table). */
export const DEFAULT_COSTS: Readonly<Record<Population, readonly number[]>> = {
  customers: [2000, 800, 300, 50, 20],
  employees: [8000, 4000, 1000, 200, 100],
};

/** The kind of intervention per tier, 极高 first. */
export const TIER_INTERVENTIONS: readonly string[] = ['一对一定制干预', '一对一定制干预', '半定制干预', '批量化维护', '批量化维护'];

export interface TierPlan {
  /** Kind of intervention, e.g. 一对一定制干预. */
  intervention: string;
  /** What it means in practice (seed 001). */
  detail: string;
  /** Cost per person treated (元, ≥ 0). */
  costPerHead: number;
  /** 干预成功率（增量）: share of all treated people kept because of the intervention (0–1). */
  successRate: number;
}

export function defaultPlans(population: Population): TierPlan[] {
  const custom =
    population === 'customers' ? '专人跟进、上门拜访、方案调整' : '直属上级与 HRBP 一对一挽留面谈，定制薪酬/发展方案';
  const semi = population === 'customers' ? '专属客户经理电话沟通、针对性优惠' : '上级一对一沟通，针对性发展或调薪建议';
  const batch = population === 'customers' ? '定期满意度调查、标准化沟通' : '敬业度调查、标准化关怀与沟通';
  const details = [custom, custom, semi, batch, batch];
  return DEFAULT_COSTS[population].map((c, t) => ({
    intervention: TIER_INTERVENTIONS[t] as string,
    detail: details[t] as string,
    costPerHead: c,
    successRate: DEFAULT_SUCCESS_RATES[t] as number,
  }));
}

export function validatePlans(plans: readonly TierPlan[], field = 'plans'): Result<TierPlan[]> {
  if (plans.length !== TIER_COUNT) return fail([fieldError(field, `需要 ${TIER_COUNT} 个层级的干预方案。`)]);
  const errors: FieldError[] = [];
  plans.forEach((p, t) => {
    if (!withinBound('cost', p.costPerHead)) errors.push(fieldError(`${field}.${t}.cost`, `“${TIER_NAMES[t]}”层：${boundMessage('cost')}。`));
    if (!withinBound('success', p.successRate * 100)) errors.push(fieldError(`${field}.${t}.success`, `“${TIER_NAMES[t]}”层：${boundMessage('success')}。`));
  });
  return errors.length > 0 ? fail(errors) : ok(plans.map((p) => ({ ...p })));
}

