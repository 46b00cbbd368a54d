import { pareto as paretoOf, type ParetoValue } from '../metrics/pareto';
import { formatInteger, formatPercent } from '../format';
import { eq, frac, nm, tx } from './formula';
import { num } from './fields';
import type { CalculatorSpec } from './types';

/** Common churn reasons from seeds 001 and 003; the URL name is the reason's id. */
export const PARETO_REASONS = [
  { name: 'price', label: '价格', example: '42' },
  { name: 'quality', label: '产品质量', example: '25' },
  { name: 'service', label: '服务响应慢', example: '15' },
  { name: 'personal', label: '缺少个性化', example: '8' },
  { name: 'competitor', label: '竞争对手吸引', example: '6' },
  { name: 'expectation', label: '期望落差', example: '3' },
  { name: 'other', label: '其他', example: '1' },
] as const;

/** 关键少数 = 按次数从大到小累计占比首次达到 80% 的那几个原因 (Juran; seeds 001, 003). */
export const pareto: CalculatorSpec<ParetoValue> = {
  id: 'pareto',
  title: '流失原因帕累托分析',
  topic: 'analysis',
  summary: '把流失客户给出的原因按次数从多到少排列，找出累计占到 80% 的“关键少数”，优先解决它们。',
  fields: PARETO_REASONS.map((r) => ({ name: r.name, label: r.label, unit: '次', kind: 'count' as const, example: r.example })),
  compute: (p) => {
    const result = paretoOf({ reasons: PARETO_REASONS.map((r) => ({ label: r.label, count: num(p, r.name) })) });
    if (result.ok) return result;
    return {
      ok: false,
      errors: result.errors.map((e) => {
        const m = /^reasons\.(\d+)\./.exec(e.field);
        const reason = m ? PARETO_REASONS[Number(m[1])] : undefined;
        return { field: reason ? reason.name : e.field === 'reasons' ? 'price' : e.field, message: e.message };
      }),
    };
  },
  metrics: [
    { id: 'pareto-vital-few', label: '关键少数', format: (v) => v.vitalFew.join('、') },
    { id: 'pareto-vital-share', label: '关键少数的累计占比', format: (v) => formatPercent(v.vitalShare), secondary: true },
    { id: 'pareto-total', label: '原因总次数', format: (v) => formatInteger(v.total), secondary: true },
  ],
  formula: [
    eq(tx('占比'), frac(tx('该原因次数'), tx('总次数'))),
    eq(tx('累计占比'), tx('从次数最多的原因起，依次累加占比')),
  ],
  formulaNote: '关键少数：累计占比首次达到 80% 为止的那几个原因。',
  working: (v) =>
    v.rows
      .filter((r) => r.vital)
      .map((r) => eq(tx(`${r.label}`), frac(nm(formatInteger(r.count)), nm(formatInteger(v.total))), nm(formatPercent(r.share)), cumulativeText(r.cumulative))),
  reading: (v) =>
    `${formatInteger(v.vitalFew.length)} 个原因（${v.vitalFew.join('、')}）合计占 ${formatPercent(v.vitalShare)}，在 ${formatInteger(v.rows.length)} 个原因中属于关键少数，应优先解决。`,
  example: '100 次流失原因中：价格 42、产品质量 25、服务响应慢 15……前三个原因累计 82%，就是要先解决的关键少数。',
  teachingModules: ['churn-cause-analysis'],
  table: (v) => ({
    caption: '按次数排序的流失原因',
    head: ['原因', '次数', '占比', '累计占比', '关键少数'],
    rows: v.rows.map((r) => [r.label, formatInteger(r.count), formatPercent(r.share), formatPercent(r.cumulative), r.vital ? '是' : '否']),
  }),
};

function cumulativeText(cumulative: number) {
  return tx(`累计 ${formatPercent(cumulative)}`);
}
