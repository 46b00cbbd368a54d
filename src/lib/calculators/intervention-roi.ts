import { interventionRoi as interventionRoiOf, type InterventionRoiValue } from '../metrics/intervention-roi';
import { formatCurrencyLarge, formatInteger, formatMultiple, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { num, renameErrors } from './fields';
import type { CalculatorSpec } from './types';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });

/** 挽回价值 = 风险人数 × 成功率 × 每人价值; ROI = (挽回价值 − 干预成本) / 干预成本 (seed 001). */
export const interventionRoi: CalculatorSpec<InterventionRoiValue> = {
  id: 'intervention-roi',
  title: '挽留干预投资回报计算器',
  topic: 'customer',
  summary: '对有流失风险的客户或员工逐一干预（回访、上门、方案调整）值不值？课程参考值：干预成功率约 47%，平均回报约 3.2 倍。',
  fields: [
    { name: 'atrisk', label: '干预人数', unit: '人', kind: 'count', example: '200', min: 1, hint: '接受干预的高风险客户或员工' },
    { name: 'cost', label: '每人干预成本', unit: '元', kind: 'amount', example: '500', min: 0.01 },
    { name: 'success', label: '干预成功率', unit: '%', kind: 'percent', example: '47', max: 100 },
    { name: 'value', label: '每挽回一人的价值', unit: '元', kind: 'amount', example: '3000', hint: '客户的 CLV，或避免的员工替换成本' },
  ],
  compute: (p) =>
    renameErrors(
      interventionRoiOf({ atRisk: num(p, 'atrisk'), costPerIntervention: num(p, 'cost'), successRate: num(p, 'success'), valuePerSaved: num(p, 'value') }),
      { atRisk: 'atrisk', costPerIntervention: 'cost', successRate: 'success', valuePerSaved: 'value' },
    ),
  metrics: [
    { id: 'intervention-roi', label: '投资回报率（ROI）', format: (v) => formatPercent(v.roi) },
    { id: 'intervention-multiple', label: '回报倍数', format: (v) => formatMultiple(v.multiple), secondary: true },
    { id: 'intervention-saved', label: '预计挽回', format: (v) => `${formatNumber(v.saved, { digits: 1 })} 人`, secondary: true },
    {
      id: 'intervention-break-even',
      label: '保本成功率',
      format: (v) => (v.breakEvenSuccessRate === null ? '无法保本' : formatPercent(v.breakEvenSuccessRate)),
      secondary: true,
    },
  ],
  formula: [
    eq(tx('挽回价值'), row(tx('干预人数'), op('×'), tx('成功率'), op('×'), tx('每人价值'))),
    eq(tx('ROI'), frac(row(tx('挽回价值'), op('−'), tx('干预成本')), tx('干预成本'))),
  ],
  formulaNote: '回报倍数 = 挽回价值 ÷ 干预成本（“3.2 倍”这类说法）；ROI 只计超出成本的部分。',
  working: (v, p) => [
    eq(
      tx('挽回价值'),
      row(nm(formatInteger(num(p, 'atrisk'))), op('×'), nm(formatPercent(num(p, 'success'))), op('×'), nm(yuan(num(p, 'value')))),
      nm(yuan(v.savedValue)),
    ),
    eq(tx('干预成本'), row(nm(formatInteger(num(p, 'atrisk'))), op('×'), nm(yuan(num(p, 'cost')))), nm(yuan(v.cost))),
    eq(tx('ROI'), frac(row(nm(yuan(v.savedValue)), op('−'), nm(yuan(v.cost))), nm(yuan(v.cost))), nm(formatPercent(v.roi))),
  ],
  reading: (v) =>
    v.net >= 0
      ? `每投入 1 元约收回 ${formatNumber(v.multiple, { digits: 1 })} 元；只要成功率不低于 ${v.breakEvenSuccessRate === null ? '—' : formatPercent(v.breakEvenSuccessRate)}，干预就不亏。`
      : `按当前假设干预会亏 ${yuan(-v.net)}；${v.breakEvenSuccessRate === null ? '每人价值低于干预成本，无论成功率多高都无法保本' : `成功率至少要达到 ${formatPercent(v.breakEvenSuccessRate)} 才能保本`}。`,
  example: '对 200 位高风险客户各投入 500 元干预，成功率 47%，每挽回一位值 3,000 元：挽回价值 28.2 万元，成本 10 万元，ROI = 182%，回报 2.8 倍。',
  teachingModules: ['risk-tiering', 'early-warning-signals'],
};
