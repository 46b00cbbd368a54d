/**
 * Churn (流失率 / 离职率) for customers or employees, as a fraction (0.075 = 7.5%).
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export type ChurnDenominator = 'start' | 'average';

export interface ChurnInput {
  /** 期初数 — headcount or customers at the start of the period. */
  start: number;
  /** 流失数 — those who left during the period. */
  lost: number;
  /** 期末数 — needed only for the average-headcount denominator. */
  end?: number;
  /** 'start' (default, seed 001) or 'average' = (start + end) / 2 (common HR practice). */
  denominator?: ChurnDenominator;
  /** 主动流失数 — left of their own accord. Optional; the rest of `lost` is involuntary. */
  voluntary?: number;
  /** 被动流失数 — dismissed, laid off or contract ended by us. Optional. */
  involuntary?: number;
}

export interface ChurnValue {
  /** lost / base. With the average denominator it may exceed 1 (turnover above 100%). */
  rate: number;
  /** The denominator actually used. */
  base: number;
  denominator: ChurnDenominator;
  /** 1 − rate (only meaningful with the start denominator). */
  retentionRate: number;
  /** Present when a voluntary/involuntary split was given. */
  split?: {
    voluntary: number;
    involuntary: number;
    /** voluntary / base and involuntary / base: they add up to `rate`. */
    voluntaryRate: number;
    involuntaryRate: number;
    /** voluntary / lost (0 when nobody left). */
    voluntaryShare: number;
  };
}

type ChurnField = keyof ChurnInput;

const LABELS = {
  start: '期初人数',
  lost: '流失人数',
  end: '期末人数',
  denominator: '分母口径',
  voluntary: '主动流失人数',
  involuntary: '被动流失人数',
} as const satisfies Record<ChurnField, string>;

/**
 * 流失率 = 报告期流失数 / 期初数 (× 100%)
 * or, as many HR teams report turnover, 流失数 / 平均人数 with 平均人数 = (期初 + 期末) / 2.
 *
 * The share of the starting population that left during the period. Split into 主动 (voluntary)
 * and 被动 (involuntary) churn, whose rates add up to the total. With the start denominator the
 * leavers are counted among those present at the start, so lost ≤ start; with the average
 * denominator hires during the period may leave too, and the end count must be at least
 * start − lost.
 * Source: seed 001 (控制流失培训: 流失率 = 报告期离职人数 / 期初在岗人数 × 100%, 主动/被动流失率).
 */
export function churnRate(input: ChurnInput): Result<ChurnValue, ChurnField> {
  const c = createChecks<ChurnField>(LABELS);
  const denominator = input.denominator ?? 'start';
  c.rule(denominator === 'start' || denominator === 'average', 'denominator', '分母口径必须是“期初人数”或“平均人数”');
  c.count('start', input.start, denominator === 'start' ? { min: 0, minExclusive: true } : {});
  c.count('lost', input.lost);
  if (denominator === 'average' || input.end !== undefined) c.count('end', input.end);
  if (input.voluntary !== undefined) c.count('voluntary', input.voluntary);
  if (input.involuntary !== undefined) c.count('involuntary', input.involuntary);

  const { start, lost } = input;
  const end = input.end ?? 0;
  if (denominator === 'start' && c.valid('start', 'lost')) {
    c.rule(lost <= start, 'lost', '流失人数不能大于期初人数');
  }
  if (input.end !== undefined && c.valid('start', 'lost', 'end')) {
    c.rule(end >= start - lost, 'end', '期末人数不能少于期初人数减去流失人数');
  }
  if (denominator === 'average' && c.valid('start', 'end')) {
    c.rule(start + end > 0, 'start', '期初人数与期末人数不能同时为 0');
  }
  const vol = input.voluntary;
  const invol = input.involuntary;
  if (c.valid('lost', 'voluntary', 'involuntary')) {
    if (vol !== undefined && invol !== undefined) {
      c.rule(vol + invol === lost, 'voluntary', '主动流失人数与被动流失人数之和必须等于流失人数');
    } else if (vol !== undefined) {
      c.rule(vol <= lost, 'voluntary', '主动流失人数不能大于流失人数');
    } else if (invol !== undefined) {
      c.rule(invol <= lost, 'involuntary', '被动流失人数不能大于流失人数');
    }
  }

  return c.result(() => {
    const base = denominator === 'average' ? (start + end) / 2 : start;
    const rate = lost / base;
    const value: ChurnValue = { rate, base, denominator, retentionRate: 1 - rate };
    if (vol !== undefined || invol !== undefined) {
      const voluntary = vol ?? lost - (invol ?? 0);
      const involuntary = invol ?? lost - voluntary;
      value.split = {
        voluntary,
        involuntary,
        voluntaryRate: voluntary / base,
        involuntaryRate: involuntary / base,
        voluntaryShare: lost === 0 ? 0 : voluntary / lost,
      };
    }
    return value;
  });
}
