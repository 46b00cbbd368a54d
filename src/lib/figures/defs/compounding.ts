/**
 * Module 留存与流失 (#compounding): why "monthly churn × 12" is wrong. Month by month, the share
 * lost so far under compounding, 1 − (1 − 5%)^m, against the naive 5% × m; at month 12 they are
 * 46.0% and 60%. The 12-month figures come from the period metric (monthlyToAnnual).
 */
import { monthlyToAnnual } from '../../metrics';
import { formatPercent } from '../../format';
import { line, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'compounding';
const MONTHLY = 0.05;

export function compounding(): FigureSpec {
  const year = valueOf(ID, monthlyToAnnual(MONTHLY));
  const months = Array.from({ length: 13 }, (_, m) => m);
  const compound = months.map((m) => 1 - year.retentionFrom ** m);
  const naive = months.map((m) => MONTHLY * m);
  const x = scale(0, 12, 70, 500);
  const y = scale(0, 0.64, 300, 46);
  const marks: Mark[] = [];
  for (const v of [0, 0.2, 0.4, 0.6]) {
    marks.push(line(70, y(v), 500, y(v), ['fg-grid']), text(60, y(v) + 5, formatPercent(v), { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  }
  marks.push(line(70, y(0), 500, y(0), ['fg-line-muted', 'fg-thin']));
  for (const m of [0, 3, 6, 9, 12]) marks.push(text(x(m), 322, m === 0 ? '期初' : `第 ${m} 个月`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  const path = (values: number[]) => values.map((v, m) => `${m === 0 ? 'M' : 'L'}${x(m).toFixed(1)} ${y(v).toFixed(1)}`).join(' ');
  marks.push({ kind: 'path', d: path(naive), cls: ['fg-line-s4', 'fg-thick', 'fg-dashed'] });
  marks.push({ kind: 'path', d: path(compound), cls: ['fg-line-s1', 'fg-thick'] });
  for (const m of months) marks.push({ kind: 'circle', cx: x(m), cy: y(compound[m]!), r: 3.5, cls: ['fg-fill-s1'] });
  const endNaive = y(year.naive);
  const endCompound = y(year.rate);
  marks.push(
    text(512, endNaive + 5, `乘以 12：${formatPercent(year.naive)}`, { size: 'm', cls: ['fg-ink-s4', 'fg-bold'] }),
    text(512, endCompound + 5, `复合：${formatPercent(year.rate, { minDigits: 1 })}`, { size: 'm', cls: ['fg-ink-s1', 'fg-bold'] }),
    text(512, endCompound + 27, `差 ${Math.round(year.naiveError * 100)} 个百分点`, { size: 's' }),
    text(80, 28, '期初那批人中累计流失的比例', { size: 's', cls: ['fg-ink-muted'] }),
  );
  const rows = [1, 3, 6, 12].map((m) => [`第 ${m} 个月`, formatPercent(compound[m]!), formatPercent(naive[m]!)]);
  return {
    id: ID,
    title: '复合换算与“乘以 12”',
    caption: `月流失率 ${formatPercent(MONTHLY)}：每个月只有还留着的人才会流失，所以累计流失越往后增长越慢，一年是 ${formatPercent(year.rate, { minDigits: 1 })}；直接乘以 12 得到 ${formatPercent(year.naive)}，高估了 ${Math.round(year.naiveError * 100)} 个百分点。`,
    kind: 'example',
    summary: `月流失率 ${formatPercent(MONTHLY)} 时，按复合换算的累计流失从第 1 个月的 5% 逐月增加，到第 12 个月为 ${formatPercent(year.rate, { minDigits: 1 })}；按“乘以 12”直线增加，到第 12 个月为 ${formatPercent(year.naive)}，两条线的差距越拉越大。`,
    width: 640,
    height: 335,
    marks,
    data: { kind: 'table', head: ['时点', '复合换算的累计流失', '“乘以 12”的算法'], rows },
    mentions: { module: 'retention-basics', strings: ['46.0%', '60%', '14 个百分点'] },
  };
}
