/**
 * Module 流失原因分析方法 (#post-mortem): a churn post-mortem's first two steps on one lost
 * customer — the relationship's events in time order with the lifecycle stage under them, and the
 * turning point marked. The customer and the events are invented for the picture (示例).
 */
import { circle, line, rect, scale, text, textBlock } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'post-mortem-timeline';

const EVENTS: { month: number; label: string[]; paint: Paint; turning?: boolean }[] = [
  { month: 0, label: ['签约'], paint: 's1' },
  { month: 2, label: ['首次交付'], paint: 's1' },
  { month: 9, label: ['重大故障', '两天才修复'], paint: 's4' },
  { month: 11, label: ['对接人', '离职'], paint: 's4', turning: true },
  { month: 14, label: ['投诉', '升级'], paint: 's4' },
  { month: 17, label: ['续约沟通', '（到期前 1 个月）'], paint: 's3' },
  { month: 18, label: ['不续约'], paint: 's4' },
];

const STAGES = [
  { from: 0, to: 3, label: '首次购买' },
  { from: 3, to: 12, label: '重复购买' },
  { from: 12, to: 18, label: '往来减少' },
];

export function postMortemTimeline(): FigureSpec {
  const x = scale(0, 18, 50, 590);
  const ay = 104;
  const marks: Mark[] = [line(40, ay, 600, ay, ['fg-line-ink'])];
  EVENTS.forEach((e, i) => {
    const above = i % 2 === 0;
    const ty = above ? ay - 52 : ay + 52;
    marks.push(line(x(e.month), ay, x(e.month), above ? ay - 30 : ay + 30, ['fg-line-muted', 'fg-thin']));
    marks.push(circle(x(e.month), ay, e.turning ? 9 : 6, [`fg-fill-${e.paint}`]));
    marks.push(...textBlock(x(e.month), ty, e.label, { anchor: 'middle', size: 's', cls: e.turning ? ['fg-ink-s4', 'fg-bold'] : ['fg-ink'] }));
  });
  const turning = EVENTS.find((e) => e.turning)!;
  marks.push(
    circle(x(turning.month), ay, 14, ['fg-line-s4']),
    { kind: 'rect', x: x(turning.month) - 70, y: ay + 74, w: 140, h: 42, rx: 6, cls: ['fg-line-s4'] },
    ...textBlock(x(turning.month), ay + 95, ['转折点：当时', '有人注意到吗？'], { anchor: 'middle', size: 's', cls: ['fg-ink-s4', 'fg-bold'] }),
  );
  for (const s of STAGES) {
    marks.push(rect(x(s.from) + 1, 240, x(s.to) - x(s.from) - 2, 26, ['fg-tint-s6'], 3), text((x(s.from) + x(s.to)) / 2, 258, s.label, { anchor: 'middle', size: 's' }));
  }
  marks.push(text(40, 288, '生命周期阶段', { size: 's', cls: ['fg-ink-muted'] }), text(600, 288, '合作月份：0 到 18', { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  return {
    id: ID,
    title: '复盘：还原时间线，找转折点',
    caption: '把一位流失客户从签约到离开的关键事件按时间排开，标出生命周期阶段，再找关系开始变差的那一刻。事件是为本图编写的示例。',
    kind: 'example',
    summary: `一位客户 18 个月的合作时间线：${EVENTS.map((e) => `第 ${e.month} 个月${e.label.join('')}`).join('，')}。第 11 个月对接人离职被标为转折点；下方标出首次购买、重复购买和往来减少三个阶段。`,
    width: 640,
    height: 300,
    marks,
    data: {
      kind: 'table',
      head: ['合作月份', '事件', '生命周期阶段'],
      rows: EVENTS.map((e) => [`第 ${e.month} 个月`, e.label.join('') + (e.turning ? '（转折点）' : ''), STAGES.find((s) => e.month >= s.from && (e.month < s.to || s.to === 18))!.label]),
    },
  };
}
