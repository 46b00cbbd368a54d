/**
 * What a fitted model says, in words an HR or customer-success trainee can use.
 *
 * Logistic regression: a coefficient β on the standardised feature z = (x − mean) / sd means the
 * odds of leaving are multiplied by e^(β · Δx / sd) when x grows by Δx (other features fixed).
 * - a yes/no feature (Δx = 1): “有加班的员工,流失几率约为没有的 N 倍”;
 * - a category level: “部门 = 销售的员工,流失几率约为其他员工的 N 倍”;
 * - a missing-value flag: “月收入缺失的员工,流失几率约为有值的 N 倍”;
 * - a number: per a round step near one standard deviation (1, 2 or 5 × 10ᵏ), e.g. “月收入每高
 *   2,000,流失几率约变为原来的 0.8 倍”.
 * Decision tree leaves: a rule read from few training rows is flagged (SMALL_LEAF).
 * Both are associations in the training data, not causes.
 */
import type { EncodedFeature } from './dataset';
import type { Population } from './samples';

/** Below this many training rows a tree rule is flagged as possibly chance. */
export const SMALL_LEAF = 30;

export function populationNoun(population: Population | null): string {
  return population === 'employees' ? '员工' : population === 'customers' ? '客户' : '人';
}

/** 1, 2 or 5 × 10ᵏ closest (on a log scale) to x > 0. */
export function roundStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const k = Math.floor(Math.log10(x));
  const base = 10 ** k;
  const candidates = [1, 2, 5, 10].map((m) => m * base);
  let best = candidates[0] as number;
  for (const c of candidates) if (Math.abs(Math.log(c / x)) < Math.abs(Math.log(best / x))) best = c;
  return best;
}

/** An odds multiplier as learners read it: “3.2 倍”, “0.85 倍”, “12 倍”, “超过 1,000 倍”. */
export function formatOdds(r: number): string {
  if (!Number.isFinite(r) || r > 1000) return '超过 1,000 倍';
  if (r < 0.001) return '不到 0.001 倍';
  if (r >= 10) return `${Math.round(r).toLocaleString('zh-CN')} 倍`;
  const s = r >= 1 ? r.toFixed(1) : r.toFixed(2);
  return `${s} 倍`;
}

function stepText(step: number): string {
  return step.toLocaleString('zh-CN', { maximumFractionDigits: 6 });
}

/** The plain-words reading of one standardised coefficient. */
export function explainCoefficient(feature: EncodedFeature, coefficient: number, sd: number, population: Population | null): string {
  const who = populationNoun(population);
  const safeSd = sd > 0 && Number.isFinite(sd) ? sd : 1;
  const per = (dx: number) => Math.exp(Math.max(-700, Math.min(700, (coefficient * dx) / safeSd)));
  if (feature.kind === 'boolean') return `“${feature.label}”为“是”的${who}，流失几率约为“否”的 ${formatOdds(per(1))}`;
  if (feature.kind === 'level') return `“${feature.label}”的${who}，流失几率约为其他${who}的 ${formatOdds(per(1))}`;
  if (feature.kind === 'missing') {
    const base = feature.label.endsWith('（缺失）') ? feature.label.slice(0, -4) : feature.label;
    return `“${base}”缺失的${who}，流失几率约为有值的 ${formatOdds(per(1))}`;
  }
  const step = roundStep(safeSd);
  return `“${feature.label}”每高 ${stepText(step)}，流失几率约变为原来的 ${formatOdds(per(step))}`;
}
