/**
 * Module 员工流失成因 (#cause-map): the causes of employee churn placed on the employee's
 * journey — before joining, the first months, development in the role — with the organisational
 * environment running under all of them and outside competition amplifying the gaps.
 * Concept (seeds 000, 001).
 */
import { box, text, textBlock } from '../draw';
import { chevron } from '../shapes';
import type { FigureSpec, Mark } from '../types';

const ID = 'cause-map';

const STAGES = [
  { stage: '入职前', causes: ['人岗匹配不精准', '过度包装岗位'], churn: ['一周到试用期内的', '早期流失'], paint: 's4' as const },
  { stage: '入职初期', causes: ['组织社会化不足', '（缺少融入机制）'], churn: ['入职 1–6 个月内的', '流失'], paint: 's3' as const },
  { stage: '在职发展', causes: ['成长瓶颈', '薪酬竞争力不足', '职业生涯管理缺失'], churn: ['一年以上、高绩效和', '高潜员工的流失'], paint: 's2' as const },
];

export function causeMap(): FigureSpec {
  const marks: Mark[] = [];
  const w = 200;
  STAGES.forEach((s, i) => {
    const x = 20 + i * w;
    marks.push(...chevron(x, 16, w - 4, 44, [s.stage], s.paint, { first: i === 0, size: 'l' }));
    marks.push(...box(x + 8, 74, w - 24, 88, s.causes, { paint: s.paint, size: 'm' }));
    marks.push(text(x + 8, 186, '最常引发：', { size: 's', cls: ['fg-ink-muted'] }));
    marks.push(...textBlock(x + 8, 214, s.churn, { size: 's', cls: ['fg-ink-muted'] }));
  });
  marks.push(
    ...box(20, 246, 600, 44, ['组织环境：企业文化与氛围、沟通机制、直接上级的管理方式 —— 贯穿各个阶段'], { paint: 's5', size: 'm', bold: true }),
    { kind: 'rect', x: 20, y: 302, w: 600, h: 30, rx: 6, cls: ['fg-line-muted', 'fg-dashed', 'fg-thin'] },
    text(320, 322, '外部环境：同行挖人、经济形势变化 —— 放大内部的短板', { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }),
  );
  return {
    id: ID,
    title: '成因放在员工经历的时间线上',
    caption: '先看员工是在什么阶段走的，再到对应的环节里找原因；组织环境贯穿每个阶段，外部竞争会放大内部已有的短板。',
    kind: 'concept',
    summary: '三个依次排开的阶段：入职前（人岗匹配不精准、过度包装岗位，引发早期流失）、入职初期（组织社会化不足，引发 1–6 个月内的流失）、在职发展（成长瓶颈、薪酬竞争力不足、职业生涯管理缺失，引发一年以上和骨干的流失）；下方一条横带是贯穿各阶段的组织环境，最下方是放大短板的外部环境。',
    width: 640,
    height: 344,
    marks,
    data: {
      kind: 'table',
      head: ['环节', '主要成因', '最常引发的流失'],
      rows: [
        ...STAGES.map((s) => [s.stage, s.causes.join('、').replace('、（', '（'), s.churn.join('')]),
        ['组织环境', '企业文化与氛围、沟通机制、直接上级的管理方式', '贯穿各个阶段，常与其他成因叠加'],
        ['外部环境', '同行给出更有吸引力的职位和待遇、经济形势变化', '放大内部的短板'],
      ],
    },
  };
}
