/**
 * Module 员工流失的类型与阶段 (#high-performers): an average that hides the leavers who matter.
 * The module's 研发中心 example: 400 staff, 48 leavers (12.0%); 80 high performers, 14 of them
 * leavers (17.5%); the other 320, 34 leavers (10.6%). Rates by the churn metric.
 */
import { churnRate } from '../../metrics';
import { formatPercent } from '../../format';
import { line, rect, scale, text, textWidth } from '../draw';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'high-performer-average';
const ALL = { start: 400, lost: 48 };
const HIGH = { start: 80, lost: 14 };

export function highPerformerAverage(): FigureSpec {
  const rest = { start: ALL.start - HIGH.start, lost: ALL.lost - HIGH.lost };
  const rows = [
    { label: '高绩效员工', ...HIGH, paint: 's4' as const },
    { label: '整体', ...ALL, paint: 's6' as const },
    { label: '其余员工', ...rest, paint: 's2' as const },
  ].map((r) => ({ ...r, rate: valueOf(ID, churnRate({ start: r.start, lost: r.lost })).rate }));
  const x = scale(0, 0.2, 150, 560);
  const marks: Mark[] = [];
  for (const v of [0, 0.05, 0.1, 0.15, 0.2]) {
    marks.push(line(x(v), 30, x(v), 200, ['fg-grid']), text(x(v), 220, formatPercent(v), { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  }
  const avg = rows[1]!.rate;
  marks.push(line(x(avg), 24, x(avg), 206, ['fg-line-ink', 'fg-dashed']), text(x(avg), 16, `整体 ${formatPercent(avg, { minDigits: 1 })}`, { anchor: 'middle', size: 's' }));
  rows.forEach((r, i) => {
    const y = 40 + i * 56;
    marks.push(
      text(140, y + 16, r.label, { anchor: 'end', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
      text(140, y + 34, `${r.lost} ÷ ${r.start}`, { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }),
      rect(x(0), y, x(r.rate) - x(0), 34, [`fg-fill-${r.paint}`]),
      rect(x(r.rate) + 4, y + 5, textWidth(formatPercent(r.rate, { minDigits: 1 }), 'l') + 8, 24, ['fg-bg']),
      text(x(r.rate) + 8, y + 23, formatPercent(r.rate, { minDigits: 1 }), { size: 'l', cls: ['fg-ink', 'fg-bold'] }),
    );
  });
  const gap = Math.round((rows[0]!.rate - rows[2]!.rate) * 1000) / 10;
  return {
    id: ID,
    title: '整体稳定，骨干在走',
    caption: `整体流失率 ${formatPercent(avg, { minDigits: 1 })} 与上年持平，高绩效员工却走了 ${formatPercent(rows[0]!.rate, { minDigits: 1 })}，比其余员工高出近 ${Math.round(gap)} 个百分点；只看整体数字，这个信号就被平均掉了。`,
    kind: 'example',
    summary: `研发中心一年的流失率：高绩效员工 ${formatPercent(rows[0]!.rate, { minDigits: 1 })}（80 人中走了 14 人），整体 ${formatPercent(avg, { minDigits: 1 })}（400 人中走了 48 人），其余员工 ${formatPercent(rows[2]!.rate, { minDigits: 1 })}（320 人中走了 34 人）。`,
    width: 640,
    height: 232,
    marks,
    data: { kind: 'table', head: ['人群', '年初人数', '全年离职', '流失率'], rows: rows.map((r) => [r.label, String(r.start), String(r.lost), formatPercent(r.rate, { minDigits: 1 })]) },
    mentions: { module: 'employee-churn-types', strings: ['14 ÷ 80 = 17.5%', '34 ÷ 320 ≈ 10.6%', '12.0%'] },
  };
}
