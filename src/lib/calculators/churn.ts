import { churnRate, type ChurnValue } from '../metrics/churn';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, tx } from './formula';
import { num, optNum } from './fields';
import type { CalculatorSpec } from './types';

const pct1 = (x: number) => formatPercent(x, { digits: 1, minDigits: 1 });

/** 流失率 = 报告期流失数 / 期初数 (seed 001). */
export const churn: CalculatorSpec<ChurnValue> = {
  id: 'churn',
  title: '流失率计算器',
  topic: 'basics',
  summary: '报告期内流失的人数占期初人数的比例；可再拆分为主动流失与被动流失。',
  fields: [
    { name: 'start', label: '期初人数', unit: '人', kind: 'count', example: '1200', min: 1, hint: '期初的客户数或在岗员工数' },
    { name: 'lost', label: '期间流失', unit: '人', kind: 'count', example: '90' },
    { name: 'voluntary', label: '其中主动流失', unit: '人', kind: 'count', example: '', optional: true, hint: '选填：自己选择离开的人数' },
  ],
  compute: (p) => {
    const voluntary = optNum(p, 'voluntary');
    return churnRate({ start: num(p, 'start'), lost: num(p, 'lost'), ...(voluntary !== undefined ? { voluntary } : {}) });
  },
  metrics: [
    { id: 'churn-rate', label: '流失率', format: (v) => pct1(v.rate) },
    {
      id: 'churn-retention-rate',
      label: '1 − 流失率',
      format: (v) => pct1(v.retentionRate),
      secondary: true,
      note: '流失的人都来自期初人员时才等于留存率',
    },
    {
      id: 'voluntary-churn-rate',
      label: '主动流失率',
      format: (v) => (v.split ? pct1(v.split.voluntaryRate) : '未填写'),
      secondary: true,
    },
  ],
  formula: [eq(tx('流失率'), frac(tx('期间流失'), tx('期初人数')))],
  working: (v, p) => {
    const lines = [eq(tx('流失率'), frac(nm(formatInteger(num(p, 'lost'))), nm(formatInteger(num(p, 'start')))), nm(pct1(v.rate)))];
    if (v.split) {
      lines.push(
        eq(tx('主动流失率'), frac(nm(formatInteger(v.split.voluntary)), nm(formatInteger(num(p, 'start')))), nm(pct1(v.split.voluntaryRate))),
        eq(tx('被动流失率'), frac(nm(formatInteger(v.split.involuntary)), nm(formatInteger(num(p, 'start')))), nm(pct1(v.split.involuntaryRate))),
      );
    }
    return lines;
  },
  reading: (v) => {
    const per100 = formatNumber(v.rate * 100, { digits: 1 });
    const split = v.split
      ? `其中主动流失占 ${formatPercent(v.split.voluntaryShare)}，${v.split.voluntaryShare >= 0.5 ? '多数人是自己选择离开的，应重点排查原因' : '被动流失占多数，需复盘招聘与考核环节'}。`
      : '';
    // No "high" flag: 15 % is high for a month and ordinary for a year (content review, finding 30).
    return `期初每 100 人中约有 ${per100} 人在本期流失；和往期或同行比较时，要用同样长度的报告期（月、季度或年）。${split}`;
  },
  example: '一家公司期初在岗 1,200 人，本季度离职 90 人：流失率 = 90 ÷ 1,200 = 7.5%。若其中 60 人为主动离职，主动流失率为 5.0%，被动流失率为 2.5%。',
  teachingModules: ['retention-basics', 'employee-churn-types'],
};
