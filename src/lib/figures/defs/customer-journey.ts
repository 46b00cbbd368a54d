/**
 * Module 客户留存策略 (#customer-journey): a customer journey map — the touchpoints from 了解 to
 * 续约, what customers expect at each and what they get, and the gaps that make the pain points.
 * The scores are invented for the picture (示例, 1–5).
 */
import { circle, line, rect, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'customer-journey';

const POINTS = [
  { name: '了解', expected: 3.5, actual: 3.8 },
  { name: '购买', expected: 4.0, actual: 4.1 },
  { name: '交付', expected: 4.3, actual: 2.9 },
  { name: '使用', expected: 4.0, actual: 3.8 },
  { name: '求助', expected: 4.4, actual: 2.6 },
  { name: '续约', expected: 4.0, actual: 3.6 },
];
/** A touchpoint whose experience falls this far below expectation is a pain point. */
const PAIN = 1;

export function customerJourney(): FigureSpec {
  const x = (i: number) => 80 + i * 100;
  const y = scale(1, 5, 230, 40);
  const marks: Mark[] = [];
  POINTS.forEach((p, i) => {
    if (p.expected - p.actual >= PAIN) {
      marks.push(rect(x(i) - 40, 30, 80, 210, ['fg-tint-s4'], 6), text(x(i), 24, '痛点', { anchor: 'middle', size: 's', cls: ['fg-ink-s4', 'fg-bold'] }));
    }
    marks.push(text(x(i), 262, p.name, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }));
  });
  for (const v of [1, 2, 3, 4, 5]) marks.push(line(50, y(v), 600, y(v), ['fg-grid']), text(40, y(v) + 5, String(v), { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  const path = (key: 'expected' | 'actual') => POINTS.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)} ${y(p[key]).toFixed(1)}`).join(' ');
  marks.push({ kind: 'path', d: path('expected'), cls: ['fg-line-s2', 'fg-dashed'] }, { kind: 'path', d: path('actual'), cls: ['fg-line-s1', 'fg-thick'] });
  POINTS.forEach((p, i) => marks.push(circle(x(i), y(p.expected), 4, ['fg-fill-s2']), circle(x(i), y(p.actual), 5, ['fg-fill-s1'])));
  marks.push(
    line(60, 292, 90, 292, ['fg-line-s2', 'fg-dashed']),
    text(96, 297, '客户的期望', { size: 's' }),
    line(200, 292, 230, 292, ['fg-line-s1', 'fg-thick']),
    text(236, 297, '实际体验（1–5 分）', { size: 's' }),
  );
  return {
    id: ID,
    title: '客户旅程图',
    caption: '把客户从了解到续约的每个接触点排开，标出期望和实际体验；差距最大的两三个节点就是要集中投入的关键节点。图中分数是示例。',
    kind: 'example',
    summary: `六个接触点的期望分和实际体验分（1–5 分）：${POINTS.map((p) => `${p.name}期望 ${p.expected}、实际 ${p.actual}`).join('；')}。交付和求助两处实际体验比期望低 1 分以上，标为痛点。`,
    width: 640,
    height: 310,
    marks,
    data: {
      kind: 'table',
      head: ['接触点', '期望', '实际体验', '差距'],
      rows: POINTS.map((p) => [p.name, p.expected.toFixed(1), p.actual.toFixed(1), (p.actual - p.expected).toFixed(1).replace('-', '\u2212') + (p.expected - p.actual >= PAIN ? '（痛点）' : '')]),
    },
  };
}
