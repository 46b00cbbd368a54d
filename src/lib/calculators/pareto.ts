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

const vitalText = (v: ParetoValue) => v.vitalFew.join('、');

/**
 * 关键少数 = 按客户数从大到小累计占比首次达到 80% 的那几个原因 (Juran; seeds 001, 003). Each
 * leaver is counted once, under their main reason (module C2; counting mentions double-counts).
 */
export const pareto: CalculatorSpec<ParetoValue> = {
  id: 'pareto',
  title: '流失原因帕累托分析',
  topic: 'analysis',
  summary: '每位流失客户只按一个主要原因计数，把原因按人数从多到少排列，找出累计占到 80% 的“关键少数”，优先解决它们。',
  fields: PARETO_REASONS.map((r) => ({ name: r.name, label: r.label, errorLabel: `因“${r.label}”流失的客户数`, unit: '位客户', kind: 'count' as const, example: r.example })),
  compute: (p) => {
    const result = paretoOf({ reasons: PARETO_REASONS.map((r) => ({ label: r.label, count: num(p, r.name) })) });
    if (result.ok) return result;
    return {
      ok: false,
      errors: result.errors.map((e) => {
        const m = /^reasons\.(\d+)\./.exec(e.field);
        const reason = m ? PARETO_REASONS[Number(m[1])] : undefined;
        return {
          field: reason ? reason.name : e.field === 'reasons' ? 'price' : e.field,
          message: e.field === 'reasons' ? '各原因的流失客户数之和必须大于 0' : e.message,
        };
      }),
    };
  },
  metrics: [
    { id: 'pareto-vital-few', label: '关键少数', format: (v) => (v.concentrated ? vitalText(v) : `不明显（前 ${formatInteger(v.vitalFew.length)} 个原因才到 80%）`) },
    { id: 'pareto-vital-share', label: '前几个原因的累计占比', format: (v) => formatPercent(v.vitalShare), secondary: true },
    { id: 'pareto-total', label: '流失客户数（按主要原因）', format: (v) => formatInteger(v.total), secondary: true },
  ],
  formula: [
    eq(tx('占比'), frac(tx('该原因的流失客户数'), tx('流失客户总数'))),
    eq(tx('累计占比'), tx('从人数最多的原因起，依次累加占比')),
  ],
  formulaNote: '关键少数：累计占比首次达到 80% 为止的那几个原因。要超过六成的原因才能累计到 80% 时，分布太平均，谈不上关键少数。',
  working: (v) =>
    v.rows
      .filter((r) => r.vital)
      .map((r) => eq(tx(`${r.label}`), frac(nm(formatInteger(r.count)), nm(formatInteger(v.total))), nm(formatPercent(r.share)), tx(`累计 ${formatPercent(r.cumulative)}`))),
  reading: (v) =>
    v.concentrated
      ? `${formatInteger(v.vitalFew.length)} 个原因（${vitalText(v)}）合计占 ${formatPercent(v.vitalShare)}，在 ${formatInteger(v.reasonsWithCount)} 个原因中属于关键少数，应优先解决。`
      : `原因分布比较平均：${formatInteger(v.reasonsWithCount)} 个原因中要前 ${formatInteger(v.vitalFew.length)} 个才累计到 ${formatPercent(v.vitalShare)}，没有明显的关键少数。80/20 的排序在这里帮助不大：可以把笼统的类别拆细再看，或按影响大小和改进难度排优先级。`,
  example: '100 位流失客户按主要原因编码：价格 42、产品质量 25、服务响应慢 15……前三个原因累计 82%，就是要先解决的关键少数。',
  teachingModules: ['churn-cause-analysis'],
  table: (v) => ({
    caption: '按人数排序的流失原因',
    head: ['原因', '流失客户数', '占比', '累计占比', '关键少数'],
    rows: v.rows.map((r) => [r.label, formatInteger(r.count), formatPercent(r.share), formatPercent(r.cumulative), r.vital && v.concentrated ? '是' : '否']),
  }),
  chart: (v) => ({
    kind: 'pareto',
    title: '帕累托图：流失原因',
    summary: v.concentrated
      ? `柱子按人数从多到少排列，折线是累计占比：前 ${formatInteger(v.vitalFew.length)} 个原因（${vitalText(v)}）累计 ${formatPercent(v.vitalShare)}，越过 80% 线。`
      : `柱子按人数从多到少排列，折线是累计占比：要前 ${formatInteger(v.vitalFew.length)} 个原因才越过 80% 线，分布比较平均。`,
    xLabel: '',
    yLabel: '流失客户数',
    threshold: v.threshold,
    bars: v.rows.map((r) => ({ label: r.label, count: r.count, vital: r.vital && v.concentrated })),
    table: {
      head: ['原因', '流失客户数', '累计占比'],
      rows: v.rows.map((r) => [r.label, formatInteger(r.count), formatPercent(r.cumulative)]),
    },
  }),
};
