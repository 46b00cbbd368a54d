/**
 * Module 员工保留策略 (#check-points): a new hire's first three months as a timeline — the
 * preparations, the first day, and the three checkpoints (第 1 周, 第 1 个月, 第 3 个月) with who
 * leads each, plus the second month to watch. Concept (seed 001: 入职关键节点).
 */
import { circle, line, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'onboarding-checkpoints';

interface Node {
  x: number;
  name: string;
  lines: string[];
  checkpoint: boolean;
}

const NODES: Node[] = [
  { x: 62, name: '入职前', lines: ['指定守护人', '备好工位账号'], checkpoint: false },
  { x: 160, name: '首日', lines: ['有人迎接', '交第一周日程'], checkpoint: false },
  { x: 262, name: '第 1 周', lines: ['岗位与预期', '一致吗？', '守护人面谈'], checkpoint: true },
  { x: 368, name: '第 1 个月', lines: ['培训够不够？', '指导清楚吗？', '上级和守护人'], checkpoint: true },
  { x: 474, name: '第 2 个月', lines: ['开始独立工作', '留意工作量', '突然加重'], checkpoint: false },
  { x: 576, name: '第 3 个月', lines: ['压力可承受吗？', '评估标准清楚吗？', 'HR 参加'], checkpoint: true },
];

export function onboardingCheckpoints(): FigureSpec {
  const ay = 84;
  const marks: Mark[] = [line(24, ay, 616, ay, ['fg-line-ink'])];
  for (const n of NODES) {
    marks.push(text(n.x, ay - 26, n.name, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }));
    if (n.checkpoint) {
      marks.push({ kind: 'polygon', points: [[n.x, ay - 11], [n.x + 11, ay], [n.x, ay + 11], [n.x - 11, ay]], cls: ['fg-fill-s1'] });
      marks.push(text(n.x, ay - 48, '检查点', { anchor: 'middle', size: 's', cls: ['fg-ink-s1', 'fg-bold'] }));
    } else {
      marks.push(circle(n.x, ay, 6, ['fg-fill-s6']));
    }
    marks.push(...textBlock(n.x, ay + 54, n.lines, { anchor: 'middle', size: 's', cls: n.checkpoint ? ['fg-ink'] : ['fg-ink-muted'] }));
  }
  marks.push(
    { kind: 'polygon', points: [[24, 200], [34, 194], [34, 206]], cls: ['fg-fill-s1'] },
    text(42, 205, '检查点：日期入职当天排进日历，谈话记录留档，发现的问题有人跟进', { size: 's', cls: ['fg-ink-muted'] }),
  );
  return {
    id: ID,
    title: '新人前三个月的检查点',
    caption: '三个检查点分别对准岗位认知落差、培训与指导不足、工作量和评估标准这三类风险；第 2 个月新人开始独立工作，工作量容易突然加重，值得多看一眼。',
    kind: 'concept',
    summary: '一条时间轴：入职前指定守护人、备好工位和账号；首日有人迎接、交第一周日程；第 1 周检查点由守护人面谈，看岗位是否与预期一致；第 1 个月检查点由上级和守护人一起看培训和指导；第 2 个月留意工作量；第 3 个月检查点与试用期评估合并，HR 参加。',
    width: 640,
    height: 216,
    marks,
    data: {
      kind: 'table',
      head: ['节点', '重点', '谁来做'],
      rows: [
        ['入职前', '指定守护人，准备工位、电脑和系统账号', 'HR、用人部门'],
        ['首日', '有人迎接，把第一周的日程写在纸上交给新人', '上级、守护人'],
        ['第 1 周（检查点）', '岗位是否与预期一致？第一周的安排是否到位？有问题知道找谁吗？', '守护人'],
        ['第 1 个月（检查点）', '培训够不够？守护人和上级的指导是否清楚？', '直属上级和守护人'],
        ['第 2 个月', '开始独立承担工作，工作量是否突然加重', '直属上级'],
        ['第 3 个月（检查点）', '工作量和压力是否可以承受？试用期评估的标准和反馈是否清楚？', 'HR 参加，与试用期评估合并'],
      ],
    },
  };
}
