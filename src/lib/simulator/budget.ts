/**
 * Budget mode: whom to treat, within a budget B, to maximise the expected net value.
 *
 * Treating person i costs cᵢ (their tier's cost per head) and is expected to save bᵢ = sₜ · vᵢ
 * (the tier's 干预成功率（增量） × the person's value; see economics.ts). Only people with
 * bᵢ > cᵢ are worth treating. Choosing the best subset under Σ cᵢ ≤ B is a 0/1 knapsack; we use
 * the greedy rule by benefit-to-cost ratio bᵢ / cᵢ (Dantzig, 1957), skipping anyone who no longer
 * fits. With the five cost levels of a tier plan this is optimal up to at most one person per
 * level. It is also the module's rule “预算被削减时,从边际回报最低的地方砍起”.
 *
 * Within a tier every person has the same cost and rate, so the ratio order is the value order:
 * with rows pre-sorted by value once per fit, a five-way merge picks people in O(n) per call.
 * Ties: higher ratio first, then higher net, then lower row index.
 */
import { fail, fieldError, ok, type Result } from '../result';
import { boundMessage, withinBound } from './bounds';
import type { TierPlan } from './interventions';
import { argsortDescending } from './sort';
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

/** Rows by value, highest first (ties by row index): computed once per scored population. */
export function valueOrder(value: Float64Array): Int32Array {
  return argsortDescending(value);
}

export function chooseWithinBudget(
  budget: number,
  tiers: Uint8Array,
  value: Float64Array,
  plans: readonly TierPlan[],
  order: Int32Array = valueOrder(value),
): Result<BudgetResult> {
  if (!withinBound('budget', budget)) return fail([fieldError('budget', `${boundMessage('budget')}。`)]);
  const n = tiers.length;
  // Per tier, its worthwhile rows in value order.
  const lists: number[][] = Array.from({ length: TIER_COUNT }, () => []);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const t = (tiers[i] as number) - 1;
    const plan = plans[t];
    if (plan === undefined) continue;
    if (plan.successRate * (value[i] as number) > plan.costPerHead) (lists[t] as number[]).push(i);
  }
  const head = new Int32Array(TIER_COUNT);
  const benefit = (t: number, i: number) => (plans[t] as TierPlan).successRate * (value[i] as number);
  const ratio = (t: number, i: number) => {
    const c = (plans[t] as TierPlan).costPerHead;
    return c > 0 ? benefit(t, i) / c : Infinity;
  };
  const selected = new Uint8Array(n);
  const perTier = Array.from({ length: TIER_COUNT }, () => ({ count: 0, cost: 0 }));
  let spent = 0;
  let saved = 0;
  let count = 0;
  for (;;) {
    let best = -1;
    for (let t = 0; t < TIER_COUNT; t++) {
      const list = lists[t] as number[];
      if ((head[t] as number) >= list.length) continue;
      if (best < 0) {
        best = t;
        continue;
      }
      const i = list[head[t] as number] as number;
      const j = (lists[best] as number[])[head[best] as number] as number;
      const ri = ratio(t, i);
      const rj = ratio(best, j);
      const ni = benefit(t, i) - (plans[t] as TierPlan).costPerHead;
      const nj = benefit(best, j) - (plans[best] as TierPlan).costPerHead;
      if (ri > rj || (ri === rj && (ni > nj || (ni === nj && i < j)))) best = t;
    }
    if (best < 0) break;
    const list = lists[best] as number[];
    const i = list[head[best] as number] as number;
    const c = (plans[best] as TierPlan).costPerHead;
    if (spent + c > budget + 1e-9) {
      // Everyone left in this tier costs the same: none of them fits any more.
      head[best] = list.length;
      continue;
    }
    head[best] = (head[best] as number) + 1;
    selected[i] = 1;
    spent += c;
    saved += benefit(best, i);
    count++;
    const pt = perTier[best] as { count: number; cost: number };
    pt.count++;
    pt.cost += c;
  }
  const net = saved - spent;
  return ok({ budget, selected, count, cost: spent, expectedSaved: saved, net, roi: spent > 0 ? net / spent : null, perTier });
}
