/**
 * Module 数据驱动的流失预测 (#data-warehouse): how training rows are built from snapshots — an
 * observation point, the features from the six months before it, the outcome from the three
 * months after — and the leak to keep out: data that only exists once someone is leaving.
 * Concept (the module's 观察点 example).
 */
import { arrow, line, rect, scale, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'observation-windows';
const FEATURE_MONTHS = 6;
const OUTCOME_MONTHS = 3;

export function observationWindows(): FigureSpec {
  const x = scale(-FEATURE_MONTHS - 1, OUTCOME_MONTHS + 1, 30, 610);
  const ay = 150;
  const marks: Mark[] = [
    rect(x(-FEATURE_MONTHS), 66, x(0) - x(-FEATURE_MONTHS), 52, ['fg-tint-s2'], 4),
    ...textBlock((x(-FEATURE_MONTHS) + x(0)) / 2, 92, [`特征窗口：观察点之前 ${FEATURE_MONTHS} 个月`, '算出每个人的特征（用量变化、投诉……）'], { anchor: 'middle', size: 's' }),
    rect(x(0), 66, x(OUTCOME_MONTHS) - x(0), 52, ['fg-tint-s3'], 4),
    ...textBlock((x(0) + x(OUTCOME_MONTHS)) / 2, 92, [`结果窗口：之后 ${OUTCOME_MONTHS} 个月`, '有没有流失'], { anchor: 'middle', size: 's' }),
    ...arrow(24, ay, 616, ay, { cls: ['fg-line-ink'] }),
  ];
  for (let m = -FEATURE_MONTHS; m <= OUTCOME_MONTHS; m++) {
    if (m === 0) continue;
    marks.push(line(x(m), ay - 5, x(m), ay + 5, ['fg-line-ink']), text(x(m), ay + 22, m < 0 ? `\u2212${-m}` : `+${m}`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  }
  marks.push(
    text(616, ay + 22, '月', { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }),
    line(x(0), 52, x(0), ay + 10, ['fg-line-s4', 'fg-thick']),
    text(x(0), 44, '观察点（例如每月 1 日）', { anchor: 'middle', size: 's', cls: ['fg-ink-s4', 'fg-bold'] }),
    // The leak: a field that appears in the outcome window must not become a feature.
    { kind: 'path', d: `M${x(1.8)} 206 C ${x(1)} 236, ${x(-2)} 236, ${x(-3)} 200`, cls: ['fg-line-s4', 'fg-dashed'] },
    line(x(-0.6) - 9, 222, x(-0.6) + 9, 240, ['fg-line-s4', 'fg-thick']),
    line(x(-0.6) - 9, 240, x(-0.6) + 9, 222, ['fg-line-s4', 'fg-thick']),
    ...textBlock(x(1.9), 196, ['“已提交解约申请”'], { anchor: 'middle', size: 's', cls: ['fg-ink'] }),
    text(320, 268, '数据泄漏：流失之后才出现的数据不能拿来做特征', { anchor: 'middle', size: 'm', cls: ['fg-ink-s4', 'fg-bold'] }),
  );
  return {
    id: ID,
    title: '观察点与两个时间窗口',
    caption: '模型要学的是“流失之前的样子”：特征只用观察点之前的数据，结果看观察点之后的一段时间。在结果窗口里才出现的字段（如已提交解约申请）混进特征，模型会显得很准，到了要用的时候却来不及了。',
    kind: 'concept',
    summary: `一条时间轴，中间一条竖线是观察点。左边是观察点之前 ${FEATURE_MONTHS} 个月的特征窗口，用来计算特征；右边是之后 ${OUTCOME_MONTHS} 个月的结果窗口，看有没有流失。一条从结果窗口指回特征窗口、被打叉的虚线表示数据泄漏：流失之后才出现的数据不能拿来做特征。`,
    width: 640,
    height: 282,
    marks,
    data: {
      kind: 'table',
      head: ['时段', '用途'],
      rows: [
        [`观察点之前 ${FEATURE_MONTHS} 个月（特征窗口）`, '计算特征，例如用量的变化、投诉次数'],
        ['观察点', '在这一刻给每个人拍一张快照'],
        [`观察点之后 ${OUTCOME_MONTHS} 个月（结果窗口）`, '看这个人有没有流失，作为要预测的结果'],
        ['结果窗口里才出现的数据', '不能做特征（数据泄漏），例如“已提交解约申请”'],
      ],
    },
    mentions: { module: 'churn-prediction', strings: ['观察点之前 6 个月', '之后 3 个月'] },
  };
}
