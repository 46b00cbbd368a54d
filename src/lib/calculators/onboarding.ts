/**
 * New-hire check-point planner (入职关键节点计划) for module B3.
 *
 * Seed 001: a new hire decides early whether to stay (约 40% 在入职第一天就决定, a course
 * reference figure); first-week churn comes from a gap between the job as sold and as found,
 * a poor first-day experience and too little support; in probation month 1 the risk is too
 * little training and unclear guidance, in month 2 a sudden jump in workload, in month 3
 * (the probation review) late feedback and unclear criteria. The remedy is the 守护人 (mentor)
 * mechanism with fixed check points at week 1, month 1 and month 3.
 */
import { addMonths, dayNumber, fromYmd, toYmd, type Ymd } from '../metrics/calendar';
import { formatDate, formatInteger } from '../format';
import { fail, ok, type Result } from '../result';
import { eq, nm, op, row, tx } from './formula';
import { num, str } from './fields';
import type { CalculatorSpec } from './types';

export interface Checkpoint {
  id: string;
  title: string;
  /** ISO date the check point is due (moved to Monday when it falls on a weekend). */
  due: string;
  /** Whether `due` was moved off a weekend. */
  moved: boolean;
  /** Who runs it. */
  owner: string;
  /** What to check, from seed 001. */
  focus: string;
}

export interface OnboardingPlan {
  start: string;
  probationMonths: number;
  checkpoints: Checkpoint[];
  /** The first-week check point's due date. */
  firstWeek: string;
  /** The probation review's due date. */
  review: string;
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: Ymd): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function weekdayName(iso: string): string {
  const d = toYmd(iso);
  return d ? (WEEKDAYS[weekday(d)] ?? '') : '';
}

function addDays(date: Ymd, n: number): Ymd {
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d + n);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Saturday → Monday (+2), Sunday → Monday (+1). */
function workday(date: Ymd): { date: Ymd; moved: boolean } {
  const w = weekday(date);
  if (w === 6) return { date: addDays(date, 2), moved: true };
  if (w === 0) return { date: addDays(date, 1), moved: true };
  return { date, moved: false };
}

/**
 * The check points of one new hire: before day 1 (assign the 守护人), day 1, end of week 1,
 * each month of probation, and the probation review at `probationMonths` (1–6, default 3).
 */
export function onboardingPlan(input: { start: string; probationMonths: number }): Result<OnboardingPlan, 'start' | 'probation'> {
  const start = toYmd(input.start);
  if (!start) return fail([{ field: 'start', message: '入职日期必须是有效日期（格式：YYYY-MM-DD）' }]);
  const months = input.probationMonths;
  if (!Number.isInteger(months) || months < 1 || months > 6) {
    return fail([{ field: 'probation', message: '试用期必须是 1 到 6 个月之间的整数' }]);
  }
  // The plan runs from 5 days before the start to the review: every date must be a real one.
  // (A review on a weekend moves up to 2 days later.)
  if (addDays(start, -5).y < 1 || addDays(addMonths(start, months), 2).y > 9999) {
    return fail([{ field: 'start', message: '入职日期太靠近可计算范围的边界：由它推算的检查点会超出公元 1 年到 9999 年' }]);
  }
  const points: Omit<Checkpoint, 'due' | 'moved'>[] = [];
  const dates: Ymd[] = [];
  const add = (date: Ymd, p: Omit<Checkpoint, 'due' | 'moved'>) => {
    dates.push(date);
    points.push(p);
  };
  add(addDays(start, -5), {
    id: 'before-day-one',
    title: '入职前：指定守护人',
    owner: '直属上级、HR',
    focus: '为新人指定一位有经验的守护人（导师）；备好工位、设备与账号，发出首日安排，避免“没人管”的第一印象。',
  });
  add(start, {
    id: 'day-one',
    title: '入职首日：欢迎与引导',
    owner: '守护人、直属上级',
    focus: '守护人全程陪同：介绍团队与非正式规则，讲清岗位职责和结构化的入职计划。首日印象往往决定去留。',
  });
  add(addDays(start, 7), {
    id: 'week-1',
    title: '第 1 周检查点',
    owner: '守护人、HR',
    focus: '面谈或问卷：实际工作与招聘时的描述是否一致？入职体验如何？需要哪些支持？一周内离职多源于认知落差、体验不佳和支持不足。',
  });
  const monthly: Record<number, string> = {
    1: '适应环境、学习基本技能：培训是否足够？指导是否明确？',
    2: '开始独立承担工作：工作量是否突然加重？压力是否过大？任务应循序渐进。',
  };
  for (let m = 1; m < months; m++) {
    add(addMonths(start, m), {
      id: `month-${m}`,
      title: `第 ${m} 个月检查点`,
      owner: '守护人、直属上级',
      focus: monthly[m] ?? '月度回访：进展、困难与守护人的观察；对照试用期目标给出具体反馈。',
    });
  }
  add(addMonths(start, months), {
    id: 'probation-review',
    title: `试用期评估（第 ${months} 个月）`,
    owner: '直属上级、HR',
    focus: '按事先讲清的标准评估并当面反馈；反馈不及时、标准不清是这一阶段流失的主要原因。同时约定转正后的发展目标。',
  });
  const checkpoints: Checkpoint[] = points.map((p, i) => {
    const { date, moved } = workday(dates[i] as Ymd);
    return { ...p, due: fromYmd(date), moved };
  });
  const find = (id: string) => checkpoints.find((c) => c.id === id)?.due ?? '';
  return ok({ start: fromYmd(start), probationMonths: months, checkpoints, firstWeek: find('week-1'), review: find('probation-review') });
}

export const onboarding: CalculatorSpec<OnboardingPlan> = {
  id: 'onboarding',
  title: '新员工关键节点计划',
  topic: 'employee',
  summary: '输入入职日期，生成“守护人”机制下的新员工检查点与日期：入职前、首日、第 1 周、试用期每月和试用期评估。可打印。',
  fields: [
    { name: 'start', label: '入职日期', kind: 'date', example: '2026-03-02' },
    { name: 'probation', label: '试用期', unit: '个月', kind: 'count', example: '3', min: 1, max: 6 },
  ],
  compute: (p) => onboardingPlan({ start: str(p, 'start'), probationMonths: num(p, 'probation') }),
  metrics: [
    { id: 'onboarding-first-week', label: '第 1 周检查点', format: (v) => formatDate(v.firstWeek) },
    { id: 'onboarding-review', label: '试用期评估', format: (v) => formatDate(v.review), secondary: true },
    { id: 'onboarding-checkpoints', label: '检查点数量', format: (v) => `${formatInteger(v.checkpoints.length)} 个`, secondary: true },
  ],
  formula: [
    eq(tx('第 1 周检查点'), row(tx('入职日期'), op('+'), nm('7 天'))),
    eq(tx('第 m 个月检查点'), row(tx('入职日期'), op('+'), tx('m 个月'))),
    eq(tx('试用期评估'), row(tx('入职日期'), op('+'), tx('试用期月数'))),
  ],
  formulaNote: '落在周六、周日的节点顺延到下一个周一；月份按日历月计算，没有同一天时取月末。',
  working: (v) => [
    eq(tx('第 1 周检查点'), row(nm(formatDate(v.start)), op('+'), nm('7 天')), nm(formatDate(v.firstWeek))),
    eq(tx('试用期评估'), row(nm(formatDate(v.start)), op('+'), nm(`${formatInteger(v.probationMonths)} 个月`)), nm(formatDate(v.review))),
  ],
  reading: (v) =>
    `从 ${formatDate(v.start)} 入职到 ${formatDate(v.review)} 试用期评估，共 ${formatInteger(v.checkpoints.length)} 个检查点；把它们放进守护人和直属上级的日程，别等到新人提离职才第一次谈话。`,
  example: '2026 年 3 月 2 日（星期一）入职、试用期 3 个月：入职前 2 月 25 日指定守护人，第 1 周检查点 3 月 9 日，第 1、2 个月检查点 4 月 2 日和 5 月 4 日（5 月 2 日是周六，顺延），试用期评估 6 月 2 日。',
  teachingModules: ['employee-retention-strategies', 'employee-churn-types'],
  printable: true,
  table: (v) => ({
    caption: '新员工关键节点清单',
    head: ['节点', '日期', '负责人', '检查重点'],
    rows: v.checkpoints.map((c) => [c.title, `${formatDate(c.due)}（${weekdayName(c.due)}${c.moved ? '，周末顺延' : ''}）`, c.owner, c.focus]),
  }),
};
