import { loyaltyRoi as loyaltyRoiOf, type LoyaltyRoiValue, type UpliftKind } from '../metrics/loyalty-roi';
import { formatCurrencyLarge, formatInteger, formatNumber, formatPeople, formatPercent } from '../format';
import { eq, frac, nm, op, paren, row, tx } from './formula';
import { num, renameErrors, str } from './fields';
import type { CalculatorSpec } from './types';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });

/** 会员计划 ROI = (多保留客户数 × 每客户价值 − 计划成本) / 计划成本 (seed 001: 保留率提高 15–25%). */
export const loyaltyRoi: CalculatorSpec<LoyaltyRoiValue> = {
  id: 'loyalty-roi',
  title: '会员计划投资回报（ROI）计算器',
  topic: 'customer',
  summary: '有效的会员计划可将客户保留率提高 15–25%（课程参考值）。多留住的客户值多少钱，是否超过计划的成本？',
  fields: [
    { name: 'members', label: '会员数', unit: '人', kind: 'count', example: '5000' },
    { name: 'baseline', label: '无计划时的保留率', unit: '%', kind: 'percent', example: '70', max: 100 },
    { name: 'uplift', label: '保留率提升', unit: '%', kind: 'percent', example: '15', max: 1000 },
    {
      name: 'kind',
      label: '提升口径',
      kind: 'choice',
      example: 'relative',
      choices: [
        { value: 'relative', label: '相对提升（70% × 1.15）' },
        { value: 'points', label: '百分点（70% + 15 个点）' },
      ],
    },
    { name: 'value', label: '每位多保留客户的价值', unit: '元', kind: 'amount', example: '1200', hint: '例如一年毛利或 CLV' },
    { name: 'cost', label: '计划总成本', unit: '元', kind: 'amount', example: '600000', positive: true },
  ],
  compute: (p) =>
    renameErrors(
      loyaltyRoiOf({
        members: num(p, 'members'),
        baselineRetention: num(p, 'baseline'),
        uplift: num(p, 'uplift'),
        upliftKind: str(p, 'kind') as UpliftKind,
        valuePerRetained: num(p, 'value'),
        programCost: num(p, 'cost'),
      }),
      { baselineRetention: 'baseline', upliftKind: 'kind', valuePerRetained: 'value', programCost: 'cost' },
    ),
  metrics: [
    { id: 'loyalty-roi', label: '投资回报率（ROI）', format: (v) => formatPercent(v.roi) },
    { id: 'loyalty-extra-retained', label: '多保留的客户', format: (v) => formatPeople(v.extraRetained), secondary: true },
    { id: 'loyalty-net', label: '净收益', format: (v) => yuan(v.net), secondary: true },
    { id: 'loyalty-retention', label: '提升后保留率', format: (v) => formatPercent(v.upliftedRetention), secondary: true },
  ],
  formula: [
    eq(tx('多保留客户数'), row(tx('会员数'), op('×'), paren(tx('提升后保留率'), op('−'), tx('基准保留率')))),
    eq(tx('ROI'), frac(row(tx('多保留客户数'), op('×'), tx('每客户价值'), op('−'), tx('计划成本')), tx('计划成本'))),
  ],
  working: (v, p) => [
    eq(
      tx('多保留客户数'),
      row(nm(formatInteger(num(p, 'members'))), op('×'), paren(nm(formatPercent(v.upliftedRetention)), op('−'), nm(formatPercent(num(p, 'baseline'))))),
      nm(Number.isInteger(v.extraRetained) ? formatInteger(v.extraRetained) : `${formatNumber(v.extraRetained, { digits: 2 })}（期望值）`),
    ),
    eq(
      tx('ROI'),
      frac(row(nm(yuan(v.value)), op('−'), nm(yuan(num(p, 'cost')))), nm(yuan(num(p, 'cost')))),
      nm(formatPercent(v.roi)),
    ),
  ],
  reading: (v) =>
    v.net >= 0
      ? `每投入 1 元约收回 ${formatNumber(v.multiple, { digits: 2 })} 元，计划在这些假设下是划算的；记得用实际保留率验证提升幅度。`
      : `多留住的客户价值 ${yuan(v.value)} 不足以覆盖成本，净亏 ${yuan(-v.net)}；可降低成本、聚焦高价值会员，或检验提升幅度是否现实。`,
  example: '5,000 名会员，基准保留率 70%，相对提升 15% 后为 80.5%，多留住 525 人；每人价值 1,200 元，计划成本 60 万元：ROI =（63 万 − 60 万）÷ 60 万 = 5%。',
  teachingModules: ['customer-retention-strategies'],
};
