/**
 * Return on a loyalty (membership / points) programme.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** An effective membership programme lifts retention by 15–25 % (seed 001). */
export const LOYALTY_UPLIFT_RANGE = { low: 0.15, high: 0.25 } as const;

/**
 * How the uplift is read: 'relative' — retention × (1 + uplift) (70 % → 80.5 % at 15 %), the
 * reading of the seed's "保留率提高15-25%"; 'points' — retention + uplift (70 % → 85 %).
 */
export type UpliftKind = 'relative' | 'points';

export interface LoyaltyRoiInput {
  /** 会员数. */
  members: number;
  /** 基准保留率 — retention without the programme, a fraction. */
  baselineRetention: number;
  /** 保留率提升 — a fraction (0.15 = 15 %). */
  uplift: number;
  upliftKind?: UpliftKind;
  /** 每位多保留客户的价值 (¥), e.g. a year's margin or the CLV. */
  valuePerRetained: number;
  /** 计划成本 (¥) over the same period, > 0. */
  programCost: number;
}

export interface LoyaltyRoiValue {
  upliftKind: UpliftKind;
  /** Retention with the programme. */
  upliftedRetention: number;
  /** Members kept without / with the programme. */
  baselineRetained: number;
  upliftedRetained: number;
  /** members × (upliftedRetention − baselineRetention). */
  extraRetained: number;
  /** extraRetained × valuePerRetained. */
  value: number;
  /** value − programCost. */
  net: number;
  /** net / programCost (a fraction: 1 = 100 %). */
  roi: number;
  /** value / programCost. */
  multiple: number;
}

/**
 * 会员计划 ROI = (多保留客户数 × 每客户价值 − 计划成本) / 计划成本
 * 多保留客户数 = 会员数 × (提升后保留率 − 基准保留率)
 *
 * A loyalty programme pays when the customers it keeps are worth more than it costs. The
 * uplift is relative by default (see UpliftKind); the uplifted retention cannot pass 100 %.
 * Source: seed 001 (有效的会员计划可将客户保留率提高15-25%; 客户忠诚度金字塔).
 */
export function loyaltyRoi(input: LoyaltyRoiInput): Result<LoyaltyRoiValue, keyof LoyaltyRoiInput> {
  const c = createChecks<keyof LoyaltyRoiInput>({
    members: '会员数',
    baselineRetention: '基准保留率',
    uplift: '保留率提升',
    upliftKind: '提升口径',
    valuePerRetained: '每位多保留客户的价值',
    programCost: '计划成本',
  });
  const kind = input.upliftKind ?? 'relative';
  c.count('members', input.members);
  c.fraction('baselineRetention', input.baselineRetention);
  c.number('uplift', input.uplift, { min: 0, unit: 'fraction' });
  c.rule(kind === 'relative' || kind === 'points', 'upliftKind', '提升口径必须是“相对提升”或“百分点”');
  c.amount('valuePerRetained', input.valuePerRetained);
  c.amount('programCost', input.programCost, { positive: true });
  if (c.valid('baselineRetention', 'uplift', 'upliftKind')) {
    c.rule(uplifted(input.baselineRetention, input.uplift, kind) <= 1 + 1e-12, 'uplift', '提升后的保留率不能超过 100%');
  }
  return c.result(() => {
    const upliftedRetention = Math.min(1, uplifted(input.baselineRetention, input.uplift, kind));
    const extraRetained = input.members * (upliftedRetention - input.baselineRetention);
    const value = extraRetained * input.valuePerRetained;
    const net = value - input.programCost;
    return {
      upliftKind: kind,
      upliftedRetention,
      baselineRetained: input.members * input.baselineRetention,
      upliftedRetained: input.members * upliftedRetention,
      extraRetained,
      value,
      net,
      roi: net / input.programCost,
      multiple: value / input.programCost,
    };
  });
}

function uplifted(baseline: number, uplift: number, kind: UpliftKind): number {
  return kind === 'points' ? baseline + uplift : baseline * (1 + uplift);
}
