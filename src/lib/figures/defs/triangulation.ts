/**
 * Module 流失原因分析方法 (#combined): 三角验证 — a cause is confirmed only when the interviews,
 * the survey and the behaviour data all point at it; each source answers a different question.
 * Concept (seeds 001, 003).
 */
import { arrow, box, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'triangulation';

export function triangulation(): FigureSpec {
  const marks: Mark[] = [
    // The triangle's edges: the sources check one another.
    { kind: 'polygon', points: [[320, 62], [120, 262], [520, 262]], cls: ['fg-line-muted', 'fg-dashed', 'fg-thin'] },
    ...box(220, 20, 200, 64, ['访谈（定性）', '为什么、触发点是什么'], { paint: 's2', size: 'm' }),
    ...box(20, 232, 200, 64, ['问卷（定量）', '有多少、是哪类人'], { paint: 's3', size: 'm' }),
    ...box(420, 232, 200, 64, ['行为数据（定量）', '发生了什么变化'], { paint: 's5', size: 'm' }),
    ...box(230, 150, 180, 56, ['确认的原因'], { paint: 's1', size: 'l', bold: true }),
    ...arrow(320, 86, 320, 146, { cls: ['fg-line-s1'] }),
    ...arrow(180, 230, 246, 208, { cls: ['fg-line-s1'] }),
    ...arrow(460, 230, 394, 208, { cls: ['fg-line-s1'] }),
    ...textBlock(320, 322, ['三个来源都指向同一个原因，才把它列为确认的原因'], { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    text(320, 348, '数据只说明“一起出现”，不能单独证明“谁导致谁”', { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }),
  ];
  return {
    id: ID,
    title: '三角验证',
    caption: '定性方法回答“为什么”，定量方法回答“有多少、是谁”；同一个原因在访谈、问卷和行为数据里都能看到，才算确认。',
    kind: 'concept',
    summary: '三角形的三个角是三类证据：访谈（定性，回答为什么、触发点是什么）、问卷（定量，回答有多少、是哪类人）、行为数据（定量，回答发生了什么变化），三条箭头都指向中间的“确认的原因”。',
    width: 640,
    height: 360,
    marks,
    data: {
      kind: 'table',
      head: ['证据来源', '类别', '擅长回答'],
      rows: [
        ['离职访谈、客户回访、焦点小组', '定性', '为什么离开、触发点是什么'],
        ['问卷、满意度或敬业度调查', '定量', '有多少、是哪类人、和哪些指标相关'],
        ['行为数据（使用、互动、投诉记录）', '定量', '发生了什么变化；只能说明相关，不能单独证明原因'],
        ['三者都指向同一个原因', '综合评估', '列为确认的原因'],
      ],
    },
  };
}
