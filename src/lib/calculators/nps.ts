import { npsFromCounts, type NpsValue } from '../metrics/nps';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, paren, row, tx } from './formula';
import { num } from './fields';
import type { CalculatorSpec } from './types';

const score = (x: number) => formatNumber(x, { digits: 1 });

/**
 * NPS bands used in the course. They are common reference ranges (课程参考区间), not a
 * standard: the useful comparison is with your own past scores and your industry.
 */
export function npsBand(nps: number): string {
  if (nps < 0) return '为负值：贬损者多于推荐者，口碑在流失';
  if (nps === 0) return '推荐者与贬损者一样多，口碑没有净增长';
  if (nps < 30) return '处于 0–30 的一般区间：推荐者略多，仍有较大提升空间';
  if (nps < 50) return '处于 30–50 的良好区间';
  if (nps < 70) return '处于 50–70 的优秀区间';
  return '在 70 以上，属于卓越水平';
}

/** NPS = 推荐者占比 − 贬损者占比 (seed 004; Reichheld 2003). */
export const nps: CalculatorSpec<NpsValue> = {
  id: 'nps',
  title: '净推荐值（NPS）计算器',
  topic: 'loyalty',
  summary: '“你有多大可能把我们推荐给朋友？”（0–10 分）：9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者。',
  fields: [
    { name: 'promoters', label: '推荐者（9–10 分）', errorLabel: '推荐者人数', unit: '人', kind: 'count', example: '60' },
    { name: 'passives', label: '被动者（7–8 分）', errorLabel: '被动者人数', unit: '人', kind: 'count', example: '25' },
    { name: 'detractors', label: '贬损者（0–6 分）', errorLabel: '贬损者人数', unit: '人', kind: 'count', example: '15' },
  ],
  compute: (p) => npsFromCounts({ promoters: num(p, 'promoters'), passives: num(p, 'passives'), detractors: num(p, 'detractors') }),
  metrics: [
    { id: 'nps', label: 'NPS', format: (v) => score(v.nps) },
    { id: 'nps-total', label: '答卷总数', format: (v) => formatInteger(v.total), secondary: true },
    { id: 'nps-margin', label: '95% 误差范围', format: (v) => `±${score(v.marginOfError)}`, secondary: true },
  ],
  formula: [
    eq(tx('NPS'), row(paren(frac(tx('推荐者'), tx('答卷总数')), op('−'), frac(tx('贬损者'), tx('答卷总数'))), op('×'), nm('100'))),
  ],
  formulaNote: 'NPS 的取值范围是 −100 到 100，被动者只计入答卷总数。',
  working: (v) => [
    eq(
      tx('NPS'),
      row(paren(frac(nm(formatInteger(v.promoters)), nm(formatInteger(v.total))), op('−'), frac(nm(formatInteger(v.detractors)), nm(formatInteger(v.total)))), op('×'), nm('100')),
      row(paren(nm(formatPercent(v.promoterShare)), op('−'), nm(formatPercent(v.detractorShare))), op('×'), nm('100')),
      nm(score(v.nps)),
    ),
  ],
  reading: (v) =>
    `NPS 为 ${score(v.nps)}，${npsBand(v.nps)}（课程参考区间）；本次共 ${formatInteger(v.total)} 份答卷，真实值大约在 ${score(v.low)} 到 ${score(v.high)} 之间。`,
  example: '100 位客户作答：60 位推荐者、25 位被动者、15 位贬损者。NPS = 60% − 15% = 45。',
  teachingModules: ['loyalty-measurement'],
  chart: (v) => ({
    kind: 'bar',
    title: '三类答卷的占比',
    summary: `推荐者 ${formatPercent(v.promoterShare)}，被动者 ${formatPercent(v.passiveShare)}，贬损者 ${formatPercent(v.detractorShare)}；NPS 是第一根与第三根柱子之差。`,
    xLabel: '',
    yLabel: '占答卷的比例',
    yFormat: 'percent',
    yMax: 1,
    bars: [
      { label: '贬损者（0–6 分）', value: v.detractorShare, tone: 'danger' },
      { label: '被动者（7–8 分）', value: v.passiveShare, tone: 'muted' },
      { label: '推荐者（9–10 分）', value: v.promoterShare, tone: 'accent' },
    ],
    table: {
      head: ['类别', '人数', '占比'],
      rows: [
        ['贬损者（0–6 分）', formatInteger(v.detractors), formatPercent(v.detractorShare)],
        ['被动者（7–8 分）', formatInteger(v.passives), formatPercent(v.passiveShare)],
        ['推荐者（9–10 分）', formatInteger(v.promoters), formatPercent(v.promoterShare)],
      ],
    },
  }),
};
