/**
 * Module 理论基础 (#servqual-practice): why SERVQUAL asks for expectations too. The module's
 * grocery-delivery example per dimension: expectation E and perception P on the 1–7 scale, joined
 * by the gap. Reliability and empathy are perceived almost alike (4.9 and 5.0) but their gaps are
 * −1.7 and −0.4. Dimensions and gaps from the SERVQUAL metric.
 */
import { SERVQUAL_SCALE, servqualGap, type ServqualDimension } from '../../metrics';
import { formatNumber } from '../../format';
import { circle, line, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'servqual-profile';
const SCORES: { dimension: ServqualDimension; expectation: number; perception: number }[] = [
  { dimension: 'tangibles', expectation: 5.2, perception: 5.6 },
  { dimension: 'reliability', expectation: 6.6, perception: 4.9 },
  { dimension: 'responsiveness', expectation: 6.1, perception: 5.0 },
  { dimension: 'assurance', expectation: 6.0, perception: 5.8 },
  { dimension: 'empathy', expectation: 5.4, perception: 5.0 },
];

const signed = (v: number) => formatNumber(v, { digits: 1, minDigits: 1, signed: true }).replace('-', '\u2212');

export function servqualProfile(): FigureSpec {
  const v = valueOf(ID, servqualGap({ scores: SCORES }));
  const x = scale(SERVQUAL_SCALE.min + 3, SERVQUAL_SCALE.max, 110, 520);
  const marks: Mark[] = [];
  for (let t = SERVQUAL_SCALE.min + 3; t <= SERVQUAL_SCALE.max; t++) marks.push(line(x(t), 34, x(t), 232, ['fg-grid']), text(x(t), 252, String(t), { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  marks.push(text(560, 22, '差距 P − E', { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  v.rows.forEach((r, i) => {
    const y = 52 + i * 42;
    const short = r.gap < 0;
    marks.push(
      text(20, y + 5, r.label, { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
      line(x(r.expectation), y, x(r.perception), y, [short ? 'fg-line-s4' : 'fg-line-s1', 'fg-thick']),
      circle(x(r.expectation), y, 7, ['fg-line-s2', 'fg-thick']),
      circle(x(r.perception), y, 7, [short ? 'fg-fill-s4' : 'fg-fill-s1']),
      text(560, y + 5, signed(r.gap), { anchor: 'middle', size: 'm', cls: [short ? 'fg-ink-s4' : 'fg-ink-s1', 'fg-bold'] }),
    );
  });
  marks.push(
    circle(116, 278, 6, ['fg-line-s2', 'fg-thick']),
    text(128, 283, '期望 E', { size: 's' }),
    circle(206, 278, 6, ['fg-fill-s4']),
    text(218, 283, '感知 P（低于期望）', { size: 's' }),
    circle(366, 278, 6, ['fg-fill-s1']),
    text(378, 283, '感知 P（超出期望）', { size: 's' }),
  );
  const rel = v.rows.find((r) => r.dimension === 'reliability')!;
  const emp = v.rows.find((r) => r.dimension === 'empathy')!;
  return {
    id: ID,
    title: '把期望放进来',
    caption: `可靠性和移情性的感知分几乎一样（${formatNumber(rel.perception, { minDigits: 1 })} 和 ${formatNumber(emp.perception, { minDigits: 1 })}），差距却是 ${signed(rel.gap)} 和 ${signed(emp.gap)}：客户对可靠性的期望高得多。只看感知分，会以为两者的问题差不多。`,
    kind: 'example',
    summary: `超市到家配送五个维度的期望和感知（1–7 分）：${v.rows.map((r) => `${r.label}期望 ${formatNumber(r.expectation, { minDigits: 1 })}、感知 ${formatNumber(r.perception, { minDigits: 1 })}、差距 ${signed(r.gap)}`).join('；')}。差距最大的是可靠性。`,
    width: 640,
    height: 294,
    marks,
    data: { kind: 'table', head: ['维度', '期望 E', '感知 P', '差距 P − E'], rows: v.rows.map((r) => [r.label, formatNumber(r.expectation, { minDigits: 1 }), formatNumber(r.perception, { minDigits: 1 }), signed(r.gap)]) },
    mentions: { module: 'retention-theories', strings: ["'e-reliability': 6.6, 'p-reliability': 4.9", "'e-empathy': 5.4, 'p-empathy': 5.0", '−1.7', '−0.4'] },
  };
}
