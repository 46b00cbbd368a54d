/**
 * Budget mode: whom to treat, within a budget B, to maximise the expected net value.
 *
 * Treating person i costs cᵢ (their tier's cost per head) and is expected to save
 * bᵢ = sᵢ · pᵢ · vᵢ (tier success rate × churn probability × value). Only people with bᵢ > cᵢ are
 * worth treating. Choosing the best subset under Σ cᵢ ≤ B is a 0/1 knapsack; we use the greedy
 * rule by benefit-to-cost ratio bᵢ / cᵢ (Dantzig, 1957), skipping anyone who no longer fits. With
 * the few distinct costs of a tier plan this is optimal up to at most one person per cost level.
 */
import { fail, fieldError, ok, type Result } from '../result';
import type { TierPlan } from './interventions';
import { TIER_COUNT } from './tiers';

export interface BudgetResult {
  budget: number;
  /** 1 for each row chosen for treatment. */
  selected: Uint8Array;
  count: number;
  cost: number;
  expectedSaved: number;
  net: number;
  /** net / cost; null when nothing is spent. */
  roi: number | null;
  /** People treated and cost per tier (index 0 = tier 1). */
  perTier: { count: number; cost: number }[];
}

export function chooseWithinBudget(
  budget: number,
  tiers: Uint8Array,
  probability: Float64Array,
  value: Float64Array,
  plans: readonly TierPlan[],
): Result<BudgetResult> {
  if (!Number.isFinite(budget) || budget < 0) return fail([fieldError('budget', '预算须为不小于 0 的金额。')]);
  const n = tiers.length;
  const benefit = new Float64Array(n);
  const cost = new Float64Array(n);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    const plan = plans[(tiers[i] as number) - 1];
    if (plan === undefined) continue;
    const b = plan.successRate * (probability[i] as number) * (value[i] as number);
    benefit[i] = b;
    cost[i] = plan.costPerHead;
    if (b > plan.costPerHead) candidates.push(i);
  }
  const ratio = (i: number) => ((cost[i] as number) > 0 ? (benefit[i] as number) / (cost[i] as number) : Infinity);
  candidates.sort((a, b) => {
    const ra = ratio(a);
    const rb = ratio(b);
    if (ra !== rb) return rb > ra ? 1 : -1;
    return (benefit[b] as number) - (cost[b] as number) - ((benefit[a] as number) - (cost[a] as number)) || a - b;
  });
  const selected = new Uint8Array(n);
  const perTier = Array.from({ length: TIER_COUNT }, () => ({ count: 0, cost: 0 }));
  let spent = 0;
  let saved = 0;
  let count = 0;
  for (const i of candidates) {
    const c = cost[i] as number;
    if (spent + c > budget + 1e-9) continue;
    selected[i] = 1;
    spent += c;
    saved += benefit[i] as number;
    count++;
    const pt = perTier[(tiers[i] as number) - 1];
    if (pt !== undefined) {
      pt.count++;
      pt.cost += c;
    }
  }
  const net = saved - spent;
  return ok({ budget, selected, count, cost: spent, expectedSaved: saved, net, roi: spent > 0 ? net / spent : null, perTier });
}
