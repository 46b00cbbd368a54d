import { cohortRetention, type CohortValue } from '../metrics/cohort';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { fail } from '../result';
import { eq, frac, nm, op, row, sup, paren, tx } from './formula';
import { num, optNum, str } from './fields';
import type { CalculatorSpec, FieldSpec, Parsed } from './types';

const PERIODS = 6;
const EXAMPLE = ['800', '700', '640', '600', '570', '550'];
const unitOf = (p: Parsed) => (str(p, 'unit') === 'quarter' ? '季度' : str(p, 'unit') === 'year' ? '年' : '月');

const survivorFields: FieldSpec[] = Array.from({ length: PERIODS }, (_, i) => ({
  name: `p${i + 1}`,
  label: `第 ${i + 1} 期末仍在`,
  unit: '人',
  kind: 'count' as const,
  example: EXAMPLE[i] ?? '',
  optional: i > 0,
}));

/** 第 t 期留存率 = 第 t 期仍在人数 / 同期群初始人数 (standard cohort analysis). */
export const cohort: CalculatorSpec<CohortValue> = {
  id: 'cohort',
  title: '同期群留存曲线',
  topic: 'basics',
  summary: '跟踪同一批加入的客户（或同一批入职的员工）每一期还剩多少，画出留存曲线，并估算平均每期流失率和预期生命周期。',
  fields: [
    {
      name: 'unit',
      label: '每期是',
      kind: 'choice',
      example: 'month',
      choices: [
        { value: 'month', label: '一个月' },
        { value: 'quarter', label: '一个季度' },
        { value: 'year', label: '一年' },
      ],
    },
    { name: 'size', label: '同期群初始人数', unit: '人', kind: 'count', example: '1000', min: 1 },
    ...survivorFields,
  ],
  compute: (p) => {
    const survivors: number[] = [];
    for (let i = 1; i <= PERIODS; i++) {
      const v = optNum(p, `p${i}`);
      if (v === undefined) {
        const later = Array.from({ length: PERIODS - i }, (_, k) => optNum(p, `p${i + k + 1}`)).some((x) => x !== undefined);
        if (later) return fail([{ field: `p${i}`, message: `第 ${i} 期末仍在人数为必填项（后面几期已填写）` }]);
        break;
      }
      survivors.push(v);
    }
    const result = cohortRetention({ size: num(p, 'size'), survivors });
    if (result.ok) return result;
    return fail(
      result.errors.map((e) => {
        const m = /^survivors\.(\d+)/.exec(e.field);
        return { field: m ? `p${Number(m[1]) + 1}` : e.field === 'survivors' ? 'p1' : e.field, message: e.message };
      }),
    );
  },
  metrics: [
    { id: 'cohort-final-retention', label: '最后一期留存率', format: (v) => formatPercent(v.finalRetention) },
    { id: 'cohort-average-churn', label: '平均每期流失率', format: (v) => formatPercent(v.averageChurn, { digits: 2 }), secondary: true },
    {
      id: 'cohort-lifetime',
      label: '预期生命周期',
      format: (v, p) => (v.expectedLifetime === null ? '无人流失，无法估计' : `${formatNumber(v.expectedLifetime, { digits: 1 })} 个${unitOf(p)}`),
      secondary: true,
    },
  ],
  formula: [
    eq(tx('第 t 期留存率'), frac(tx('第 t 期末仍在人数'), tx('初始人数'))),
    eq(tx('平均每期流失率'), row(nm('1'), op('−'), sup(tx('最后一期留存率'), frac(nm('1'), tx('期数'))))),
    eq(tx('预期生命周期'), frac(nm('1'), tx('平均每期流失率'))),
  ],
  working: (v) => {
    const last = v.curve[v.curve.length - 1];
    const n = v.curve.length;
    const lines = [
      eq(tx(`第 ${n} 期留存率`), frac(nm(formatInteger(last?.survivors ?? 0)), nm(formatInteger(v.size))), nm(formatPercent(v.finalRetention))),
      eq(
        tx('平均每期流失率'),
        row(nm('1'), op('−'), sup(paren(nm(formatPercent(v.finalRetention))), frac(nm('1'), nm(String(n))))),
        nm(formatPercent(v.averageChurn, { digits: 2 })),
      ),
    ];
    if (v.expectedLifetime !== null)
      lines.push(eq(tx('预期生命周期'), frac(nm('1'), nm(formatPercent(v.averageChurn, { digits: 2 }))), nm(formatNumber(v.expectedLifetime, { digits: 1 }))));
    return lines;
  },
  reading: (v, p) => {
    const first = v.curve[0];
    const drop = first ? 1 - first.retention : 0;
    return `第 1 期就流失了 ${formatPercent(drop)}，之后每期平均流失 ${formatPercent(v.averageChurn, { digits: 1 })}；${
      v.expectedLifetime === null ? '目前无人流失' : `按此估算，平均每人约留 ${formatNumber(v.expectedLifetime, { digits: 1 })} 个${unitOf(p)}`
    }。曲线前段越陡，越说明要改进新客户（新员工）的早期体验。`;
  },
  example: '3 月加入的 1,000 位客户，1–6 个月末依次还剩 800、700、640、600、570、550 位：第 6 个月留存率 55%，平均每月流失约 9.5%。',
  teachingModules: ['retention-basics', 'churn-prediction'],
  chart: (v, p) => ({
    kind: 'line',
    title: '同期群留存曲线（示例数据可替换为你的数据）',
    summary: `从第 0 期的 100% 降到第 ${v.curve.length} 期的 ${formatPercent(v.finalRetention)}。`,
    xLabel: `第几${unitOf(p)}`,
    yLabel: '留存率',
    yPercent: true,
    points: [{ x: 0, y: 1 }, ...v.curve.map((c) => ({ x: c.period, y: c.retention }))],
    table: {
      head: ['期', '仍在人数', '留存率', '本期流失'],
      rows: [
        ['0', formatInteger(v.size), '100%', '—'],
        ...v.curve.map((c) => [String(c.period), formatInteger(c.survivors), formatPercent(c.retention), formatInteger(c.lost)]),
      ],
    },
  }),
};
