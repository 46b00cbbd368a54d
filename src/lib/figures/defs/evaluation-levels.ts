/**
 * Module 如何组织留存培训 (#measuring-effect): the four levels of training evaluation as a
 * staircase — 反应, 学习, 行为, 结果 — each with how and when it is measured; the higher, the
 * harder to measure and the more it says. Concept (seed 004 and the Kirkpatrick levels).
 */
import { arrow, rect, text, textBlock } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'evaluation-levels';

const LEVELS: { name: string; question: string; how: string[]; when: string; paint: Paint }[] = [
  { name: '反应', question: '觉得有用吗？', how: ['课后满意度问卷'], when: '培训当天', paint: 's6' },
  { name: '学习', question: '学会了吗？', how: ['课前课后测验', '角色扮演评分'], when: '培训前后', paint: 's2' },
  { name: '行为', question: '回去做了吗？', how: ['行动计划完成', '上级观察、抽查'], when: '训后 1–3 个月', paint: 's5' },
  { name: '结果', question: '留存改善了吗？', how: ['培训组与未培训组', '各自的变化'], when: '训后 3–6 个月', paint: 's1' },
];

export function evaluationLevels(): FigureSpec {
  const w = 142;
  const base = 300;
  const marks: Mark[] = [];
  LEVELS.forEach((l, i) => {
    const x = 44 + i * (w + 4);
    const top = base - 110 - i * 52;
    marks.push(rect(x, top, w, base - top, [`fg-tint-${l.paint}`], 4));
    marks.push(text(x + w / 2, top + 26, `${i + 1} ${l.name}`, { anchor: 'middle', size: 'l', cls: ['fg-ink', 'fg-bold'] }));
    marks.push(text(x + w / 2, top + 48, l.question, { anchor: 'middle', size: 's', cls: ['fg-ink'] }));
    marks.push(...textBlock(x + w / 2, top + 80, l.how, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
    marks.push(text(x + w / 2, base + 22, l.when, { anchor: 'middle', size: 's', cls: ['fg-ink'] }));
  });
  marks.push(...arrow(24, base - 4, 24, 36, { cls: ['fg-line-s1', 'fg-thick'] }), text(36, 34, '越往上越难测，也越能说明问题', { size: 's', cls: ['fg-ink-s1', 'fg-bold'] }));
  return {
    id: ID,
    title: '培训效果的四个层次',
    caption: '很多培训只做到第一层。要回答“培训让留存率提高了多少”，得做到第四层，并且要有比较对象。',
    kind: 'concept',
    summary: '四级台阶从低到高：反应（觉得有用吗，课后满意度问卷，培训当天）、学习（学会了吗，课前课后测验和角色扮演评分，培训前后）、行为（回去做了吗，行动计划完成情况和上级观察，训后 1–3 个月）、结果（留存改善了吗，培训组与未培训组各自的变化，训后 3–6 个月）。越往上越难测，也越能说明问题。',
    width: 640,
    height: base + 34,
    marks,
    data: { kind: 'table', head: ['层次', '问的问题', '测量方式', '时间'], rows: LEVELS.map((l) => [l.name, l.question, l.how.join('、'), l.when]) },
  };
}
