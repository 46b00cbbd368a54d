/**
 * Module 客户流失的模式与成因 (#count-vs-revenue): the same churn counted by customers and by
 * revenue. The module's example: 200 customers worth 2,700 万元 a year (10 large at 100 万, 50
 * mid at 20 万, 140 small at 5 万); losing 2 large ones is 1.0% of customers but 7.4% of revenue,
 * losing 20 small ones is 10.0% of customers but 3.7% of revenue.
 */
import { formatPercent } from '../../format';
import { line, rect, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'count-vs-revenue';
const CUSTOMERS = 200;
const REVENUE = 10 * 100 + 50 * 20 + 140 * 5; // 万元
const CASES = [
  { name: '情况甲', lost: '流失 2 家大客户', count: 2, revenue: 2 * 100 },
  { name: '情况乙', lost: '流失 20 家小客户', count: 20, revenue: 20 * 5 },
];

export function countVsRevenue(): FigureSpec {
  const x = scale(0, 0.12, 190, 590);
  const marks: Mark[] = [
    rect(190, 14, 14, 14, ['fg-fill-s2']),
    text(210, 26, '按客户数', { size: 's' }),
    rect(300, 14, 14, 14, ['fg-fill-s3']),
    text(320, 26, '按收入', { size: 's' }),
  ];
  for (const v of [0, 0.04, 0.08, 0.12]) marks.push(line(x(v), 44, x(v), 238, ['fg-grid']), text(x(v), 256, formatPercent(v), { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  const rows: string[][] = [];
  CASES.forEach((c, i) => {
    const y = 52 + i * 100;
    const byCount = c.count / CUSTOMERS;
    const byRevenue = c.revenue / REVENUE;
    marks.push(
      text(20, y + 28, c.name, { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
      text(20, y + 50, c.lost, { size: 's', cls: ['fg-ink-muted'] }),
      rect(x(0), y, x(byCount) - x(0), 30, ['fg-fill-s2']),
      text(x(byCount) + 8, y + 21, formatPercent(byCount, { minDigits: 1 }), { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
      rect(x(0), y + 40, x(byRevenue) - x(0), 30, ['fg-fill-s3']),
      text(x(byRevenue) + 8, y + 61, formatPercent(byRevenue, { minDigits: 1 }), { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    );
    rows.push([`${c.name}：${c.lost}`, `${c.count} ÷ ${CUSTOMERS} = ${formatPercent(byCount, { minDigits: 1 })}`, `${c.revenue} ÷ ${REVENUE.toLocaleString('zh-CN')} ≈ ${formatPercent(byRevenue, { minDigits: 1 })}`]);
  });
  return {
    id: ID,
    title: '两种口径，两个故事',
    caption: `期初 ${CUSTOMERS} 家客户、年收入 ${REVENUE.toLocaleString('zh-CN')} 万元。只看客户数，情况乙严重得多；只看收入，情况甲才是大问题：甲是收入断崖，乙是系统性问题的预警，两者都要处理。`,
    kind: 'example',
    summary: `情况甲流失 2 家大客户：按客户数 ${rows[0]![1]!.split('= ')[1]}，按收入约 ${formatPercent(CASES[0]!.revenue / REVENUE, { minDigits: 1 })}。情况乙流失 20 家小客户：按客户数 ${formatPercent(CASES[1]!.count / CUSTOMERS, { minDigits: 1 })}，按收入约 ${formatPercent(CASES[1]!.revenue / REVENUE, { minDigits: 1 })}。`,
    width: 640,
    height: 266,
    marks,
    data: { kind: 'table', head: ['情况', '按客户数的流失率', '按收入的流失率（万元）'], rows },
    mentions: { module: 'customer-churn-patterns', strings: ['2,700 万元', '1.0%', '7.4%', '10.0%', '3.7%'] },
  };
}
