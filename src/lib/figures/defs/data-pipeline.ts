/**
 * Module 数据驱动的流失预测 (#data-pipeline): the four steps of data preparation (seed 001: 多源
 * 数据采集、数据清洗与标准化、特征工程、数据仓库构建) fed by the data sources, ending in the model's
 * risk scores, with what each step is about. Concept.
 */
import { arrow, box, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'data-pipeline';

const SOURCES = ['业务系统', '互动记录', '使用行为', '服务记录', '调查反馈'];
const STEPS = [
  { name: '1 多源数据采集', note: ['打通各系统，一个对象一个编号', '每个来源先问：有关吗？正当吗？'] },
  { name: '2 清洗与标准化', note: ['缺失、异常、格式、口径', '小心“流失之后才有”的数据'] },
  { name: '3 特征工程', note: ['属性、行为、情感三类特征', '看变化、做比值、记时间距离'] },
  { name: '4 数据仓库', note: ['保存历史快照', '学的是“流失之前的样子”'] },
];

export function dataPipeline(): FigureSpec {
  const marks: Mark[] = [text(20, 20, '数据来源', { size: 's', cls: ['fg-ink-muted'] })];
  const sy = (i: number) => 32 + i * 54;
  SOURCES.forEach((s, i) => marks.push(...box(20, sy(i), 108, 40, [s], { paint: 's6', size: 's' })));
  const cx = 170;
  const cw = 190;
  const stepY = (i: number) => 32 + i * 70;
  STEPS.forEach((s, i) => {
    marks.push(...box(cx, stepY(i), cw, 46, [s.name], { paint: 's2', size: 'm', bold: true }));
    marks.push(...textBlock(cx + cw + 16, stepY(i) + 23, s.note, { size: 's' }));
    if (i > 0) marks.push(...arrow(cx + cw / 2, stepY(i - 1) + 48, cx + cw / 2, stepY(i) - 2, { cls: ['fg-line-ink'] }));
  });
  for (let i = 0; i < SOURCES.length; i++) marks.push(...arrow(130, sy(i) + 20, cx - 3, stepY(0) + 23, { cls: ['fg-line-muted', 'fg-thin'], head: 7 }));
  const oy = stepY(STEPS.length);
  marks.push(
    ...arrow(cx + cw / 2, stepY(STEPS.length - 1) + 48, cx + cw / 2, oy - 2, { cls: ['fg-line-ink'] }),
    ...box(cx, oy, cw, 46, ['预测模型 → 风险分数'], { paint: 's1', size: 'm', bold: true }),
  );
  return {
    id: ID,
    title: '数据准备的四个环节',
    caption: '一个预测项目里，真正花时间的往往不是建模，而是把数据准备好：先把分散在各系统的数据汇到一起，清洗、加工成特征，按时间保存快照，模型才有东西可学。',
    kind: 'concept',
    summary: '左侧五类数据来源（业务系统、互动记录、使用行为、服务记录、调查反馈）汇入四个依次相连的环节：多源数据采集、清洗与标准化、特征工程、数据仓库，最后输出给预测模型，得到风险分数。每个环节旁注明要点。',
    width: 640,
    height: oy + 56,
    marks,
    data: {
      kind: 'table',
      head: ['环节', '要做的事'],
      rows: STEPS.map((s) => [s.name.replace(/^\d /, ''), s.note.join('；')]),
    },
  };
}
