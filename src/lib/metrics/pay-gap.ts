/**
 * Pay competitiveness (薪酬竞争力): our pay against the market, level by level.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** Below market by more than 15 % → warning; by more than 20 % → danger (seed 001: 15–20 %). */
export const PAY_GAP_THRESHOLDS = { warning: 0.15, danger: 0.2 } as const;

export type PayStatus = 'ok' | 'warning' | 'danger';

export const PAY_STATUS_LABELS: Readonly<Record<PayStatus, string>> = {
  ok: '具竞争力',
  warning: '预警：低于市场超过 15%',
  danger: '危险：低于市场超过 20%',
};

/** Market percentiles a salary survey reports. */
export type MarketPercentile = 25 | 50 | 75 | 90;

export interface PayLevel {
  /** 职级名称, e.g. "P5 工程师". */
  label: string;
  /** 本企业薪酬 (¥ or 万元 per year; same unit as market). */
  ours: number;
  /** 市场薪酬 — the market median (P50). */
  market: number;
  /** Optional other market percentiles, for the position and the target. */
  p25?: number;
  p75?: number;
  p90?: number;
}

export interface PayGapInput {
  levels: readonly PayLevel[];
  /** 目标分位 — 50 by default; 75 for key talent (seed 001). */
  targetPercentile?: MarketPercentile;
  /** Override the 15 % / 20 % thresholds (fractions, warning < danger). */
  warningAt?: number;
  dangerAt?: number;
}

export interface PayLevelValue {
  label: string;
  ours: number;
  market: number;
  /** (ours − market) / market: negative when we pay less. */
  gap: number;
  /** ours − market. */
  gapAmount: number;
  status: PayStatus;
  /** Market pay at the target percentile, or null when the survey does not give it. */
  target: number | null;
  /** (ours − target) / target, or null. */
  targetGap: number | null;
  /** Our estimated market percentile (linear between known points), or null with one point. */
  percentile: number | null;
  /** Whether `percentile` lies outside the known points (then it is the nearest end point). */
  percentileClamped: boolean;
}

export interface PayGapValue {
  levels: PayLevelValue[];
  /** The worst status over all levels. */
  worst: PayStatus;
  warningCount: number;
  dangerCount: number;
  targetPercentile: MarketPercentile;
}

export type PayGapField =
  | 'levels'
  | 'targetPercentile'
  | 'warningAt'
  | 'dangerAt'
  | `levels.${number}.${'label' | 'ours' | 'market' | 'p25' | 'p75' | 'p90'}`;

/** The status of one gap under the thresholds: strictly below −danger is danger. */
export function payStatus(gap: number, warningAt: number = PAY_GAP_THRESHOLDS.warning, dangerAt: number = PAY_GAP_THRESHOLDS.danger): PayStatus {
  if (gap < -dangerAt) return 'danger';
  if (gap < -warningAt) return 'warning';
  return 'ok';
}

/**
 * 薪酬差距 = (本企业薪酬 − 市场薪酬) / 市场薪酬
 *
 * When pay falls more than 15–20 % below market, the wish to leave rises sharply: a level more
 * than 15 % below is a warning, more than 20 % below is danger. Key talent should be paid at or
 * above the market's 75th percentile; with survey percentiles (P25/P50/P75/P90) each level also
 * gets its estimated market percentile and its gap to the target percentile.
 * Source: seed 001 (薪酬福利不具竞争力: 差距超过15-20%时跳槽意愿会显著增强;
 * 关键人才薪酬可考虑设置在市场75分位或以上).
 */
export function payGap(input: PayGapInput): Result<PayGapValue, PayGapField> {
  const c = createChecks<PayGapField>({
    levels: '职级',
    targetPercentile: '目标分位',
    warningAt: '预警阈值',
    dangerAt: '危险阈值',
  });
  const levels = Array.isArray(input.levels) ? input.levels : [];
  const target = input.targetPercentile ?? 50;
  const warningAt = input.warningAt ?? PAY_GAP_THRESHOLDS.warning;
  const dangerAt = input.dangerAt ?? PAY_GAP_THRESHOLDS.danger;
  c.rule(levels.length > 0, 'levels', '至少需要一个职级');
  c.rule([25, 50, 75, 90].includes(target), 'targetPercentile', '目标分位必须是 P25、P50、P75 或 P90');
  const thresholdsOk = c.fraction('warningAt', warningAt) && c.fraction('dangerAt', dangerAt);
  if (thresholdsOk) c.rule(warningAt < dangerAt, 'dangerAt', '危险阈值必须大于预警阈值');

  levels.forEach((level, i) => {
    const name = typeof level.label === 'string' && level.label.trim() !== '' ? level.label : `第 ${i + 1} 个职级`;
    c.rule(typeof level.label === 'string' && level.label.trim() !== '', `levels.${i}.label`, `第 ${i + 1} 个职级的名称为必填项`);
    c.amount(c.labelAs(`levels.${i}.ours`, `${name}的本企业薪酬`), level.ours);
    c.amount(c.labelAs(`levels.${i}.market`, `${name}的市场薪酬`), level.market, { positive: true });
    const points = [['p25', level.p25], ['market', level.market], ['p75', level.p75], ['p90', level.p90]] as const;
    let lower: { v: number; label: string } | undefined;
    for (const [key, v] of points) {
      if (v === undefined) continue;
      const field = `levels.${i}.${key}` as const;
      if (key !== 'market') c.amount(c.labelAs(field, `${name}的市场 ${key.toUpperCase()}`), v, { positive: true });
      if (!c.valid(field)) continue;
      if (lower && v < lower.v) c.add(field, `${c.label(field)}不能低于${lower.label}`);
      else lower = { v, label: c.label(field) };
    }
  });

  return c.result(() => {
    const rows = levels.map((level) => levelValue(level, target, warningAt, dangerAt));
    const dangerCount = rows.filter((r) => r.status === 'danger').length;
    const warningCount = rows.filter((r) => r.status === 'warning').length;
    const worst: PayStatus = dangerCount > 0 ? 'danger' : warningCount > 0 ? 'warning' : 'ok';
    return { levels: rows, worst, warningCount, dangerCount, targetPercentile: target };
  });
}

function levelValue(level: PayLevel, targetPercentile: MarketPercentile, warningAt: number, dangerAt: number): PayLevelValue {
  const gap = (level.ours - level.market) / level.market;
  const byPercentile: Partial<Record<MarketPercentile, number>> = { 50: level.market };
  if (level.p25 !== undefined) byPercentile[25] = level.p25;
  if (level.p75 !== undefined) byPercentile[75] = level.p75;
  if (level.p90 !== undefined) byPercentile[90] = level.p90;
  const target = byPercentile[targetPercentile] ?? null;
  const { percentile, clamped } = estimatePercentile(level.ours, byPercentile);
  return {
    label: level.label,
    ours: level.ours,
    market: level.market,
    gap,
    gapAmount: level.ours - level.market,
    status: payStatus(gap, warningAt, dangerAt),
    target,
    targetGap: target === null ? null : (level.ours - target) / target,
    percentile,
    percentileClamped: clamped,
  };
}

/** Linear interpolation of our pay between the known (percentile, pay) points. */
function estimatePercentile(ours: number, points: Partial<Record<MarketPercentile, number>>): { percentile: number | null; clamped: boolean } {
  const known = ([25, 50, 75, 90] as const)
    .filter((p) => points[p] !== undefined)
    .map((p) => ({ p, v: points[p] as number }));
  const first = known[0];
  const lastPoint = known[known.length - 1];
  if (!first || !lastPoint || known.length < 2) return { percentile: null, clamped: false };
  if (ours <= first.v) return { percentile: first.p, clamped: ours < first.v };
  if (ours >= lastPoint.v) return { percentile: lastPoint.p, clamped: ours > lastPoint.v };
  // Here first.v < ours < lastPoint.v, so some later point is ≥ ours.
  const i = known.findIndex((k) => ours <= k.v);
  const a = known[i - 1] as { p: number; v: number };
  const b = known[i] as { p: number; v: number };
  return { percentile: a.p + ((ours - a.v) / (b.v - a.v)) * (b.p - a.p), clamped: false };
}
