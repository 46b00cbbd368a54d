/**
 * Module 风险分层与分级干预 (#five-tiers): the five risk tiers as one bar of the whole list, each
 * tier as wide as its share, with the cumulative shares and the intervention each tier gets.
 * Shares from the tiers' home (RISK_TIERS in src/lib/metrics/signal-score.ts, the simulator's
 * default), interventions from the simulator's plan (TIER_INTERVENTIONS).
 */
import { formatPercent } from '../../format';
import { TIER_INTERVENTIONS } from '../../simulator/interventions';
import { box, line, scale, text } from '../draw';
import { tiers } from '../risk-scale';
import { bracket } from '../shapes';
import type { FigureSpec, Mark } from '../types';

const ID = 'risk-tiers';

export function riskTiers(): FigureSpec {
  const t = tiers();
  const x = scale(0, 1, 20, 620);
  const by = 86;
  const bh = 56;
  const marks: Mark[] = [];
  let acc = 0;
  const cum: number[] = [];
  t.forEach((tier) => {
    const x0 = x(acc);
    const x1 = x(acc + tier.share);
    marks.push(...box(x0, by, x1 - x0, bh, [formatPercent(tier.share)], { paint: tier.paint, size: 'm', bold: true, rx: 0 }));
    marks.push(text((x0 + x1) / 2, by + bh + 22, tier.short, { anchor: 'middle', size: 's', cls: [`fg-ink-${tier.paint}`, 'fg-bold'] }));
    acc += tier.share;
    cum.push(acc);
  });
  // Cumulative share at each boundary.
  cum.forEach((c, i) => {
    marks.push(line(x(c), by + bh, x(c), by + bh + 36, ['fg-line-muted', 'fg-thin']), text(x(c), by + bh + 52, `累计 ${formatPercent(c)}`, { anchor: i === cum.length - 1 ? 'end' : 'middle', size: 's', cls: ['fg-ink-muted'] }));
  });
  // Brackets over the tiers that share an intervention.
  acc = 0;
  const groups: { name: string; from: number; to: number; tiers: string[] }[] = [];
  t.forEach((tier, i) => {
    const name = TIER_INTERVENTIONS[i]!;
    const prev = groups[groups.length - 1];
    if (prev && prev.name === name) {
      prev.to = acc + tier.share;
      prev.tiers.push(tier.short);
    } else groups.push({ name, from: acc, to: acc + tier.share, tiers: [tier.short] });
    acc += tier.share;
  });
  for (const g of groups) {
    marks.push(bracket(x(g.from) + 2, x(g.to) - 2, by - 12, ['fg-line-ink']));
    const cx = (x(g.from) + x(g.to)) / 2;
    marks.push(text(Math.max(cx, 20 + 56), by - 42, g.name.replace(/干预$/, ''), { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }));
    marks.push(text(Math.max(cx, 20 + 56), by - 22, `${g.tiers.join('、')}：${formatPercent(g.to - g.from)}`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  }
  return {
    id: ID,
    title: '五个风险层级',
    caption: '课程参考结构：风险最高的一小部分人得到最多的关注，大多数人用低成本的方式维护。重在形状，各层人数要按团队的跟进能力调整。',
    kind: 'reference',
    summary: `把全部对象按风险从高到低排成一条：${t.map((x2) => `${x2.label} ${formatPercent(x2.share)}`).join('、')}。极高和高风险合计 20%，做一对一定制干预；中等风险 25%，半定制；低和极低风险合计 55%，批量维护。`,
    width: 640,
    height: by + bh + 64,
    marks,
    data: {
      kind: 'table',
      head: ['层级', '占比', '累计占比', '干预方式'],
      rows: t.map((tier, i) => [tier.label, formatPercent(tier.share), formatPercent(cum[i]!), TIER_INTERVENTIONS[i]!]),
    },
    mentions: { module: 'risk-tiering', strings: ['5% / 15% / 25% / 35% / 20%'] },
  };
}
