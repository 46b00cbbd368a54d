import { payGap as payGapOf, PAY_STATUS_LABELS, type MarketPercentile, type PayGapValue } from '../metrics/pay-gap';
import { formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { num, optNum, renameErrors, str } from './fields';
import type { CalculatorSpec } from './types';

const wan = (x: number) => `${formatNumber(x, { digits: 2 })} 万元`;
const signed = (x: number) => formatPercent(x, { digits: 1, signed: true });

/** 薪酬差距 = (本企业薪酬 − 市场薪酬) / 市场薪酬 (seed 001: 差距超过 15–20% 时跳槽意愿显著增强). */
export const payGap: CalculatorSpec<PayGapValue> = {
  id: 'pay-gap',
  title: '薪酬竞争力（薪酬差距）计算器',
  topic: 'employee',
  summary: '把一个岗位的薪酬与市场中位数比较：低于市场超过 15% 为预警，超过 20% 为危险（课程参考阈值）。',
  fields: [
    { name: 'ours', label: '本企业薪酬', unit: '万元/年', kind: 'amount', example: '17' },
    { name: 'market', label: '市场中位数（P50）', unit: '万元/年', kind: 'amount', example: '20', min: 0.0001 },
    { name: 'p25', label: '市场 P25', unit: '万元/年', kind: 'amount', example: '16', optional: true, hint: '选填：薪酬调研的 25 分位' },
    { name: 'p75', label: '市场 P75', unit: '万元/年', kind: 'amount', example: '24', optional: true, hint: '选填：关键人才建议对标 75 分位' },
    {
      name: 'target',
      label: '目标分位',
      kind: 'choice',
      example: '50',
      choices: [
        { value: '50', label: 'P50（市场中位）' },
        { value: '75', label: 'P75（关键人才）' },
      ],
    },
  ],
  compute: (p) => {
    const p25 = optNum(p, 'p25');
    const p75 = optNum(p, 'p75');
    return renameErrors(
      payGapOf({
        levels: [{ label: '该岗位', ours: num(p, 'ours'), market: num(p, 'market'), ...(p25 !== undefined ? { p25 } : {}), ...(p75 !== undefined ? { p75 } : {}) }],
        targetPercentile: Number(str(p, 'target')) as MarketPercentile,
      }),
      { 'levels.0.ours': 'ours', 'levels.0.market': 'market', 'levels.0.p25': 'p25', 'levels.0.p75': 'p75', targetPercentile: 'target', levels: 'ours' },
    );
  },
  metrics: [
    { id: 'pay-gap', label: '与市场中位数的差距', format: (v) => signed(v.levels[0]?.gap ?? 0) },
    { id: 'pay-status', label: '判断', format: (v) => PAY_STATUS_LABELS[v.worst], secondary: true },
    {
      id: 'pay-percentile',
      label: '约处于市场分位',
      format: (v) => {
        const l = v.levels[0];
        if (!l || l.percentile === null) return '需填 P25 或 P75';
        return `${l.percentileClamped ? (l.ours < l.market ? '低于 ' : '高于 ') : ''}P${formatNumber(l.percentile, { digits: 0 })}`;
      },
      secondary: true,
    },
    {
      id: 'pay-target-gap',
      label: '与目标分位的差距',
      format: (v) => {
        const l = v.levels[0];
        return l && l.targetGap !== null ? signed(l.targetGap) : '需填目标分位的市场薪酬';
      },
      secondary: true,
    },
  ],
  formula: [eq(tx('薪酬差距'), frac(row(tx('本企业薪酬'), op('−'), tx('市场中位数')), tx('市场中位数')))],
  working: (v, p) => [
    eq(
      tx('薪酬差距'),
      frac(row(nm(formatNumber(num(p, 'ours'))), op('−'), nm(formatNumber(num(p, 'market')))), nm(formatNumber(num(p, 'market')))),
      nm(signed(v.levels[0]?.gap ?? 0)),
    ),
  ],
  reading: (v) => {
    const l = v.levels[0];
    if (!l) return '';
    const gap = formatPercent(Math.abs(l.gap));
    if (l.status === 'danger') return `该岗位比市场中位数低 ${gap}（差 ${wan(Math.abs(l.gapAmount))}），已超过 20% 的危险线，员工跳槽意愿会明显上升，应优先调薪或补偿。`;
    if (l.status === 'warning') return `该岗位比市场中位数低 ${gap}，超过 15% 的预警线，建议纳入下一轮调薪并关注关键人才。`;
    return l.gap < 0
      ? `该岗位比市场中位数低 ${gap}，仍在 15% 预警线以内；关键人才可考虑对标 P75。`
      : `该岗位不低于市场中位数（高出 ${gap}），薪酬竞争力尚可，留人还要看发展与文化。`;
  },
  example: '某岗位本企业年薪 17 万元，市场中位数 20 万元：差距 = (17 − 20) ÷ 20 = −15%，正好踩在预警线上；再低一点就进入预警区。若调研给出 P25 = 16 万、P75 = 24 万，17 万约处于市场 P35。',
  teachingModules: ['employee-churn-causes', 'employee-retention-strategies'],
};
