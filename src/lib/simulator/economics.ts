/**
 * Tier economics with the course's one definition of 干预成功率（增量） (module 风险分层与分级干预):
 *
 *   预期挽回价值(一层) = 干预人数 × 成功率 × 每人价值 = sₜ · Σᵢ vᵢ over the tier's rows
 *   总成本 = 人数 × 人均成本;  净收益 = 挽回价值 − 总成本;  ROI = 净收益 ÷ 总成本
 *
 * The success rate is already a share of *all* treated people, so the churn probability is not
 * multiplied in again; the model's job is to sort people into tiers. Per person, the expected net
 * value of treating i is sₜ·vᵢ − cₜ (what the exported list shows).
 *
 * A tier cannot keep more people than would have left: when a tier's assumed rate exceeds its
 * expected churn (the mean churn probability of its rows), the summary carries a warning.
 */
import { TIER_COUNT, TIER_NAMES } from './tiers';
import type { TierPlan } from './interventions';

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
  /** Mean churn probability: the share of the tier expected to leave without intervention. */
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
  /** Set when the success rate exceeds the tier's expected churn (Chinese, for the table). */
  rateWarning: string | null;
}

export interface TierTotals {
  count: number;
  cost: number;
  expectedSaved: number;
  net: number;
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

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** The warning shown when a tier's success rate exceeds its expected churn, or null. */
export function rateWarning(name: string, successRate: number, meanProbability: number, count: number): string | null {
  if (count === 0 || successRate <= meanProbability + 1e-12) return null;
  return `“${name}”层的成功率 ${pct(successRate)} 高于这一层预计会流失的比例（约 ${pct(meanProbability)}）：本来就会留下的人不能算作干预的功劳，请把成功率调到 ${pct(meanProbability)} 以下。`;
}

export function summariseTiers(input: TierSummaryInput): TierSummary[] {
  const { tiers, scores, probability, value, y, labelled, isTest, plans } = input;
  const n = tiers.length;
  // Accumulators per tier in typed arrays (index = tier − 1): one pass over the rows.
  const count = new Float64Array(TIER_COUNT);
  const nLabelled = new Float64Array(TIER_COUNT);
  const churners = new Float64Array(TIER_COUNT);
  const testCount = new Float64Array(TIER_COUNT);
  const testChurners = new Float64Array(TIER_COUNT);
  const score = new Float64Array(TIER_COUNT);
  const prob = new Float64Array(TIER_COUNT);
  const val = new Float64Array(TIER_COUNT);
  for (let i = 0; i < n; i++) {
    const t = (tiers[i] as number) - 1;
    if (t < 0 || t >= TIER_COUNT) continue;
    count[t] = (count[t] as number) + 1;
    score[t] = (score[t] as number) + (scores[i] as number);
    prob[t] = (prob[t] as number) + (probability[i] as number);
    val[t] = (val[t] as number) + (value[i] as number);
    if (y !== null && (labelled === null || labelled[i] === 1)) {
      const yi = y[i] as number;
      nLabelled[t] = (nLabelled[t] as number) + 1;
      churners[t] = (churners[t] as number) + yi;
      if (isTest !== null && isTest[i] === 1) {
        testCount[t] = (testCount[t] as number) + 1;
        testChurners[t] = (testChurners[t] as number) + yi;
      }
    }
  }
  let allChurners = 0;
  let allLabelled = 0;
  for (let t = 0; t < TIER_COUNT; t++) {
    allChurners += churners[t] as number;
    allLabelled += nLabelled[t] as number;
  }
  const hasLabels = y !== null && allLabelled > 0;
  const baseRate = div(allChurners, allLabelled);
  return Array.from({ length: TIER_COUNT }, (_, t) => {
    const plan = plans[t] as TierPlan;
    const name = TIER_NAMES[t] as string;
    const c = count[t] as number;
    const cost = c * plan.costPerHead;
    const saved = plan.successRate * (val[t] as number);
    const net = saved - cost;
    const l = nLabelled[t] as number;
    const actualRate = hasLabels && l > 0 ? (churners[t] as number) / l : null;
    const meanProbability = div(prob[t] as number, c);
    const tc = testCount[t] as number;
    return {
      tier: t + 1,
      name,
      count: c,
      share: div(c, n),
      labelled: l,
      churners: churners[t] as number,
      actualRate,
      testCount: tc,
      testChurners: testChurners[t] as number,
      testRate: tc > 0 ? (testChurners[t] as number) / tc : null,
      capturedShare: hasLabels ? div(churners[t] as number, allChurners) : null,
      lift: actualRate !== null && baseRate > 0 ? actualRate / baseRate : null,
      meanScore: div(score[t] as number, c),
      meanProbability,
      meanValue: div(val[t] as number, c),
      intervention: plan.intervention,
      detail: plan.detail,
      costPerHead: plan.costPerHead,
      successRate: plan.successRate,
      cost,
      expectedSaved: saved,
      net,
      roi: cost > 0 ? net / cost : null,
      rateWarning: rateWarning(name, plan.successRate, meanProbability, c),
    };
  });
}

/** Totals over the five tiers (the table's 合计 row). */
export function tierTotals(summary: readonly TierSummary[]): TierTotals {
  let count = 0;
  let cost = 0;
  let saved = 0;
  for (const t of summary) {
    count += t.count;
    cost += t.cost;
    saved += t.expectedSaved;
  }
  const net = saved - cost;
  return { count, cost, expectedSaved: saved, net, roi: cost > 0 ? net / cost : null };
}

/** Expected net value of treating each row with its tier's intervention: sₜ · vᵢ − cₜ. */
export function rowNet(tiers: Uint8Array, value: Float64Array, plans: readonly TierPlan[]): Float64Array {
  const net = new Float64Array(tiers.length);
  for (let i = 0; i < tiers.length; i++) {
    const plan = plans[(tiers[i] as number) - 1];
    if (plan === undefined) continue;
    net[i] = plan.successRate * (value[i] as number) - plan.costPerHead;
  }
  return net;
}
