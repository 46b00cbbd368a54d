import { signalScore as signalScoreOf, type SignalScoreValue } from '../metrics/signal-score';
import { SIGNALS, type SignalAudience } from '../metrics/signals';
import { formatInteger, formatNumber } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { str } from './fields';
import type { CalculatorSpec, FieldSpec, Parsed } from './types';

const audienceOf = (p: Parsed): SignalAudience => (str(p, 'audience') === 'customer' ? 'customer' : 'employee');

/** One checkbox per signal of each list, shown only for its audience; the URL name is the signal id. */
const signalFields: FieldSpec[] = (['employee', 'customer'] as const).flatMap((audience) =>
  SIGNALS[audience].map((s) => ({
    name: s.id,
    label: `${s.label}（权重 ${s.weight}）`,
    kind: 'boolean' as const,
    example: '0',
    when: { field: 'audience', equals: audience },
  })),
);

const EXAMPLE_ON = new Set(['engagement-drop', 'leave-increase', 'job-search']);

/** 风险分 = 100 × Σ 已出现信号的权重 / Σ 全部信号的权重 (seed 001 signal lists; weights are course defaults). */
export const signalScore: CalculatorSpec<SignalScoreValue> = {
  id: 'signal-score',
  title: '流失预警信号评分',
  topic: 'analysis',
  summary: '约 70% 的客户流失在发生前有明显预兆（课程参考值）。勾选观察到的信号，得到 0–100 的风险分和风险等级。',
  fields: [
    {
      name: 'audience',
      label: '对象',
      kind: 'choice',
      example: 'employee',
      choices: [
        { value: 'employee', label: '员工' },
        { value: 'customer', label: '客户' },
      ],
    },
    ...signalFields.map((f) => (EXAMPLE_ON.has(f.name) ? { ...f, example: '1' } : f)),
  ],
  compute: (p) => {
    const signals = SIGNALS[audienceOf(p)];
    return signalScoreOf({ signals, checked: signals.filter((s) => p[s.id] === true).map((s) => s.id) });
  },
  metrics: [
    { id: 'signal-score', label: '风险分（0–100）', format: (v) => formatNumber(v.score, { digits: 0 }) },
    { id: 'risk-tier', label: '风险等级', format: (v) => v.tierLabel, secondary: true },
    { id: 'signal-count', label: '已出现的信号', format: (v) => `${formatInteger(v.checkedCount)} / ${formatInteger(v.items.length)} 项`, secondary: true },
  ],
  formula: [eq(tx('风险分'), row(nm('100'), op('×'), frac(tx('已出现信号的权重之和'), tx('全部信号的权重之和'))))],
  formulaNote: '分级：80 分及以上为极高风险，60–79 高，40–59 中等，20–39 低，20 以下极低（课程默认分数线）。',
  working: (v) => [
    eq(tx('风险分'), row(nm('100'), op('×'), frac(nm(formatInteger(v.checkedWeight)), nm(formatInteger(v.totalWeight)))), nm(formatNumber(v.score, { digits: 1 }))),
  ],
  reading: (v, p) => {
    const who = audienceOf(p) === 'customer' ? '客户' : '员工';
    if (v.tier === 'very-high' || v.tier === 'high') return `该${who}的风险分落在${v.tierLabel}的分数段，应安排一对一的定制化干预。`;
    if (v.tier === 'medium') return `该${who}处于中等风险，可安排专人沟通了解情况，并持续观察信号变化。`;
    return `该${who}目前风险较低，保持常规关怀与定期回访即可。`;
  },
  example: '一名员工近期工作参与度突然下降（权重 3）、请假增多（2）、在社交网络更新了简历（3）：风险分 = 100 × 8 ÷ 15 ≈ 53，属于中等风险。',
  teachingModules: ['early-warning-signals', 'risk-tiering'],
  table: (v) => ({
    caption: '各信号的得分',
    head: ['信号', '权重', '是否出现', '得分'],
    rows: v.items.map((s) => [s.label, formatInteger(s.weight), s.checked ? '是' : '否', formatNumber(s.points, { digits: 1 })]),
  }),
};
