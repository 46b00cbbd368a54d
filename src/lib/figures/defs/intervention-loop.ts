/**
 * Module 风险分层与分级干预 (#tracking-metrics): the closed loop of retention work — diagnose,
 * warn, intervene by tier, track the effect, and back to the diagnosis with what was learned.
 * Concept (seed 001: 数据驱动的风险分层管理).
 */
import { arrow, box, text, textBlock } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'intervention-loop';

const NODES: { name: string; detail: string; paint: Paint; x: number; y: number }[] = [
  { name: '诊断', detail: '模型或信号清单算出风险分', paint: 's2', x: 320, y: 52 },
  { name: '预警', detail: '按风险排序，出名单', paint: 's3', x: 510, y: 176 },
  { name: '分层干预', detail: '五层各有动作，按原因选策略', paint: 's4', x: 320, y: 300 },
  { name: '效果跟踪', detail: '对照组、各层流失率、层级流动', paint: 's1', x: 130, y: 176 },
];

export function interventionLoop(): FigureSpec {
  const w = 190;
  const h = 64;
  const marks: Mark[] = [];
  // Arrows between consecutive nodes, corner to corner.
  const [n0, n1, n2, n3] = NODES as [(typeof NODES)[number], (typeof NODES)[number], (typeof NODES)[number], (typeof NODES)[number]];
  const links: [number, number, number, number][] = [
    [n0.x + w / 2 - 20, n0.y + h / 2 + 2, n1.x - 20, n1.y - h / 2 - 4],
    [n1.x - 20, n1.y + h / 2 + 2, n2.x + w / 2 - 20, n2.y - h / 2 - 4],
    [n2.x - w / 2 + 20, n2.y - h / 2 - 2, n3.x + 20, n3.y + h / 2 + 4],
    [n3.x + 20, n3.y - h / 2 - 2, n0.x - w / 2 + 20, n0.y + h / 2 + 4],
  ];
  for (const [x1, y1, x2, y2] of links) marks.push(...arrow(x1, y1, x2, y2, { cls: ['fg-line-ink'] }));
  for (const n of NODES) {
    marks.push(...box(n.x - w / 2, n.y - h / 2, w, h, [], { paint: n.paint }));
    marks.push(text(n.x, n.y - 6, n.name, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }), text(n.x, n.y + 18, n.detail, { anchor: 'middle', size: 's' }));
  }
  marks.push(...textBlock(320, 176, ['每转一圈：', '名单更准一点，', '干预更对路一点'], { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }));
  return {
    id: ID,
    title: '诊断、预警、干预、跟踪的闭环',
    caption: '每月的跟踪表把这四步连成一个闭环：干预中确认的真实原因和各层的实际流失率，又回来修正模型的权重和干预的方式。',
    kind: 'concept',
    summary: '四个环节围成一个循环：诊断（模型或信号清单算出风险分）→ 预警（按风险排序，出名单）→ 分层干预（五层各有动作，按原因选策略）→ 效果跟踪（对照组、各层流失率、层级流动）→ 回到诊断。中间写着：每转一圈，名单更准一点，干预更对路一点。',
    width: 640,
    height: 346,
    marks,
    data: { kind: 'table', head: ['环节', '做什么'], rows: NODES.map((n) => [n.name, n.detail]) },
  };
}
