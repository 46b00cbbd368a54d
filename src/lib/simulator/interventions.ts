/**
 * Interventions per risk tier and their economics (seed 001, 数据驱动的风险分层管理):
 * 极高/高 → 一对一定制干预, 中 → 半定制, 低/极低 → 批量化维护; default success rate 47%
 * (seed 001: 数据驱动干预的客户挽回率 47%).
 *
 * Per tier: cost = count × cost per head; expected saved value = success rate × Σ pᵢ·vᵢ over its
 * rows (pᵢ the churn probability, vᵢ the person's value); net = saved − cost; ROI = net / cost.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import type { Population } from './samples';
import { TIER_COUNT, TIER_NAMES } from './tiers';

export const DEFAULT_SUCCESS_RATE = 0.47;

export interface TierPlan {
  /** Kind of intervention, e.g. 一对一定制干预. */
  intervention: string;
  /** What it means in practice (seed 001). */
  detail: string;
  /** Cost per person treated (元, ≥ 0). */
  costPerHead: number;
  /** Share of would-be leavers kept by the intervention (0–1). */
  successRate: number;
}

const CUSTOM = '一对一定制干预';
const SEMI = '半定制干预';
const BATCH = '批量化维护';

export function defaultPlans(population: Population): TierPlan[] {
  const custom =
    population === 'customers' ? '专人跟进、上门拜访、方案调整' : '直属上级与 HRBP 一对一挽留面谈,定制薪酬/发展方案';
  const semi = population === 'customers' ? '专属客户经理电话沟通、针对性优惠' : '上级一对一沟通,针对性发展或调薪建议';
  const batch = population === 'customers' ? '定期满意度调查、标准化沟通' : '敬业度调查、标准化关怀与沟通';
  const costs = population === 'customers' ? [2000, 1000, 300, 50, 20] : [8000, 4000, 1000, 200, 100];
  const kinds = [CUSTOM, CUSTOM, SEMI, BATCH, BATCH];
  const details = [custom, custom, semi, batch, batch];
  return costs.map((c, t) => ({ intervention: kinds[t] as string, detail: details[t] as string, costPerHead: c, successRate: DEFAULT_SUCCESS_RATE }));
}

export function validatePlans(plans: readonly TierPlan[], field = 'plans'): Result<TierPlan[]> {
  if (plans.length !== TIER_COUNT) return fail([fieldError(field, `需要 ${TIER_COUNT} 个层级的干预方案。`)]);
  const errors: FieldError[] = [];
  plans.forEach((p, t) => {
    if (!Number.isFinite(p.costPerHead) || p.costPerHead < 0) errors.push(fieldError(`${field}.${t}.cost`, `“${TIER_NAMES[t]}”层的人均成本须为不小于 0 的数。`));
    if (!Number.isFinite(p.successRate) || p.successRate < 0 || p.successRate > 1) errors.push(fieldError(`${field}.${t}.success`, `“${TIER_NAMES[t]}”层的成功率须在 0–100% 之间。`));
  });
  return errors.length > 0 ? fail(errors) : ok(plans.map((p) => ({ ...p })));
}

export interface TierSummary {
  /** 1–5. */
  tier: number;
  name: string;
  count: number;
  /** count / N. */
  share: number;
  /** Rows with a known label, and churners among them. */
  labelled: number;
  churners: number;
  /** Actual churn rate over all labelled rows of the tier (null without labels). */
  actualRate: number | null;
  testCount: number;
  testChurners: number;
  /** Actual churn rate over the tier's test rows only (null when none). */
  testRate: number | null;
  /** Share of all churners (population-wide) that fall in this tier (null without labels). */
  capturedShare: number | null;
  /** Tier rate / overall rate (null without labels). */
  lift: number | null;
  meanScore: number;
  meanProbability: number;
  meanValue: number;
  intervention: string;
  detail: string;
  costPerHead: number;
  successRate: number;
  cost: number;
  expectedSaved: number;
  net: number;
  /** net / cost; null when cost is 0. */
  roi: number | null;
}

export interface TierSummaryInput {
  tiers: Uint8Array;
  scores: Float64Array;
  /** Churn probability per row (0–1). */
  probability: Float64Array;
  value: Float64Array;
  y: Uint8Array | null;
  labelled: Uint8Array | null;
  isTest: Uint8Array | null;
  plans: readonly TierPlan[];
}

function div(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

export function summariseTiers(input: TierSummaryInput): TierSummary[] {
  const { tiers, scores, probability, value, y, labelled, isTest, plans } = input;
  const n = tiers.length;
  const acc = Array.from({ length: TIER_COUNT }, () => ({ count: 0, labelled: 0, churners: 0, testCount: 0, testChurners: 0, score: 0, prob: 0, value: 0, pv: 0 }));
  let allChurners = 0;
  let allLabelled = 0;
  for (let i = 0; i < n; i++) {
    const a = acc[(tiers[i] as number) - 1];
    if (a === undefined) continue;
    a.count++;
    a.score += scores[i] as number;
    a.prob += probability[i] as number;
    a.value += value[i] as number;
    a.pv += (probability[i] as number) * (value[i] as number);
    if (y !== null && (labelled === null || labelled[i] === 1)) {
      const yi = y[i] as number;
      a.labelled++;
      a.churners += yi;
      allLabelled++;
      allChurners += yi;
      if (isTest !== null && isTest[i] === 1) {
        a.testCount++;
        a.testChurners += yi;
      }
    }
  }
  const hasLabels = y !== null && allLabelled > 0;
  const baseRate = div(allChurners, allLabelled);
  return acc.map((a, t) => {
    const plan = plans[t] as TierPlan;
    const cost = a.count * plan.costPerHead;
    const saved = plan.successRate * a.pv;
    const net = saved - cost;
    const actualRate = hasLabels && a.labelled > 0 ? a.churners / a.labelled : null;
    return {
      tier: t + 1,
      name: TIER_NAMES[t] as string,
      count: a.count,
      share: div(a.count, n),
      labelled: a.labelled,
      churners: a.churners,
      actualRate,
      testCount: a.testCount,
      testChurners: a.testChurners,
      testRate: a.testCount > 0 ? a.testChurners / a.testCount : null,
      capturedShare: hasLabels ? div(a.churners, allChurners) : null,
      lift: actualRate !== null && baseRate > 0 ? actualRate / baseRate : null,
      meanScore: div(a.score, a.count),
      meanProbability: div(a.prob, a.count),
      meanValue: div(a.value, a.count),
      intervention: plan.intervention,
      detail: plan.detail,
      costPerHead: plan.costPerHead,
      successRate: plan.successRate,
      cost,
      expectedSaved: saved,
      net,
      roi: cost > 0 ? net / cost : null,
    };
  });
}
