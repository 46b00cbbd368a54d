/**
 * Module 理论基础 (#disconfirmation): expectation disconfirmation. The same experience (the same
 * bar in all three panels) meets three different expectations: above it the customer is
 * satisfied or delighted, level with it satisfied, below it dissatisfied although the experience
 * itself is not bad. Concept (seeds 002, 003).
 */
import { line, rect, text, textBlock } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'disconfirmation';

const PANELS: { title: string; expectation: number; result: string[]; paint: Paint }[] = [
  { title: '体验超出期望', expectation: 0.45, result: ['满意，甚至惊喜'], paint: 's1' },
  { title: '体验与期望相符', expectation: 0.7, result: ['基本满意'], paint: 's2' },
  { title: '体验低于期望', expectation: 0.95, result: ['不满意', '（体验本身并不差）'], paint: 's4' },
];
const EXPERIENCE = 0.7;

export function disconfirmation(): FigureSpec {
  const top = 40;
  const bottom = 220;
  const y = (v: number) => bottom - v * (bottom - top);
  const marks: Mark[] = [];
  PANELS.forEach((p, i) => {
    const cx = 110 + i * 210;
    marks.push(text(cx, 22, p.title, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }));
    marks.push(rect(cx - 36, y(EXPERIENCE), 72, bottom - y(EXPERIENCE), ['fg-fill-s6']));
    marks.push(text(cx, y(EXPERIENCE) + 24, '体验', { anchor: 'middle', size: 's', cls: ['fg-ink-inverse', 'fg-bold'] }));
    marks.push(line(cx - 66, y(p.expectation), cx + 66, y(p.expectation), [`fg-line-${p.paint}`, 'fg-thick', 'fg-dashed']));
    marks.push(text(cx + 68, y(p.expectation) + 5, '期望', { size: 's', cls: [`fg-ink-${p.paint}`, 'fg-bold'] }));
    marks.push(line(cx - 70, bottom, cx + 70, bottom, ['fg-line-muted']));
    marks.push(...textBlock(cx, bottom + 32, p.result, { anchor: 'middle', size: 'm', cls: [`fg-ink-${p.paint}`, 'fg-bold'] }));
  });
  return {
    id: ID,
    title: '满意来自比较',
    caption: '三格里的体验一样高，只是期望不同：满意不是由体验的绝对好坏决定的，而是由体验和期望的比较决定的。所以提高满意度有两条路：提升表现，管理期望。',
    kind: 'concept',
    summary: '三个并排的小图，体验柱一样高，期望线的位置不同：期望线低于体验时，客户满意甚至惊喜；期望线与体验齐平时，基本满意；期望线高于体验时，客户不满意，尽管体验本身并不差。',
    width: 640,
    height: bottom + 66,
    marks,
    data: {
      kind: 'table',
      head: ['比较的结果', '客户的感受'],
      rows: [
        ['体验超出期望（正向不一致）', '满意，甚至惊喜'],
        ['体验与期望相符', '基本满意'],
        ['体验低于期望（负向不一致）', '不满意，哪怕体验本身并不差'],
      ],
    },
  };
}
