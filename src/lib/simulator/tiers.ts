/**
 * Five risk tiers (1 极高 … 5 极低), by score rank with shares (default 5/15/25/35/20%, seed 001:
 * 数据驱动的风险分层管理) or by fixed score cut-offs. Every row gets a tier.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { argsortDescending } from './sort';
import { RISK_TIERS } from '../metrics/signal-score';

export const TIER_COUNT = 5;
export const TIER_NAMES = ['极高', '高', '中', '低', '极低'] as const;
/** Default shares in percent (seed 001): the course's typical shares, kept in one place (RISK_TIERS). */
export const DEFAULT_TIER_SHARES: readonly number[] = RISK_TIERS.map((t) => Math.round(t.typicalShare * 100));
/** Default cut-offs on the 0–100 risk score: tier 1 ≥ 80, tier 2 ≥ 60, tier 3 ≥ 40, tier 4 ≥ 20. */
export const DEFAULT_CUTOFFS: readonly number[] = [80, 60, 40, 20];

/**
 * Largest remainder (Hamilton) apportionment: give each share ⌊share/Σ · N⌋, then hand the
 * remaining units to the largest fractional remainders (ties to the earlier tier), so the counts
 * sum to exactly N.
 */
export function largestRemainder(shares: readonly number[], total: number): number[] {
  const n = Math.max(0, Math.floor(total));
  const sum = shares.reduce((a, b) => a + (b > 0 ? b : 0), 0);
  if (shares.length === 0) return [];
  if (sum <= 0) return shares.map((_, i) => (i === 0 ? n : 0));
  const exact = shares.map((s) => ((s > 0 ? s : 0) / sum) * n);
  const counts = exact.map((e) => Math.floor(e));
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as { i: number }).i;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/** Validate five tier shares in percent: each 0–100, summing to 100 (±0.01). */
export function validateShares(shares: readonly number[], field = 'shares'): Result<number[]> {
  const errors: FieldError[] = [];
  if (shares.length !== TIER_COUNT) return fail([fieldError(field, `需要 ${TIER_COUNT} 个层级占比。`)]);
  shares.forEach((s, i) => {
    if (!Number.isFinite(s) || s < 0 || s > 100) errors.push(fieldError(`${field}.${i}`, `“${TIER_NAMES[i]}”层占比须在 0–100% 之间。`));
  });
  if (errors.length > 0) return fail(errors);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 0.01) return fail([fieldError(field, `五个层级占比之和须为 100%（当前为 ${Math.round(sum * 100) / 100}%）。`)]);
  return ok([...shares]);
}

/** Validate four strictly decreasing cut-offs on the 0–100 risk score. */
export function validateCutoffs(cutoffs: readonly number[], field = 'cutoffs'): Result<number[]> {
  if (cutoffs.length !== TIER_COUNT - 1) return fail([fieldError(field, `需要 ${TIER_COUNT - 1} 个分数线。`)]);
  for (let i = 0; i < cutoffs.length; i++) {
    const c = cutoffs[i] as number;
    if (!Number.isFinite(c) || c < 0 || c > 100) return fail([fieldError(`${field}.${i}`, '分数线须在 0–100 之间。')]);
    if (i > 0 && !(c < (cutoffs[i - 1] as number))) return fail([fieldError(`${field}.${i}`, '分数线须从高到低严格递减。')]);
  }
  return ok([...cutoffs]);
}

/** Row indices ordered by score (highest risk first); ties broken by row index, ascending. */
export function rankOrder(scores: Float64Array): Int32Array {
  return argsortDescending(scores);
}

/**
 * Tier per row by rank: the first count₁ rows of the ranking get tier 1, and so on, with counts
 * from `largestRemainder(shares, N)`. Returns tiers as 1–5.
 */
export function tiersByRank(scores: Float64Array, shares: readonly number[], order: Int32Array = rankOrder(scores)): { tiers: Uint8Array; counts: number[] } {
  const n = scores.length;
  const counts = largestRemainder(shares, n);
  const tiers = new Uint8Array(n);
  let k = 0;
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t] as number;
    for (let m = 0; m < c; m++) tiers[order[k++] as number] = t + 1;
  }
  return { tiers, counts };
}

/** Tier per row by cut-offs c₁ > c₂ > c₃ > c₄: tier 1 if score ≥ c₁, …, tier 5 below c₄. */
export function tiersByCutoffs(scores: Float64Array, cutoffs: readonly number[]): { tiers: Uint8Array; counts: number[] } {
  const n = scores.length;
  const tiers = new Uint8Array(n);
  const counts = new Array<number>(TIER_COUNT).fill(0);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    let t = cutoffs.length + 1;
    for (let c = 0; c < cutoffs.length; c++) {
      if (s >= (cutoffs[c] as number)) {
        t = c + 1;
        break;
      }
    }
    tiers[i] = t;
    counts[t - 1] = (counts[t - 1] as number) + 1;
  }
  return { tiers, counts };
}

/** How rows are tiered: by score rank with shares (percent, tier 1 first), or by score cut-offs. */
export type TierConfig = { mode: 'rank'; shares: number[] } | { mode: 'cutoff'; cutoffs: number[] };

export const DEFAULT_TIER_CONFIG: TierConfig = { mode: 'rank', shares: [...DEFAULT_TIER_SHARES] };

/** Validate a tier configuration. */
export function validateTierConfig(config: TierConfig): Result<TierConfig> {
  if (config.mode === 'rank') {
    const v = validateShares(config.shares);
    return v.ok ? ok({ mode: 'rank', shares: v.value }) : v;
  }
  const v = validateCutoffs(config.cutoffs);
  return v.ok ? ok({ mode: 'cutoff', cutoffs: v.value }) : v;
}

/** Tiers of every row under a configuration; `order` is the rank order of the scores (reused across re-tierings). */
export function assignTiers(scores: Float64Array, config: TierConfig, order: Int32Array | null = null): { tiers: Uint8Array; counts: number[] } {
  return config.mode === 'rank' ? tiersByRank(scores, config.shares, order ?? rankOrder(scores)) : tiersByCutoffs(scores, config.cutoffs);
}
