/**
 * Module 流失的代价 (#replacement-components): the part of replacement cost no ledger shows. A
 * new hire's output climbs from nothing to the predecessor's over the ramp-up months; the gap
 * above the climb is 适应期生产力损失 = 月薪 × 适应期月数 × 平均产出缺口. Below, the example's
 * full bill by its three parts. Numbers: the module's 客服专员 example (年薪 9.6 万元, 招聘
 * 3,000 元, 培训 6,000 元, 4 个月 at half output), computed by replacementCostBreakdown.
 */
import { replacementCostBreakdown } from '../../metrics';
import { formatInteger, formatPercent } from '../../format';
import { box, line, scale, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'ramp-up-loss';
const SALARY = 96000;
const RECRUITING = 3000;
const TRAINING = 6000;
const RAMP_MONTHS = 4;
const GAP = 0.5;

export function rampUpLoss(): FigureSpec {
  const b = valueOf(ID, replacementCostBreakdown({ salary: SALARY, leavers: 1, recruiting: RECRUITING, training: TRAINING, rampUpMonths: RAMP_MONTHS, productivityLoss: GAP }));
  const monthly = SALARY / 12;
  const x = scale(0, 6, 140, 600);
  const y = scale(0, 1, 210, 50);
  const marks: Mark[] = [
    // Vacancy before the new hire starts: a cost, but outside the formula.
    { kind: 'rect', x: 60, y: y(1), w: x(0) - 66, h: y(0) - y(1), rx: 4, cls: ['fg-line-muted', 'fg-dashed', 'fg-thin'] },
    ...textBlock((60 + x(0) - 6) / 2, (y(0) + y(1)) / 2, ['空缺期', '（不在', '公式里）'], { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }),
    line(x(0), y(0), x(6), y(0), ['fg-line-muted', 'fg-thin']),
    line(x(0), y(1), x(6), y(1), ['fg-line-muted', 'fg-dashed']),
    text(x(6), y(1) - 8, '前任的产出 100%', { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }),
    // The loss: between the predecessor's output and the climb.
    {
      kind: 'polygon',
      points: [
        [x(0), y(1)],
        [x(RAMP_MONTHS), y(1)],
        [x(0), y(0)],
      ],
      cls: ['fg-tint-s4'],
    },
    ...textBlock(x(1.35), y(0.78), ['适应期', '生产力损失'], { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    { kind: 'path', d: `M${x(0)} ${y(0)} L${x(RAMP_MONTHS)} ${y(1)} L${x(6)} ${y(1)}`, cls: ['fg-line-s1', 'fg-thick'] },
    text(x(2.6), y(0.3), '新人的产出', { size: 'm', cls: ['fg-ink-s1', 'fg-bold'] }),
  ];
  for (let m = 0; m <= 6; m++) marks.push(text(x(m), y(0) + 20, m === 0 ? '入职' : `${m} 个月`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  marks.push(text(x(RAMP_MONTHS), y(0) + 38, '独立处理全部工单', { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  marks.push(text(60, 282, `损失 = 月薪 ${formatInteger(monthly)} × ${RAMP_MONTHS} 个月 × 平均缺口 ${formatPercent(GAP)} = ${formatInteger(b.rampUp)} 元`, { size: 'm' }));
  // The whole bill.
  const bx = scale(0, b.perLeaver, 60, 600);
  const by = 300;
  const parts: [string, number, 's2' | 's5' | 's4'][] = [
    ['招聘', b.recruiting, 's2'],
    ['培训', b.training, 's5'],
    ['适应期损失', b.rampUp, 's4'],
  ];
  let acc = 0;
  for (const [label, v, paint] of parts) {
    marks.push(...box(bx(acc), by, bx(acc + v) - bx(acc), 30, label, { paint, size: 's', rx: 0 }));
    marks.push(text((bx(acc) + bx(acc + v)) / 2, by + 48, formatInteger(v), { anchor: 'middle', size: 's' }));
    acc += v;
  }
  marks.push(text(60, by + 72, `单人替换成本 ${formatInteger(b.perLeaver)} 元，约为年薪的 ${formatPercent(b.impliedMultiplier, { digits: 0 })}`, { size: 'm', cls: ['fg-ink', 'fg-bold'] }));
  return {
    id: ID,
    title: '适应期生产力损失',
    caption: `新人要 ${RAMP_MONTHS} 个月才达到前任的产出，这段时间少做出来的部分不会出现在任何账目里，却是这张账单里最大的一项。`,
    kind: 'example',
    summary: `客服专员的替换成本：新人入职后产出从零逐步升到前任的水平，用了 ${RAMP_MONTHS} 个月，平均只有一半；这段差距折合 ${formatInteger(b.rampUp)} 元。加上招聘 ${formatInteger(b.recruiting)} 元和培训 ${formatInteger(b.training)} 元，单人替换成本 ${formatInteger(b.perLeaver)} 元，约为年薪的 ${formatPercent(b.impliedMultiplier, { digits: 0 })}。`,
    width: 640,
    height: by + 84,
    marks,
    data: {
      kind: 'table',
      head: ['构成', '金额（元）', '怎么算'],
      rows: [
        ['招聘成本', formatInteger(b.recruiting), '招聘平台费用分摊和面试时间'],
        ['培训成本', formatInteger(b.training), '两周脱产培训加一个月带教'],
        ['适应期生产力损失', formatInteger(b.rampUp), `月薪 ${formatInteger(monthly)} × ${RAMP_MONTHS} 个月 × ${formatPercent(GAP)}`],
        ['单人替换成本', formatInteger(b.perLeaver), `约为年薪 ${formatInteger(SALARY)} 元的 ${formatPercent(b.impliedMultiplier, { digits: 0 })}`],
      ],
    },
    mentions: { module: 'cost-of-churn', strings: ['8,000 × 4 × 50% = 16,000', '3,000 + 6,000 + 16,000 = 25,000', '26%'] },
  };
}
