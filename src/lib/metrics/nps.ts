/**
 * Net Promoter Score from "how likely are you to recommend us (0–10)?".
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export interface NpsCountsInput {
  /** 推荐者 — answered 9 or 10. */
  promoters: number;
  /** 被动者 — answered 7 or 8. */
  passives: number;
  /** 贬损者 — answered 0 to 6. */
  detractors: number;
}

export interface NpsValue {
  /** (promoters − detractors) / total × 100, in −100 … 100. */
  nps: number;
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares of the answers (fractions). */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** Half-width of the 95 % confidence interval, in NPS points. */
  marginOfError: number;
  /** nps ± marginOfError, kept inside −100 … 100. */
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

const COUNT_LABELS = { promoters: '推荐者人数', passives: '被动者人数', detractors: '贬损者人数' } as const;

/**
 * NPS = 推荐者占比 − 贬损者占比 (× 100), 推荐者 9–10 分, 被动者 7–8 分, 贬损者 0–6 分.
 *
 * Margin of error (95 %): each answer scores +1, 0 or −1, whose variance is
 * p + d − (p − d)² (p, d the promoter and detractor shares), so
 * MoE = 1.96 × √((p + d − (p − d)²) / n) × 100. Small surveys swing a lot: with 100 answers the
 * score is typically known only to within ±15 points.
 * Source: Reichheld, "The One Number You Need to Grow" (HBR 2003), Bain & Company / Satmetrix
 * (NPS definition); seed 004 (客户忠诚度测量); margin of error: variance of a trinomial mean.
 */
export function npsFromCounts(input: NpsCountsInput): Result<NpsValue, keyof NpsCountsInput> {
  const c = createChecks<keyof NpsCountsInput>(COUNT_LABELS);
  c.count('promoters', input.promoters);
  c.count('passives', input.passives);
  c.count('detractors', input.detractors);
  if (c.valid('promoters', 'passives', 'detractors')) {
    c.rule(input.promoters + input.passives + input.detractors > 0, 'promoters', '至少需要一份答卷');
  }
  return c.result(() => npsValue(input.promoters, input.passives, input.detractors));
}

function npsValue(promoters: number, passives: number, detractors: number): NpsValue {
  const total = promoters + passives + detractors;
  const p = promoters / total;
  const d = detractors / total;
  // Multiply before dividing so that 60/25/15 gives exactly 45.
  const nps = ((promoters - detractors) * 100) / total;
  const variance = Math.max(0, p + d - (p - d) ** 2);
  const marginOfError = Z95 * Math.sqrt(variance / total) * 100;
  return {
    nps,
    total,
    promoters,
    passives,
    detractors,
    promoterShare: p,
    passiveShare: passives / total,
    detractorShare: d,
    marginOfError,
    low: Math.max(-100, nps - marginOfError),
    high: Math.min(100, nps + marginOfError),
  };
}

export interface NpsScoresInput {
  /** Raw answers, each a whole number 0–10. */
  scores: readonly number[];
}

export type NpsScoresField = 'scores' | `scores.${number}`;

/** Which group a 0–10 answer falls in. */
export function npsCategory(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** NPS from raw 0–10 answers; same formula and sources as npsFromCounts. */
export function npsFromScores(input: NpsScoresInput): Result<NpsValue, NpsScoresField> {
  const c = createChecks<NpsScoresField>({ scores: '评分' });
  const scores = Array.isArray(input.scores) ? input.scores : [];
  c.rule(scores.length > 0, 'scores', '至少需要一份答卷');
  scores.forEach((s, i) => {
    c.number(c.labelAs(`scores.${i}`, `第 ${i + 1} 个评分`), s, { integer: true, min: 0, max: 10 });
  });
  return c.result(() => {
    let promoters = 0, passives = 0, detractors = 0;
    for (const s of scores) {
      const kind = npsCategory(s);
      if (kind === 'promoter') promoters++;
      else if (kind === 'passive') passives++;
      else detractors++;
    }
    return npsValue(promoters, passives, detractors);
  });
}
