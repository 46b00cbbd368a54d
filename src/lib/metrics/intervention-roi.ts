/**
 * Return on a retention intervention (挽留干预): calling, visiting or offering something to the
 * people a model or a checklist flags as at risk.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** Course reference figures from seed 001 (数据驱动干预). */
export const INTERVENTION_REFERENCE = {
  /** 干预成功率: data-driven interventions win back 47 % of at-risk customers. */
  successRate: 0.47,
  /** 投资回报率 "3.2倍": the average return multiple (saved value / cost) of churn analytics. */
  returnMultiple: 3.2,
} as const;

export interface InterventionRoiInput {
  /** 风险人数 — people (customers or employees) at risk who get the intervention. */
  atRisk: number;
  /** 单次干预成本 (¥ per person). */
  costPerIntervention: number;
  /** 干预成功率 — share of them kept, a fraction. */
  successRate: number;
  /** 每挽回一人的价值 (¥): a customer's CLV, or an employee's replacement cost avoided. */
  valuePerSaved: number;
}

export interface InterventionRoiValue {
  /** atRisk × costPerIntervention. */
  cost: number;
  /** atRisk × successRate (expected, may be fractional). */
  saved: number;
  /** saved × valuePerSaved. */
  savedValue: number;
  /** savedValue − cost. */
  net: number;
  /** net / cost (a fraction: 2.2 = 220 %). */
  roi: number;
  /** savedValue / cost — the "3.2倍" kind of figure. */
  multiple: number;
  /**
   * The success rate at which the intervention just pays for itself (cost per person / value per
   * saved person); null when even 100 % success would not pay, or a saved person is worth 0.
   */
  breakEvenSuccessRate: number | null;
}

/**
 * 挽回价值 = 风险人数 × 成功率 × 每人价值; 净收益 = 挽回价值 − 干预成本;
 * ROI = 净收益 / 干预成本; 回报倍数 = 挽回价值 / 干预成本
 *
 * Whether reaching out to those at risk pays. ROI counts only the gain above cost (2.2 = 220 %);
 * the return multiple counts everything that comes back per yuan spent (3.2 倍). The seed's
 * 47 % success rate and 3.2× multiple are course reference figures, not promises.
 * Source: seed 001 (技术与数据在流失预防中的应用: 47% 干预成功率, 3.2倍投资回报率).
 */
export function interventionRoi(input: InterventionRoiInput): Result<InterventionRoiValue, keyof InterventionRoiInput> {
  const c = createChecks<keyof InterventionRoiInput>({
    atRisk: '风险人数',
    costPerIntervention: '单次干预成本',
    successRate: '干预成功率',
    valuePerSaved: '每挽回一人的价值',
  });
  c.count('atRisk', input.atRisk, { min: 0, minExclusive: true });
  c.amount('costPerIntervention', input.costPerIntervention, { positive: true });
  c.fraction('successRate', input.successRate);
  c.amount('valuePerSaved', input.valuePerSaved);
  return c.result(() => {
    const cost = input.atRisk * input.costPerIntervention;
    const saved = input.atRisk * input.successRate;
    const savedValue = saved * input.valuePerSaved;
    const net = savedValue - cost;
    const breakEven = input.valuePerSaved > 0 ? input.costPerIntervention / input.valuePerSaved : null;
    return {
      cost,
      saved,
      savedValue,
      net,
      roi: net / cost,
      multiple: savedValue / cost,
      breakEvenSuccessRate: breakEven !== null && breakEven <= 1 ? breakEven : null,
    };
  });
}
