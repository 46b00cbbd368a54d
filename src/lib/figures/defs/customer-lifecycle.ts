/**
 * Module 理论基础 (#customer-lifecycle): the four stages of the customer lifecycle with the
 * management focus of each, the repeat-purchase loop, and the win-back path from a lost customer.
 * Concept (seed 003).
 */
import { arrow, box, text, textBlock } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'customer-lifecycle';

const STAGES: { name: string; focus: string[]; paint: Paint }[] = [
  { name: '潜在客户', focus: ['如实介绍', '建立合理期望'], paint: 's2' },
  { name: '首次购买', focus: ['做好交付和上手', '尽快兑现承诺'], paint: 's5' },
  { name: '重复购买', focus: ['个性化与关怀', '关注用量变化'], paint: 's1' },
  { name: '流失客户', focus: ['了解流失原因', '评估是否挽回'], paint: 's4' },
];

export function customerLifecycle(): FigureSpec {
  const w = 124;
  const gap = 34;
  const x = (i: number) => 20 + i * (w + gap);
  const by = 70;
  const bh = 50;
  const marks: Mark[] = [];
  STAGES.forEach((s, i) => {
    marks.push(...box(x(i), by, w, bh, [s.name], { paint: s.paint, size: 'l', bold: true }));
    marks.push(...textBlock(x(i) + w / 2, by + bh + 36, s.focus, { anchor: 'middle', size: 's' }));
    if (i < STAGES.length - 1) marks.push(...arrow(x(i) + w + 3, by + bh / 2, x(i + 1) - 3, by + bh / 2, { cls: ['fg-line-ink'] }));
  });
  // The repeat-purchase loop over the third stage.
  const rx = x(2) + w / 2;
  marks.push(
    { kind: 'path', d: `M${rx - 30} ${by} C ${rx - 40} ${by - 44}, ${rx + 40} ${by - 44}, ${rx + 30} ${by - 8}`, cls: ['fg-line-s1'] },
    { kind: 'polygon', points: [[rx + 30, by - 1], [rx + 24, by - 12], [rx + 36, by - 11]], cls: ['fg-fill-s1'] },
    text(rx, by - 40, '多次购买，关系稳定', { anchor: 'middle', size: 's', cls: ['fg-ink-s1', 'fg-bold'] }),
  );
  // Win-back: from lost back to buying.
  const wy = by + bh + 76;
  marks.push(
    { kind: 'path', d: `M${x(3) + w / 2} ${wy - 10} L${x(3) + w / 2} ${wy + 10} L${x(1) + w / 2} ${wy + 10} L${x(1) + w / 2} ${wy - 2}`, cls: ['fg-line-s4', 'fg-dashed'] },
    { kind: 'polygon', points: [[x(1) + w / 2, wy - 10], [x(1) + w / 2 - 6, wy], [x(1) + w / 2 + 6, wy]], cls: ['fg-fill-s4'] },
    text((x(1) + x(3) + w) / 2, wy + 30, '值得挽回的客户，重新回到购买', { anchor: 'middle', size: 's', cls: ['fg-ink-s4'] }),
    text(20, 276, '客户留在“重复购买”阶段越久，客户生命周期价值（CLV）越高', { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
  );
  return {
    id: ID,
    title: '客户生命周期',
    caption: '同一套服务不可能适合所有阶段的客户：新客户需要帮助上手，老客户需要被记住、被重视；流失之后，要先弄清原因，再判断是否值得挽回。',
    kind: 'concept',
    summary: '四个阶段从左到右：潜在客户（如实介绍，建立合理期望）→ 首次购买（做好交付和上手，尽快兑现承诺）→ 重复购买（个性化与关怀，关注用量变化，上方一个循环箭头表示多次购买）→ 流失客户（了解流失原因，评估是否挽回），一条虚线箭头从流失客户回到购买。',
    width: 640,
    height: 290,
    marks,
    data: {
      kind: 'table',
      head: ['阶段', '客户状态', '管理重点'],
      rows: [
        ['潜在客户', '还没有购买，正在了解和比较', '如实介绍，建立合理期望，避免过度承诺'],
        ['首次购买客户', '刚完成第一次购买', '做好交付和上手体验，尽快兑现承诺，及时询问满意度'],
        ['重复购买客户', '已多次购买，关系逐步稳定', '个性化服务、忠诚度计划、持续关怀，关注使用量的变化'],
        ['流失客户', '已停止购买或终止合作', '了解流失原因，评估是否值得挽回，把教训用于改进'],
      ],
    },
  };
}
