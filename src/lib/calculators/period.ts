import { convertChurnRate, PERIOD_LABELS, type Period, type PeriodValue } from '../metrics/period';
import { formatNumber, formatPercent } from '../format';
import { eq, nm, op, paren, row, sup, tx } from './formula';
import { num, renameErrors, str } from './fields';
import type { CalculatorSpec, Choice } from './types';

const pct = (x: number) => formatPercent(x, { digits: 2 });
const PERIODS: readonly Choice[] = [
  { value: 'month', label: '月' },
  { value: 'quarter', label: '季度' },
  { value: 'year', label: '年' },
];
const name = (p: string) => PERIOD_LABELS[p as Period] ?? p;

/** 年流失率 = 1 − (1 − 月流失率)^12 and back (compounding). */
export const period: CalculatorSpec<PeriodValue> = {
  id: 'period',
  title: '流失率周期换算',
  topic: 'basics',
  summary: '把月流失率换算成季度或年流失率（或反过来）。流失会复利累积，直接乘以 12 会高估。',
  fields: [
    { name: 'rate', label: '已知流失率', unit: '%', kind: 'percent', example: '5', max: 100, step: 0.1 },
    { name: 'from', label: '已知周期', kind: 'choice', example: 'month', choices: PERIODS },
    { name: 'to', label: '换算为', kind: 'choice', example: 'year', choices: PERIODS },
  ],
  compute: (p) =>
    renameErrors(convertChurnRate({ rate: num(p, 'rate'), from: str(p, 'from') as Period, to: str(p, 'to') as Period }), {}),
  metrics: [
    { id: 'converted-rate', label: '换算后的流失率', format: (v) => pct(v.rate) },
    { id: 'naive-rate', label: '直接相乘（错误做法）', format: (v) => pct(v.naive), secondary: true },
    { id: 'converted-retention', label: '换算后的留存率', format: (v) => pct(v.retentionTo), secondary: true },
  ],
  formula: [
    eq(tx('目标周期流失率'), row(nm('1'), op('−'), sup(paren(nm('1'), op('−'), tx('已知流失率')), tx('n')))),
  ],
  formulaNote: 'n 为一个目标周期包含的已知周期数：月→年 n = 12，月→季度 n = 3，年→月 n = 1/12。',
  working: (v, p) => [
    eq(
      tx(`${name(str(p, 'to'))}流失率`),
      row(nm('1'), op('−'), sup(paren(nm('1'), op('−'), nm(pct(num(p, 'rate')))), nm(formatNumber(v.exponent, { digits: 4 })))),
      row(nm('1'), op('−'), nm(pct(v.retentionTo))),
      nm(pct(v.rate)),
    ),
    eq(tx('直接相乘'), row(nm(pct(num(p, 'rate'))), op('×'), nm(formatNumber(v.exponent, { digits: 4 }))), nm(pct(v.naive))),
  ],
  reading: (v, p) => {
    const from = name(str(p, 'from'));
    const to = name(str(p, 'to'));
    if (from === to) return `已知周期与目标周期相同，流失率不变。`;
    const diff = formatNumber(Math.abs(v.naiveError) * 100, { digits: 2 });
    if (v.exponent <= 1) return `每${from}流失 ${pct(num(p, 'rate'))}，相当于每${to}约流失 ${pct(v.rate)}。`;
    const cumulated = `每${from}流失 ${pct(num(p, 'rate'))}，累积一${to}约流失 ${pct(v.rate)}`;
    // A difference that rounds to 0 (a rate of 0 or 100 %) is not worth a sentence.
    return diff === '0' ? `${cumulated}。` : `${cumulated}；直接相乘会${v.naiveError > 0 ? '高估' : '低估'} ${diff} 个百分点。`;
  },
  example: '月流失率 5%：一年后留下 0.95¹² ≈ 54.04%，年流失率 ≈ 45.96%；而 5% × 12 = 60%，高估了约 14 个百分点。',
  teachingModules: ['retention-basics'],
};
