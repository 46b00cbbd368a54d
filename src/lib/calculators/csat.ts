import { csatFromCounts, type CsatValue } from '../metrics/csat';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { num, renameErrors } from './fields';
import type { CalculatorSpec } from './types';

const LEVELS = [1, 2, 3, 4, 5] as const;
const LABELS = ['非常不满意', '不满意', '一般', '满意', '非常满意'];

/** CSAT = 4 分和 5 分的答卷数 / 答卷总数 (seed 004, top-2 box). */
export const csat: CalculatorSpec<CsatValue> = {
  id: 'csat',
  title: '客户满意度（CSAT）计算器',
  topic: 'loyalty',
  summary: '1–5 分的满意度评分中，给出 4 分或 5 分（“满意”和“非常满意”）的答卷占比。',
  fields: LEVELS.map((n) => ({
    name: `s${n}`,
    label: `${n} 分（${LABELS[n - 1]}）`,
    errorLabel: `${n} 分的答卷数`,
    unit: '份',
    kind: 'count' as const,
    example: String([5, 10, 20, 40, 25][n - 1]),
  })),
  compute: (p) =>
    renameErrors(
      csatFromCounts({ counts: LEVELS.map((n) => num(p, `s${n}`)), scale: 5 }),
      Object.fromEntries([['counts', 's5'], ...LEVELS.map((n) => [`counts.${n - 1}`, `s${n}`])]),
    ),
  metrics: [
    { id: 'csat', label: 'CSAT', format: (v) => formatPercent(v.csat) },
    { id: 'csat-mean', label: '平均分', format: (v) => `${formatNumber(v.mean, { digits: 2 })} 分`, secondary: true },
    { id: 'csat-total', label: '答卷总数', format: (v) => formatInteger(v.total), secondary: true },
  ],
  formula: [eq(tx('CSAT'), frac(row(tx('4 分答卷数'), op('+'), tx('5 分答卷数')), tx('答卷总数')))],
  working: (v) => [
    eq(
      tx('CSAT'),
      frac(row(nm(formatInteger(v.counts[3] ?? 0)), op('+'), nm(formatInteger(v.counts[4] ?? 0))), nm(formatInteger(v.total))),
      frac(nm(formatInteger(v.satisfied)), nm(formatInteger(v.total))),
      nm(formatPercent(v.csat)),
    ),
  ],
  reading: (v) => {
    const low = (v.counts[0] ?? 0) + (v.counts[1] ?? 0);
    const lowShare = formatPercent(low / v.total);
    if (v.csat >= 0.8)
      return low === 0
        ? `${formatPercent(v.csat)} 的答卷表示满意，也没有人给出 1–2 分，整体体验良好；可以回访打 3 分的客户，看看差在哪里。`
        : `${formatPercent(v.csat)} 的答卷表示满意，整体体验良好；仍应回访给出 1–2 分的 ${formatInteger(low)} 位客户（${lowShare}）。`;
    return low === 0
      ? `只有 ${formatPercent(v.csat)} 的答卷表示满意；虽然没有人给出 1–2 分，但打 3 分的人多，体验谈不上好，应找出原因。`
      : `只有 ${formatPercent(v.csat)} 的答卷表示满意，另有 ${lowShare} 给出 1–2 分，应找出不满集中在哪些环节。`;
  },
  example: '100 份答卷中 1–5 分依次为 5、10、20、40、25 份：CSAT = (40 + 25) ÷ 100 = 65%。',
  teachingModules: ['loyalty-measurement'],
  chart: (v) => ({
    kind: 'bar',
    title: '评分分布',
    summary: `1–5 分依次为 ${v.counts.map((c) => formatInteger(c)).join('、')} 份；4 分和 5 分（满意）合计 ${formatPercent(v.csat)}，1 分和 2 分合计 ${formatPercent(((v.counts[0] ?? 0) + (v.counts[1] ?? 0)) / v.total)}。`,
    xLabel: '评分',
    yLabel: '答卷数',
    yFormat: 'integer',
    bars: LEVELS.map((n) => ({
      label: `${n} 分`,
      value: v.counts[n - 1] ?? 0,
      tone: n >= 4 ? 'accent' : n === 3 ? 'muted' : 'danger',
      text: `${formatInteger(v.counts[n - 1] ?? 0)}（${formatPercent((v.counts[n - 1] ?? 0) / v.total)}）`,
    })),
    table: {
      head: ['评分', '答卷数', '占比'],
      rows: LEVELS.map((n) => [`${n} 分（${LABELS[n - 1]}）`, formatInteger(v.counts[n - 1] ?? 0), formatPercent((v.counts[n - 1] ?? 0) / v.total)]),
    },
  }),
};
