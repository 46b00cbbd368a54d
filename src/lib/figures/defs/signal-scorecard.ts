/**
 * Module 流失早期预警信号 (#scoring-steps): the signal checklist as a scorecard. The course's
 * customer signals with their default weights (src/lib/metrics/signals.ts), the module example's
 * five signals present, the score by the signal-score metric (100 × 11 ÷ 16 ≈ 68.8) and where it
 * falls on the tier cut-offs (DEFAULT_TIER_CUTOFFS).
 */
import { CUSTOMER_SIGNALS, DEFAULT_TIER_CUTOFFS, signalScore } from '../../metrics';
import { formatNumber } from '../../format';
import { line, rect, scale, text } from '../draw';
import { tierPaint, tiers } from '../risk-scale';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'signal-scorecard';
const CHECKED = ['contact-change', 'usage-drop', 'interaction-drop', 'price-sensitivity', 'upgrade-indifference'];

export function signalScorecard(): FigureSpec {
  const v = valueOf(ID, signalScore({ signals: CUSTOMER_SIGNALS, checked: CHECKED }));
  const marks: Mark[] = [
    text(20, 22, '信号', { size: 's', cls: ['fg-ink-muted'] }),
    text(262, 22, '权重', { size: 's', cls: ['fg-ink-muted'] }),
    text(350, 22, '本月', { size: 's', cls: ['fg-ink-muted'] }),
    text(620, 22, '计入', { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }),
  ];
  v.items.forEach((s, i) => {
    const y = 34 + i * 30;
    marks.push(line(20, y + 28, 620, y + 28, ['fg-grid']));
    marks.push(text(20, y + 19, s.label, { size: 's', cls: s.checked ? ['fg-ink', 'fg-bold'] : ['fg-ink-muted'] }));
    for (let k = 0; k < 3; k++) {
      const cls = k < s.weight ? (s.checked ? (['fg-fill-s4'] as const) : (['fg-fill-s6'] as const)) : (['fg-grid'] as const);
      marks.push(rect(262 + k * 20, y + 7, 14, 14, [...cls], 2));
    }
    marks.push(
      s.checked
        ? { kind: 'path', d: `M352 ${y + 14} l5 6 l10 -12`, cls: ['fg-line-s4', 'fg-thick'] }
        : line(352, y + 14, 366, y + 14, ['fg-line-muted']),
      text(376, y + 19, s.checked ? '出现' : '未出现', { size: 's', cls: s.checked ? ['fg-ink'] : ['fg-ink-muted'] }),
      text(620, y + 19, s.checked ? `+${s.weight}` : '0', { anchor: 'end', size: 's', cls: s.checked ? ['fg-ink', 'fg-bold'] : ['fg-ink-muted'] }),
    );
  });
  const sy = 34 + v.items.length * 30 + 26;
  marks.push(text(20, sy, `风险分 = 100 × 已出现的权重 ${v.checkedWeight} ÷ 全部权重 ${v.totalWeight} ≈ ${formatNumber(v.score, { digits: 1 })} 分`, { size: 'm', cls: ['fg-ink', 'fg-bold'] }));
  // The score on the tier scale.
  const x = scale(0, 100, 20, 620);
  const gy = sy + 42;
  const bounds = [100, DEFAULT_TIER_CUTOFFS.veryHigh, DEFAULT_TIER_CUTOFFS.high, DEFAULT_TIER_CUTOFFS.medium, DEFAULT_TIER_CUTOFFS.low, 0];
  tiers().forEach((t, i) => {
    const hi = bounds[i]!;
    const lo = bounds[i + 1]!;
    marks.push(rect(x(lo), gy, x(hi) - x(lo), 28, [`fg-tint-${t.paint}`]), text(x(lo) + 8, gy + 19, t.short, { size: 's', cls: ['fg-ink'] }));
  });
  for (const b of bounds) marks.push(text(x(b), gy + 46, String(b), { anchor: b === 0 ? 'start' : b === 100 ? 'end' : 'middle', size: 's', cls: ['fg-ink-muted'] }));
  const mx = x(v.score);
  marks.push(
    { kind: 'polygon', points: [[mx, gy - 2], [mx - 8, gy - 14], [mx + 8, gy - 14]], cls: [`fg-fill-${tierPaint(v.tier)}`] },
    line(mx, gy - 2, mx, gy + 30, ['fg-line-ink', 'fg-thick']),
  );
  return {
    id: ID,
    title: '信号清单打分',
    caption: `单看每个信号都不严重，五个叠加在一起就是 ${formatNumber(v.score, { digits: 1 })} 分，落在 ${DEFAULT_TIER_CUTOFFS.high}–${DEFAULT_TIER_CUTOFFS.veryHigh - 1} 分的${v.tierLabel}档。权重和分数线是课程默认的起点。`,
    kind: 'example',
    summary: `客户的七个预警信号及默认权重，本月出现了五个：${v.items.filter((s) => s.checked).map((s) => `${s.label}（${s.weight}）`).join('、')}。风险分 = 100 × ${v.checkedWeight} ÷ ${v.totalWeight} ≈ ${formatNumber(v.score, { digits: 1 })} 分，在 0–100 的分数条上落入${v.tierLabel}（${DEFAULT_TIER_CUTOFFS.high}–${DEFAULT_TIER_CUTOFFS.veryHigh - 1} 分）。`,
    width: 640,
    height: gy + 58,
    marks,
    data: { kind: 'table', head: ['信号', '默认权重', '本月是否出现', '计入权重'], rows: v.items.map((s) => [s.label, String(s.weight), s.checked ? '出现' : '未出现', s.checked ? String(s.weight) : '0']) },
    mentions: { module: 'early-warning-signals', strings: ['2 + 3 + 3 + 2 + 1 = 11', '100 × 11 ÷ 16 ≈ 68.8'] },
  };
}
