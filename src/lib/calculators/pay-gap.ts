import { payGap as payGapOf, PAY_STATUS_LABELS, type MarketPercentile, type PayGapValue } from '../metrics/pay-gap';
import { formatCurrencyLarge, formatLarge, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { ANNUAL_SALARY_YUAN, num, optNum, renameErrors, str } from './fields';
import type { CalculatorSpec, FieldSpec, Parsed } from './types';
import type { FieldError } from '../result';
import { readLegacyUnits, writeLegacyUnits } from './legacy-units';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });
const signed = (x: number) => formatPercent(x, { digits: 1, signed: true });

/**
 * Salaries are in 元/年 like every other calculator (they were in 万元/年 until December 2026).
 * A bare number under 1,000 in a URL is an old link's 万元 (legacy-units.ts): `ours=17` still
 * means 17 万元.
 */
const LEGACY = { below: 1000, suffix: '万', name: '万元/年' } as const;
const salary = (name: string, label: string, example: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  unit: '元/年',
  kind: 'amount',
  example,
  typical: ANNUAL_SALARY_YUAN,
  legacyUnit: LEGACY,
  ...extra,
});

/** Our pay and the market's differ by a factor of 10 or more: almost surely two units. */
function unitMismatch(p: Parsed): FieldError[] {
  const ours = optNum(p, 'ours');
  const market = optNum(p, 'market');
  if (ours === undefined || market === undefined || ours <= 0 || market <= 0) return [];
  const ratio = ours / market;
  if (ratio < 10 && ratio > 0.1) return [];
  return [
    {
      field: 'ours',
      message: `本企业薪酬（${formatLarge(ours)} 元）是市场中位数（${formatLarge(market)} 元）的 ${formatNumber(ratio, { digits: ratio < 1 ? 3 : 0 })} 倍：两个数的单位可能不一样。两处都按元/年填写，或都写成“17万”这样的形式。`,
    },
  ];
}

/** 薪酬差距 = (本企业薪酬 − 市场中位数) / 市场中位数 (seed 001: 差距超过 15–20% 时跳槽意愿显著增强). */
export const payGap: CalculatorSpec<PayGapValue> = {
  id: 'pay-gap',
  title: '薪酬竞争力（薪酬差距）计算器',
  topic: 'employee',
  summary: '把一个岗位的年薪与市场中位数比较：低于市场超过 15% 为预警，超过 20% 为危险（课程参考阈值）。金额按元/年填写，可以写成“17万”。',
  fields: [
    salary('ours', '本企业薪酬', '17万'),
    salary('market', '市场中位数（P50）', '20万', { positive: true }),
    salary('p25', '市场 P25', '16万', { optional: true, hint: '选填：薪酬调研的 25 分位' }),
    salary('p75', '市场 P75', '24万', { optional: true, hint: '选填：关键人才建议对标 75 分位' }),
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
  warnings: unitMismatch,
  urlCodec: { read: readLegacyUnits, write: writeLegacyUnits },
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
    eq(tx('薪酬差距'), frac(row(nm(yuan(num(p, 'ours'))), op('−'), nm(yuan(num(p, 'market')))), nm(yuan(num(p, 'market')))), nm(signed(v.levels[0]?.gap ?? 0))),
  ],
  reading: (v) => {
    const l = v.levels[0];
    if (!l) return '';
    const gap = formatPercent(Math.abs(l.gap));
    switch (l.status) {
      case 'danger':
        return `该岗位比市场中位数低 ${gap}（每年差 ${yuan(Math.abs(l.gapAmount))}），已超过 20% 的危险线，员工跳槽意愿会明显上升，应优先调薪或补偿。`;
      case 'warning':
        return `该岗位比市场中位数低 ${gap}，超过 15% 的预警线，建议纳入下一轮调薪，并关注其中的关键人才。`;
      case 'acceptable':
        return `该岗位比市场中位数低 ${gap}，仍在 15% 的预警线以内，属于可接受区间，但谈不上有竞争力；关键岗位和关键人才应对标更高的分位。`;
      case 'competitive':
        return `该岗位不低于市场中位数${l.gap > 0 ? `（高出 ${gap}）` : ''}，薪酬具竞争力；留人还要看发展机会与管理。`;
    }
  },
  example:
    '某岗位本企业年薪 17 万元，市场中位数 20 万元：差距 = (17 − 20) ÷ 20 = −15%，正好踩在预警线上，属于“可接受”的下限，再低一点就进入预警区。若调研给出 P25 = 16 万、P75 = 24 万，17 万约处于市场 P31（在 P25 与 P50 之间按直线插值）。',
  teachingModules: ['employee-churn-causes', 'employee-retention-strategies'],
};
