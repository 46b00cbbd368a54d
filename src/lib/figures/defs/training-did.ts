/**
 * Module 如何组织留存培训 (#measuring-effect): estimating a training's effect against a
 * comparison team. The module's example: team 甲 (trained) 8.0% → 6.5%, team 乙 (not yet) 8.2% →
 * 7.8% quarterly churn; the effect is the difference of the two changes, about 1.1 points.
 */
import { formatNumber } from '../../format';
import { circle, line, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'training-did';
const TEAMS = [
  { name: '甲（已培训）', before: 8.0, after: 6.5, paint: 's1' as const },
  { name: '乙（未培训）', before: 8.2, after: 7.8, paint: 's6' as const },
];

const pp = (v: number) => formatNumber(v, { digits: 1, minDigits: 1 });

export function trainingDid(): FigureSpec {
  const y = scale(6, 8.6, 250, 40);
  const xb = 170;
  const xa = 430;
  const marks: Mark[] = [];
  for (const v of [6, 6.5, 7, 7.5, 8, 8.5]) marks.push(line(110, y(v), 440, y(v), ['fg-grid']), text(100, y(v) + 5, `${pp(v)}%`, { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  marks.push(text(xb, 276, '培训前（第一季度）', { anchor: 'middle', size: 's' }), text(xa, 276, '培训后（第三季度）', { anchor: 'middle', size: 's' }));
  const [a, b] = TEAMS as [(typeof TEAMS)[number], (typeof TEAMS)[number]];
  for (const t of TEAMS) {
    marks.push(line(xb, y(t.before), xa, y(t.after), [`fg-line-${t.paint}`, 'fg-thick']), circle(xb, y(t.before), 5, [`fg-fill-${t.paint}`]), circle(xa, y(t.after), 5, [`fg-fill-${t.paint}`]));
    marks.push(text(xa + 12, y(t.after) + 5, `${t.name} ${pp(t.after)}%`, { size: 's', cls: [`fg-ink-${t.paint}`, 'fg-bold'] }));
  }
  marks.push(text(xb - 12, y(a.before) + 18, `甲 ${pp(a.before)}%`, { anchor: 'end', size: 's', cls: ['fg-ink-s1'] }), text(xb - 12, y(b.before) - 6, `乙 ${pp(b.before)}%`, { anchor: 'end', size: 's', cls: ['fg-ink-s6'] }));
  const dropA = a.before - a.after;
  const dropB = b.before - b.after;
  marks.push(
    text(120, y(6.78), `甲下降 ${pp(dropA)} 个百分点`, { size: 's' }),
    text(120, y(6.78) + 20, `乙下降 ${pp(dropB)} 个百分点`, { size: 's' }),
    text(120, y(6.78) + 44, `培训效果约 ${pp(dropA - dropB)} 个百分点`, { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
  );
  return {
    id: ID,
    title: '用对照比较估计培训效果',
    caption: `两个规模相近的客服团队：甲培训后流失率下降 ${pp(dropA)} 个百分点，但同期没有培训的乙也下降了 ${pp(dropB)} 个百分点，那部分可能来自季节或公司整体的改进；培训带来的约是两者之差。`,
    kind: 'example',
    summary: `客户季度流失率：甲团队（已培训）从 ${pp(a.before)}% 降到 ${pp(a.after)}%，乙团队（未培训）从 ${pp(b.before)}% 降到 ${pp(b.after)}%。培训效果约为 ${pp(dropA)} − ${pp(dropB)} = ${pp(dropA - dropB)} 个百分点。`,
    width: 640,
    height: 290,
    marks,
    data: { kind: 'table', head: ['团队', '培训前（第一季度）', '培训后（第三季度）', '变化'], rows: TEAMS.map((t) => [t.name, `${pp(t.before)}%`, `${pp(t.after)}%`, `下降 ${pp(t.before - t.after)} 个百分点`]) },
    mentions: { module: 'running-retention-training', strings: ['8.0%', '6.5%', '8.2%', '7.8%', '1.5 − 0.4 = 1.1'] },
  };
}
