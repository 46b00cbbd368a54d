/**
 * Module 忠诚度测量 (#nps-reading): two customer bases with the same NPS of 25 — 45/35/20 and
 * 60/5/35 (the module's words) — as 100% bars, scores by the NPS metric.
 */
import { npsFromCounts } from '../../metrics';
import { formatNumber, formatPercent } from '../../format';
import { box, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'nps-distributions';
const GROUPS = [
  { name: '客户群甲', note: '分布均衡', counts: { promoters: 45, passives: 35, detractors: 20 } },
  { name: '客户群乙', note: '两极分化', counts: { promoters: 60, passives: 5, detractors: 35 } },
];

export function npsDistributions(): FigureSpec {
  const x = scale(0, 1, 130, 560);
  const marks: Mark[] = [];
  const rows: string[][] = [];
  GROUPS.forEach((g, i) => {
    const v = valueOf(ID, npsFromCounts(g.counts));
    const y = 30 + i * 84;
    marks.push(text(20, y + 22, g.name, { size: 'm', cls: ['fg-ink', 'fg-bold'] }), text(20, y + 42, g.note, { size: 's', cls: ['fg-ink-muted'] }));
    const parts = [
      { label: '推荐', share: v.promoterShare, paint: 'r4' as const },
      { label: '被动', share: v.passiveShare, paint: 'r3' as const },
      { label: '贬损', share: v.detractorShare, paint: 'r1' as const },
    ];
    let acc = 0;
    for (const p of parts) {
      const w = x(acc + p.share) - x(acc);
      const label = w > 70 ? `${p.label} ${formatPercent(p.share)}` : w > 34 ? formatPercent(p.share) : '';
      marks.push(...box(x(acc), y, w, 46, label, { paint: p.paint, size: 's', rx: 0 }));
      if (!label) marks.push(text(x(acc) + w / 2, y + 66, `${p.label} ${formatPercent(p.share)}`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
      acc += p.share;
    }
    marks.push(text(572, y + 30, `NPS ${formatNumber(v.nps, { digits: 0 })}`, { size: 'm', cls: ['fg-ink', 'fg-bold'] }));
    rows.push([g.name, formatPercent(v.promoterShare), formatPercent(v.passiveShare), formatPercent(v.detractorShare), formatNumber(v.nps, { digits: 0 })]);
  });
  marks.push(text(130, 208, '同样是 25 分，客户群乙有三分之一的客户不满意，口碑风险大得多', { size: 'm' }));
  return {
    id: ID,
    title: '同一个 NPS，两种客户群',
    caption: '报告 NPS 时要同时给出三类客户的占比：只看结果，两极分化的客户群和分布均衡的客户群看起来一模一样。',
    kind: 'example',
    summary: `两个客户群的 NPS 都是 25：客户群甲推荐者 45%、被动者 35%、贬损者 20%；客户群乙推荐者 60%、被动者 5%、贬损者 35%。`,
    width: 640,
    height: 222,
    marks,
    data: { kind: 'table', head: ['客户群', '推荐者', '被动者', '贬损者', 'NPS'], rows },
    mentions: { module: 'loyalty-measurement', strings: ['45% 推荐、35% 被动、20% 贬损', '60% 推荐、5% 被动、35% 贬损'] },
  };
}
