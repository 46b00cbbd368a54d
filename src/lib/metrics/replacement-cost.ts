/**
 * What it costs to replace employees who leave.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

/** Replacement cost as a multiple of annual salary (150 %, seed 001). */
export const DEFAULT_REPLACEMENT_MULTIPLIER = 1.5;

export interface ReplacementCostInput {
  /** 年薪 — annual salary of the role (¥). */
  salary: number;
  /** 离职人数. */
  leavers: number;
  /** 替换成本倍数 × salary; default 1.5. */
  multiplier?: number;
}

export interface ReplacementCostValue {
  multiplier: number;
  /** salary × multiplier. */
  perLeaver: number;
  /** perLeaver × leavers. */
  total: number;
}

/**
 * 替换成本 = 年薪 × 倍数(默认 1.5)× 离职人数
 *
 * Replacing one employee can cost up to 150 % of their annual salary once recruiting, training
 * and the productivity lost while the new hire ramps up are counted.
 * Source: seed 001 (替换一名员工的成本可达其年薪的150%); seed 001 also puts high-potential
 * talent at 5× the replacement cost of an ordinary role.
 */
export function replacementCost(input: ReplacementCostInput): Result<ReplacementCostValue, keyof ReplacementCostInput> {
  const c = createChecks<keyof ReplacementCostInput>({ salary: '年薪', leavers: '离职人数', multiplier: '成本倍数' });
  c.amount('salary', input.salary);
  c.count('leavers', input.leavers);
  const multiplier = input.multiplier ?? DEFAULT_REPLACEMENT_MULTIPLIER;
  c.amount('multiplier', multiplier);
  return c.result(() => {
    const perLeaver = input.salary * multiplier;
    return { multiplier, perLeaver, total: perLeaver * input.leavers };
  });
}

export interface ReplacementBreakdownInput {
  /** 年薪 (¥). */
  salary: number;
  /** 离职人数. */
  leavers: number;
  /** 招聘成本 per hire: ads, agency fees, interview time (¥). */
  recruiting: number;
  /** 培训成本 per hire: onboarding and training (¥). */
  training: number;
  /** 适应期 — months until the new hire is fully productive (seed 001: 18 months for high potentials). */
  rampUpMonths: number;
  /** Average productivity shortfall during ramp-up, a fraction; default 0.5 (half output). */
  productivityLoss?: number;
}

export interface ReplacementBreakdownValue {
  recruiting: number;
  training: number;
  /** salary / 12 × rampUpMonths × productivityLoss. */
  rampUp: number;
  productivityLoss: number;
  /** recruiting + training + rampUp. */
  perLeaver: number;
  total: number;
  /** perLeaver / salary: compare with the 1.5 rule of thumb (0 when salary is 0). */
  impliedMultiplier: number;
}

/**
 * 单人替换成本 = 招聘成本 + 培训成本 + 年薪 / 12 × 适应期月数 × 生产力损失比例
 *
 * The same cost built up from its three parts named in seed 001 (招聘、培训和适应期的生产力损失),
 * so a team can check the 150 % rule of thumb against its own figures.
 * Source: seed 001.
 */
export function replacementCostBreakdown(
  input: ReplacementBreakdownInput,
): Result<ReplacementBreakdownValue, keyof ReplacementBreakdownInput> {
  const c = createChecks<keyof ReplacementBreakdownInput>({
    salary: '年薪',
    leavers: '离职人数',
    recruiting: '招聘成本',
    training: '培训成本',
    rampUpMonths: '适应期月数',
    productivityLoss: '适应期生产力损失比例',
  });
  c.amount('salary', input.salary);
  c.count('leavers', input.leavers);
  c.amount('recruiting', input.recruiting);
  c.amount('training', input.training);
  c.amount('rampUpMonths', input.rampUpMonths);
  const productivityLoss = input.productivityLoss ?? 0.5;
  c.fraction('productivityLoss', productivityLoss);
  return c.result(() => {
    const rampUp = (input.salary / 12) * input.rampUpMonths * productivityLoss;
    const perLeaver = input.recruiting + input.training + rampUp;
    return {
      recruiting: input.recruiting,
      training: input.training,
      rampUp,
      productivityLoss,
      perLeaver,
      total: perLeaver * input.leavers,
      impliedMultiplier: input.salary === 0 ? 0 : perLeaver / input.salary,
    };
  });
}
