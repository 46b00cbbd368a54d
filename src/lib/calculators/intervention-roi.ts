import { interventionRoi as interventionRoiOf, type InterventionRoiValue } from '../metrics/intervention-roi';
import { SUCCESS_RATE_LABEL } from '../simulator/interventions';
import { formatCurrencyLarge, formatInteger, formatMultiple, formatNumber, formatPeople, formatPercent } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { num, renameErrors } from './fields';
import type { CalculatorSpec } from './types';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });

/**
 * 挽回价值 = 干预人数 × 干预成功率（增量）× 每人价值; ROI = (挽回价值 − 干预成本) / 干预成本.
 * 干预成功率（增量）= 干预组留存率 − 对照组留存率, the course's one definition (module 风险分层与
 * 分级干预, the simulator's SUCCESS_RATE_LABEL). The example is the module's worked example:
 * 150 家, 800 元, 30 %, 6,000 元 → ROI 125 %. Seed 001's 47 % is a raw win-back rate, never a default.
 */
export const interventionRoi: CalculatorSpec<InterventionRoiValue> = {
  id: 'intervention-roi',
  title: '挽留干预投资回报计算器',
  topic: 'customer',
  summary: `对有流失风险的客户或员工逐一干预（回访、上门、方案调整）值不值？${SUCCESS_RATE_LABEL}是干预组留存率减去对照组留存率：接受干预的人里，因为干预才多留下的比例。课程资料里“挽回率约 47%”是另一种口径，不能直接当作这里的成功率。`,
  fields: [
    { name: 'atrisk', label: '干预人数', unit: '人', kind: 'count', example: '150', min: 1, hint: '接受干预的高风险客户或员工' },
    { name: 'cost', label: '每人干预成本', unit: '元', kind: 'amount', example: '800', positive: true },
    {
      name: 'success',
      label: SUCCESS_RATE_LABEL,
      unit: '%',
      kind: 'percent',
      example: '30',
      max: 100,
      hint: '干预组留存率 − 对照组留存率；不能高于这批人本来会流失的比例',
    },
    { name: 'value', label: '每挽回一人的价值', unit: '元', kind: 'amount', example: '6000', hint: '客户的年度毛利或 CLV，或避免的员工替换成本' },
  ],
  compute: (p) =>
    renameErrors(
      interventionRoiOf({ atRisk: num(p, 'atrisk'), costPerIntervention: num(p, 'cost'), successRate: num(p, 'success'), valuePerSaved: num(p, 'value') }),
      { atRisk: 'atrisk', costPerIntervention: 'cost', successRate: 'success', valuePerSaved: 'value' },
    ),
  metrics: [
    { id: 'intervention-roi', label: '投资回报率（ROI）', format: (v) => formatPercent(v.roi) },
    { id: 'intervention-multiple', label: '回报倍数', format: (v) => formatMultiple(v.multiple, { digits: 2 }), secondary: true },
    { id: 'intervention-saved', label: '预计多留下', format: (v) => formatPeople(v.saved), secondary: true },
    {
      id: 'intervention-break-even',
      label: '保本成功率',
      format: (v) => (v.breakEvenSuccessRate === null ? '无法保本' : formatPercent(v.breakEvenSuccessRate)),
      secondary: true,
    },
  ],
  formula: [
    eq(tx('挽回价值'), row(tx('干预人数'), op('×'), tx(SUCCESS_RATE_LABEL), op('×'), tx('每人价值'))),
    eq(tx('ROI'), frac(row(tx('挽回价值'), op('−'), tx('干预成本')), tx('干预成本'))),
    eq(tx('保本成功率'), frac(tx('每人干预成本'), tx('每人价值'))),
  ],
  formulaNote: `${SUCCESS_RATE_LABEL} = 干预组留存率 − 对照组留存率，要用对照组测出来。回报倍数 = 挽回价值 ÷ 干预成本（“3.2 倍”这类说法）；ROI 只计超出成本的部分。`,
  working: (v, p) => [
    eq(tx('预计多留下'), row(nm(formatInteger(num(p, 'atrisk'))), op('×'), nm(formatPercent(num(p, 'success')))), nm(`${formatNumber(v.saved, { digits: 2 })} 人（期望值）`)),
    eq(tx('挽回价值'), row(nm(formatNumber(v.saved, { digits: 2 })), op('×'), nm(yuan(num(p, 'value')))), nm(yuan(v.savedValue))),
    eq(tx('干预成本'), row(nm(formatInteger(num(p, 'atrisk'))), op('×'), nm(yuan(num(p, 'cost')))), nm(yuan(v.cost))),
    eq(tx('ROI'), frac(row(nm(yuan(v.savedValue)), op('−'), nm(yuan(v.cost))), nm(yuan(v.cost))), nm(formatPercent(v.roi))),
  ],
  reading: (v) =>
    v.net >= 0
      ? `每投入 1 元约收回 ${formatNumber(v.multiple, { digits: 2 })} 元；只要${SUCCESS_RATE_LABEL}不低于 ${v.breakEvenSuccessRate === null ? '—' : formatPercent(v.breakEvenSuccessRate)}，干预就不亏。`
      : `按当前假设干预会亏 ${yuan(-v.net)}；${v.breakEvenSuccessRate === null ? '每人价值低于干预成本，无论成功率多高都无法保本' : `${SUCCESS_RATE_LABEL}至少要达到 ${formatPercent(v.breakEvenSuccessRate)} 才能保本`}。`,
  example:
    '对 150 家高风险客户逐一上门，每家干预成本 800 元；按去年试点，干预成功率（增量）保守估计为 30%，每多留下一家值 6,000 元年度毛利：预计多留下 45 家，挽回价值 27 万元，成本 12 万元，ROI = 125%，回报 2.25 倍；保本成功率约 13.3%。',
  teachingModules: ['risk-tiering'],
};
