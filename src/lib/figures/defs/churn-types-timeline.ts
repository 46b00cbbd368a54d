/**
 * Module 员工流失的类型与阶段 (#why-types): the two ways to split employee churn. Along the time
 * since joining: 入职一周内, 试用期 (1–3 个月), the umbrella 新员工早期流失 (3–6 个月以内) and
 * 一年以上; across all of it, the two populations (高绩效员工, 高潜人才). Concept (seed 001).
 */
import { box, line, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'churn-types-timeline';

export function churnTypesTimeline(): FigureSpec {
  // The axis is not to scale: the early months get the room their types need.
  const X = { hire: 30, week: 150, m3: 330, m6: 420, y1: 470, end: 620 };
  const marks: Mark[] = [];
  // The umbrella term over the first months.
  const by = 24;
  marks.push(
    line(X.hire, by + 10, X.m6, by + 10, ['fg-line-s3']),
    line(X.hire, by + 10, X.hire, by + 20, ['fg-line-s3']),
    line(X.m6, by + 10, X.m6, by + 20, ['fg-line-s3']),
    { kind: 'rect', x: 118, y: by - 2, w: 244, h: 22, cls: ['fg-bg'] },
    text((X.hire + X.m6) / 2, by + 15, '新员工早期流失（统称，3–6 个月以内）', { anchor: 'middle', size: 's', cls: ['fg-ink-s3', 'fg-bold'] }),
  );
  const ty = 48;
  const th = 86;
  marks.push(
    ...box(X.hire, ty, X.week - X.hire - 4, th, ['入职一周内', '招聘描述', '与入职准备'], { paint: 's4', size: 's' }),
    ...box(X.week, ty, X.m3 - X.week - 4, th, ['试用期（第 1–3 个月）', '带教、任务安排', '与试用期管理'], { paint: 's3', size: 's' }),
    ...box(X.y1, ty, X.end - X.y1, th, ['一年以上', '人才发展', '与长期激励'], { paint: 's2', size: 's' }),
  );
  // The axis of time since joining.
  const ay = 160;
  marks.push(line(X.hire, ay, X.end, ay, ['fg-line-ink']));
  const ticks: [number, string][] = [
    [X.hire, '报到'],
    [X.week, '1 周'],
    [X.m3, '3 个月'],
    [X.m6, '6 个月'],
    [X.y1, '1 年'],
  ];
  for (const [x, label] of ticks) marks.push(line(x, ay - 6, x, ay + 6, ['fg-line-ink']), text(x, ay + 24, label, { anchor: x === X.hire ? 'start' : 'middle', size: 's' }));
  marks.push(text(X.end, ay + 44, '入职多久离开（不按比例）', { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  // The populations cut across every stage.
  marks.push(
    ...box(X.hire, 218, X.end - X.hire, 34, '高绩效员工流失：现在做得最好的人｜晋升通道与激励机制', { paint: 's1', size: 's' }),
    ...box(X.hire, 262, X.end - X.hire, 34, '高潜人才流失：将来能挑大梁的人｜关键人才培养与继任', { paint: 's5', size: 's' }),
    ...textBlock(X.hire, 318, ['按时间划分（上）与按人群划分（下）可以交叉：入职两年的高绩效员工离职，两类都算。'], { size: 's', cls: ['fg-ink-muted'] }),
  );
  return {
    id: ID,
    title: '员工流失的两种拆法',
    caption: '按入职时长拆出一周内、试用期和一年以上的流失（前两类合称新员工早期流失）；按人群拆出高绩效员工和高潜人才，它们横跨所有阶段。每个框里写的是这类流失主要暴露的问题。',
    kind: 'concept',
    summary: '一条从报到到一年以上的时间轴：报到后 1 周内是入职一周内流失，1 到 3 个月是试用期流失，两者连同 6 个月以内合称新员工早期流失，满 1 年以后是一年以上员工流失；高绩效员工流失和高潜人才流失两条横带贯穿所有阶段。',
    width: 640,
    height: 330,
    marks,
    data: {
      kind: 'table',
      head: ['类型', '怎么界定', '主要暴露的问题'],
      rows: [
        ['入职一周内流失', '报到后 7 天内离开', '招聘描述与入职准备'],
        ['试用期流失', '入职后 1–3 个月内离开', '带教、任务安排与试用期管理'],
        ['新员工早期流失（统称）', '入职后 3–6 个月以内离开，包含前两类', '人岗匹配与入职融入'],
        ['一年以上员工流失', '在职满一年后离开', '人才发展与长期激励'],
        ['高绩效员工流失', '绩效评估靠前的员工离开，任何阶段', '晋升通道与激励机制'],
        ['高潜人才流失', '被认定有未来潜力的员工离开，任何阶段', '关键人才培养与继任'],
      ],
    },
  };
}
