import { replacementCost as replacementCostOf, type ReplacementCostValue } from '../metrics/replacement-cost';
import { formatCurrencyLarge, formatInteger, formatNumber, formatPercent } from '../format';
import { eq, nm, op, row, tx } from './formula';
import { ANNUAL_SALARY_YUAN, num, renameErrors } from './fields';
import type { CalculatorSpec } from './types';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });

/** 替换成本 = 年薪 × 倍数(默认 150%)× 离职人数 (seed 001). */
export const replacementCost: CalculatorSpec<ReplacementCostValue> = {
  id: 'replacement-cost',
  title: '员工替换成本计算器',
  topic: 'employee',
  summary: '一名员工离职后，招聘、培训和新人适应期的产出损失加起来，可达其年薪的 150%（课程参考值）。',
  fields: [
    { name: 'salary', label: '岗位年薪', unit: '元/年', kind: 'amount', example: '120000', typical: ANNUAL_SALARY_YUAN, hint: '按元填写，可以写成“12万”' },
    { name: 'leavers', label: '离职人数', unit: '人', kind: 'count', example: '10' },
    { name: 'multiplier', label: '替换成本占年薪的比例', unit: '%', kind: 'percent', example: '150', max: 1000, hint: '课程参考值 150%，包括招聘、培训与新人适应期的产出损失' },
  ],
  compute: (p) => renameErrors(replacementCostOf({ salary: num(p, 'salary'), leavers: num(p, 'leavers'), multiplier: num(p, 'multiplier') }), {}),
  metrics: [
    { id: 'replacement-cost-total', label: '替换总成本', format: (v) => yuan(v.total) },
    { id: 'replacement-cost-per-leaver', label: '每人替换成本', format: (v) => yuan(v.perLeaver), secondary: true },
  ],
  formula: [eq(tx('替换总成本'), row(tx('年薪'), op('×'), tx('成本比例'), op('×'), tx('离职人数')))],
  formulaNote: '成本比例包括招聘费用、培训投入以及新人适应期内的产出损失；150% 为课程参考值，可换成你们自己的估计。',
  working: (v, p) => [
    eq(
      tx('替换总成本'),
      row(nm(yuan(num(p, 'salary'))), op('×'), nm(formatPercent(v.multiplier)), op('×'), nm(formatInteger(num(p, 'leavers')))),
      row(nm(yuan(v.perLeaver)), op('×'), nm(formatInteger(num(p, 'leavers')))),
      nm(yuan(v.total)),
    ),
  ],
  reading: (v, p) =>
    num(p, 'leavers') === 0
      ? '没有离职就没有替换成本；可以试着填入去年的离职人数。'
      : `这 ${formatInteger(num(p, 'leavers'))} 人离职约让组织付出 ${yuan(v.total)}，相当于 ${formatNumber(v.total / Math.max(1, num(p, 'salary')), { digits: 1 })} 个同岗位一年的薪酬——用其中一小部分做保留往往更划算。`,
  example: '年薪 12 万元的岗位，一年有 10 人离职：每人替换成本 = 12 万 × 150% = 18 万元，总计 180 万元。',
  teachingModules: ['cost-of-churn'],
};
