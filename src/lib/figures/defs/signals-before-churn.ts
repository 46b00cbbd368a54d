/**
 * Module 流失早期预警信号 (#why-signals): churn is a process, not a moment. From the first
 * dissatisfaction to leaving there is a stretch of time in which signals show one by one; acting
 * early in it is easier and cheaper than winning someone back after they left. Concept (seed 001).
 */
import { arrow, circle, line, text, textBlock } from '../draw';
import { bracket } from '../shapes';
import type { FigureSpec, Mark } from '../types';

const ID = 'signals-before-churn';

const PHASES = [
  { x: 60, label: '满意' },
  { x: 200, label: '产生不满' },
  { x: 360, label: '开始比较' },
  { x: 560, label: '离开' },
];
const SIGNALS = [
  { x: 230, label: ['互动', '减少'] },
  { x: 300, label: ['使用量', '下降'] },
  { x: 390, label: ['打听', '竞争对手'] },
  { x: 460, label: ['反复', '谈价格'] },
  { x: 520, label: ['联系人', '不回复'] },
];

export function signalsBeforeChurn(): FigureSpec {
  const ay = 150;
  const marks: Mark[] = [...arrow(30, ay, 610, ay, { cls: ['fg-line-ink'] })];
  for (const p of PHASES) marks.push(circle(p.x, ay, 7, ['fg-fill-s6']), text(p.x, ay + 30, p.label, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }));
  for (const s of SIGNALS) {
    marks.push(line(s.x, ay - 8, s.x, ay - 30, ['fg-line-s4']), circle(s.x, ay - 36, 6, ['fg-fill-s4']), ...textBlock(s.x, ay - 70, s.label, { anchor: 'middle', size: 's' }));
  }
  marks.push(
    bracket(200, 560, ay + 52, ['fg-line-s1'], true),
    text(380, ay + 78, '行动窗口：越早行动越容易、越省钱', { anchor: 'middle', size: 'm', cls: ['fg-ink-s1', 'fg-bold'] }),
    // Winning back gets harder as the stretch goes on.
    { kind: 'path', d: `M200 ${ay + 136} C 380 ${ay + 132}, 470 ${ay + 118}, 560 ${ay + 96}`, cls: ['fg-line-s3', 'fg-thick'] },
    text(196, ay + 130, '挽回的难度和成本', { anchor: 'end', size: 's', cls: ['fg-ink-s3'] }),
    text(200, 30, '预警信号陆续出现', { size: 's', cls: ['fg-ink-s4', 'fg-bold'] }),
  );
  return {
    id: ID,
    title: '流失是一个过程',
    caption: '从产生不满到最后离开，中间有一段时间，信号在这段时间里陆续出现。信号分散在不同系统、不同人手里，要拼起来才会报警。图中的信号顺序只是一种常见情形。',
    kind: 'concept',
    summary: '一条从“满意”经“产生不满”“开始比较”到“离开”的时间轴；从产生不满到离开之间，上方陆续出现互动减少、使用量下降、打听竞争对手、反复谈价格、联系人不回复等信号，下方标出这段“行动窗口”，一条曲线表示挽回的难度和成本越往后越高。',
    width: 640,
    height: ay + 150,
    marks,
    data: {
      kind: 'list',
      items: [
        '流失通常不是一个瞬间的决定，而是从满意、产生不满、开始比较到离开的过程。',
        '从产生不满到离开之间，信号陆续出现，例如互动减少、使用量下降、打听竞争对手、反复谈价格、联系人不回复。',
        '这段时间是行动窗口：越早行动，挽回越容易，成本也越低。',
      ],
    },
  };
}
