import { renewalWindow, RENEWAL_STATUS_LABELS, type RenewalValue } from '../metrics/renewal';
import { formatDate, formatInteger } from '../format';
import { eq, nm, op, row, tx } from './formula';
import { num, renameErrors, str } from './fields';
import type { CalculatorSpec } from './types';

const days = (n: number) => `${formatInteger(Math.abs(n))} 天`;

/** 续约沟通窗口 = [到期日 − 6 个月, 到期日 − 3 个月] (seed 001). */
export const renewal: CalculatorSpec<RenewalValue> = {
  id: 'renewal',
  title: '续约时间线',
  topic: 'customer',
  summary: '续约沟通应在合同到期前 3–6 个月开始，而不是临近到期才匆忙联系（课程参考做法）。输入到期日，得到沟通窗口和当前状态。',
  fields: [
    { name: 'end', label: '合同到期日', kind: 'date', example: '2027-06-30' },
    { name: 'asof', label: '今天（或查看日期）', kind: 'date', example: '2027-01-15' },
    { name: 'opens', label: '提前多久开始沟通', unit: '个月', kind: 'count', example: '6', max: 120 },
    { name: 'closes', label: '最晚提前', unit: '个月', kind: 'count', example: '3', max: 120 },
  ],
  compute: (p) =>
    renameErrors(
      renewalWindow({ end: str(p, 'end'), asOf: str(p, 'asof'), opensMonthsBefore: num(p, 'opens'), closesMonthsBefore: num(p, 'closes') }),
      { asOf: 'asof', opensMonthsBefore: 'opens', closesMonthsBefore: 'closes' },
    ),
  metrics: [
    { id: 'renewal-status', label: '当前状态', format: (v) => RENEWAL_STATUS_LABELS[v.status] },
    { id: 'renewal-window-opens', label: '沟通开始', format: (v) => formatDate(v.windowOpens), secondary: true },
    { id: 'renewal-window-closes', label: '最晚开始', format: (v) => formatDate(v.windowCloses), secondary: true },
    {
      id: 'renewal-days-to-end',
      label: '距到期',
      format: (v) => (v.daysToEnd >= 0 ? days(v.daysToEnd) : `已过期 ${days(v.daysToEnd)}`),
      secondary: true,
    },
  ],
  formula: [
    eq(tx('沟通开始日'), row(tx('到期日'), op('−'), tx('提前月数'))),
    eq(tx('最晚开始日'), row(tx('到期日'), op('−'), tx('最晚提前月数'))),
  ],
  formulaNote: '按日历月计算；目标月份没有同一天时取该月最后一天（8 月 31 日往前 6 个月是 2 月底）。',
  working: (v, p) => [
    eq(tx('沟通开始日'), row(nm(formatDate(v.end)), op('−'), nm(`${formatInteger(num(p, 'opens'))} 个月`)), nm(formatDate(v.windowOpens))),
    eq(tx('最晚开始日'), row(nm(formatDate(v.end)), op('−'), nm(`${formatInteger(num(p, 'closes'))} 个月`)), nm(formatDate(v.windowCloses))),
  ],
  reading: (v) => {
    switch (v.status) {
      case 'upcoming':
        return `还有 ${days(v.daysToWindowOpens)}进入沟通窗口；现在可以先整理合作期内为客户创造的价值证据。`;
      case 'open':
        return `现在正处于续约沟通窗口，距最晚开始日还有 ${days(v.daysToWindowCloses)}：尽快约客户回顾需求变化与合作成果。`;
      case 'overdue':
        return `最晚开始日已过去 ${days(v.daysToWindowCloses)}，合同还有 ${days(v.daysToEnd)}到期：续约沟通已经偏晚，应立即联系。`;
      case 'expired':
        return `合同已于 ${formatDate(v.end)} 到期；若尚未续约，这是一位需要挽回的客户。`;
    }
  },
  example: '合同 2027 年 6 月 30 日到期：应在 2026 年 12 月 30 日到 2027 年 3 月 30 日之间开始续约沟通。2027 年 1 月 15 日查看时，正处于沟通窗口内。',
  teachingModules: ['customer-churn-patterns'],
  chart: (v) => ({
    kind: 'timeline',
    title: '续约时间线',
    summary: `沟通窗口从 ${formatDate(v.windowOpens)} 到 ${formatDate(v.windowCloses)}，合同 ${formatDate(v.end)} 到期；查看日期为 ${formatDate(v.asOf)}。`,
    window: { from: v.windowOpens, to: v.windowCloses, label: '续约沟通窗口' },
    events: [
      { date: v.windowOpens, label: '开始沟通', tone: 'accent' },
      { date: v.windowCloses, label: '最晚开始', tone: 'warn' },
      { date: v.end, label: '合同到期', tone: 'danger' },
    ],
    marker: { date: v.asOf, label: '查看日期', tone: 'text' },
    table: {
      head: ['节点', '日期'],
      rows: [
        ['开始沟通', formatDate(v.windowOpens)],
        ['最晚开始', formatDate(v.windowCloses)],
        ['合同到期', formatDate(v.end)],
        ['查看日期', formatDate(v.asOf)],
      ],
    },
  }),
};
