/**
 * Module 客户留存策略 (#loyalty-pyramid): the loyalty pyramid — 交易忠诚 at the base (price,
 * points), 关系忠诚 in the middle (trust built over time), 情感忠诚 at the top (identification,
 * recommending unasked) — and the direction a loyalty programme should push. Concept (seed 002).
 */
import { arrow, line, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'loyalty-pyramid';

const LAYERS = [
  { name: '情感忠诚', why: ['与品牌有情感连接和认同'], how: '情感关怀、专属活动、共同的经历', strength: '最强：主动推荐、维护品牌', paint: 's1' as const },
  { name: '关系忠诚', why: ['长期合作建立了信任和默契'], how: '专属客户经理、定制服务、稳定可靠的服务', strength: '较强：换供应商要重新磨合', paint: 's2' as const },
  { name: '交易忠诚', why: ['价格合适、有积分和奖励'], how: '折扣、积分、返利', strength: '最弱：对手更优惠就可能离开', paint: 's3' as const },
];

export function loyaltyPyramid(): FigureSpec {
  const apex = { x: 170, y: 20 };
  const base = 320;
  const half = 150; // half-width of the base
  const h = base - apex.y;
  const at = (y: number) => ((y - apex.y) / h) * half;
  const cuts = [apex.y, apex.y + h * 0.36, apex.y + h * 0.68, base];
  const marks: Mark[] = [];
  LAYERS.forEach((l, i) => {
    const y0 = cuts[i]!;
    const y1 = cuts[i + 1]!;
    const gap = i === 0 ? 0 : 3;
    const points: [number, number][] =
      i === 0
        ? [
            [apex.x, y0],
            [apex.x + at(y1), y1],
            [apex.x - at(y1), y1],
          ]
        : [
            [apex.x - at(y0 + gap), y0 + gap],
            [apex.x + at(y0 + gap), y0 + gap],
            [apex.x + at(y1), y1],
            [apex.x - at(y1), y1],
          ];
    marks.push({ kind: 'polygon', points, cls: [`fg-tint-${l.paint}`] });
    const cy = i === 0 ? y0 + (y1 - y0) * 0.68 : (y0 + y1) / 2;
    marks.push(text(apex.x, cy + 6, l.name, { anchor: 'middle', size: 'l', cls: ['fg-ink', 'fg-bold'] }));
    // The layer's notes on the right, joined by a leader line.
    const nx = 360;
    marks.push(line(apex.x + at(cy) + 6, cy, nx - 8, cy, ['fg-grid']));
    marks.push(...textBlock(nx, cy, [l.why[0]!, l.how, l.strength], { size: 's', cls: ['fg-ink'] }));
  });
  marks.push(...arrow(16, base - 10, 16, apex.y + 40, { cls: ['fg-line-s1', 'fg-thick'] }), text(28, apex.y + 50, '往上推', { size: 's', cls: ['fg-ink-s1', 'fg-bold'] }));
  return {
    id: ID,
    title: '忠诚度金字塔',
    caption: '积分和折扣能把客户带进门，只建立最浅的交易忠诚；好的忠诚度计划要把客户往关系忠诚和情感忠诚推进，越往上越稳固。',
    kind: 'concept',
    summary: '三层金字塔：底层交易忠诚（价格合适、有积分和奖励，最弱），中层关系忠诚（长期合作建立的信任和默契，较强），顶层情感忠诚（与品牌的情感连接和认同，最强，客户会主动推荐）；左侧向上的箭头表示计划要把客户往上推。',
    width: 640,
    height: 334,
    marks,
    data: {
      kind: 'table',
      head: ['层次', '客户为什么留下', '典型手段', '稳固程度'],
      rows: [...LAYERS].reverse().map((l) => [l.name, l.why.join(''), l.how, l.strength]),
    },
  };
}
