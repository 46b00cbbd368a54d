/**
 * Calibrating the scorecard: its 0–100 risk score is not a probability, so a person's churn
 * probability is the churn rate of their tier **on the training rows** (never the test rows,
 * which are kept for evaluating the model). A tier with no training row gets the training base
 * rate. Without labels there is nothing to calibrate on, and the probability is risk ÷ 100.
 */

/** Churn rate per tier (index 0 = tier 1) over the given training rows. */
export function tierRates(tiers: Uint8Array, y: Uint8Array, train: ArrayLike<number>, tierCount = 5): number[] {
  const count = new Float64Array(tierCount);
  const churned = new Float64Array(tierCount);
  let all = 0;
  for (let r = 0; r < train.length; r++) {
    const i = train[r] as number;
    const t = (tiers[i] as number) - 1;
    if (t < 0 || t >= tierCount) continue;
    count[t] = (count[t] as number) + 1;
    churned[t] = (churned[t] as number) + (y[i] as number);
    all += y[i] as number;
  }
  const base = train.length > 0 ? all / train.length : 0;
  return Array.from(count, (c, t) => (c > 0 ? (churned[t] as number) / c : base));
}

/** Probability per row from its tier's rate. */
export function applyTierRates(tiers: Uint8Array, rates: readonly number[]): Float64Array {
  const out = new Float64Array(tiers.length);
  for (let i = 0; i < tiers.length; i++) out[i] = rates[(tiers[i] as number) - 1] ?? 0;
  return out;
}

/** Probability per row when there are no labels: risk ÷ 100. */
export function riskAsProbability(risk: Float64Array): Float64Array {
  return risk.map((r) => r / 100);
}
