/**
 * Module 客户流失的模式与成因 (#renewal-timing): the renewal window of three contracts on one
 * calendar, with today. The module's example (today 2027-01-15; contracts ending 2027-03-31,
 * 2027-06-30, 2027-12-31); windows and states by the renewal metric (RENEWAL_WINDOW: opens 6
 * months, closes 3 months before the end).
 */
import { RENEWAL_WINDOW, dayNumber, renewalSchedule, toYmd } from '../../metrics';
import { line, rect, scale, text } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';
import { valueOf } from '../util';

const ID = 'renewal-windows';
const TODAY = '2027-01-15';
const CONTRACTS = [
  { label: '客户甲', end: '2027-03-31' },
  { label: '客户乙', end: '2027-06-30' },
  { label: '客户丙', end: '2027-12-31' },
];
/** The module's words for each state on the example's day. */
const STATE: Record<string, { text: string; paint: Paint }> = {
  overdue: { text: '已过最晚开始日，偏晚', paint: 'r1' },
  open: { text: '正处于窗口内', paint: 'r4' },
  upcoming: { text: '尚未进入窗口', paint: 's6' },
  expired: { text: '合同已到期', paint: 's6' },
};

const day = (iso: string) => dayNumber(toYmd(iso)!);

export function renewalWindows(): FigureSpec {
  const v = valueOf(ID, renewalSchedule({ contracts: CONTRACTS, asOf: TODAY }));
  const x = scale(day('2026-09-01'), day('2028-01-31'), 96, 620);
  const marks: Mark[] = [];
  // Month gridlines, labelled at each quarter.
  for (let y = 2026; y <= 2028; y++) {
    for (let m = 1; m <= 12; m++) {
      const iso = `${y}-${String(m).padStart(2, '0')}-01`;
      if (day(iso) < day('2026-09-01') || day(iso) > day('2028-01-31')) continue;
      marks.push(line(x(day(iso)), 30, x(day(iso)), 212, ['fg-grid']));
      if (m % 3 === 1) marks.push(text(x(day(iso)), 232, m === 1 ? `${y} 年 1 月` : `${m} 月`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
    }
  }
  const rows: string[][] = [];
  v.contracts.forEach((c, i) => {
    const y = 44 + i * 58;
    const state = STATE[c.status]!;
    marks.push(
      text(20, y + 20, c.label, { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
      rect(x(day(c.windowOpens)), y + 4, x(day(c.windowCloses)) - x(day(c.windowOpens)), 24, ['fg-tint-s1'], 3),
      line(x(day(c.windowCloses)), y + 16, x(day(c.end)), y + 16, ['fg-line-muted', 'fg-dashed']),
      { kind: 'polygon', points: [[x(day(c.end)), y + 6], [x(day(c.end)) + 10, y + 16], [x(day(c.end)), y + 26], [x(day(c.end)) - 10, y + 16]], cls: ['fg-fill-s6'] },
      text(x(day(c.windowOpens)) + 6, y + 45, state.text, { size: 's', cls: [`fg-ink-${state.paint}`, 'fg-bold'] }),
    );
    rows.push([c.label, c.end, c.windowOpens, c.windowCloses, state.text]);
  });
  const tx = x(day(TODAY));
  marks.push(line(tx, 22, tx, 214, ['fg-line-s4', 'fg-thick']), text(tx, 16, `今天 ${TODAY}`, { anchor: 'middle', size: 's', cls: ['fg-ink-s4', 'fg-bold'] }));
  // Legend.
  marks.push(
    rect(96, 248, 26, 14, ['fg-tint-s1'], 3),
    text(128, 260, `沟通窗口：到期前 ${RENEWAL_WINDOW.opensMonthsBefore} 个月开启，${RENEWAL_WINDOW.closesMonthsBefore} 个月关闭`, { size: 's' }),
    { kind: 'polygon', points: [[450, 248], [458, 255], [450, 262], [442, 255]], cls: ['fg-fill-s6'] },
    text(464, 260, '合同到期日', { size: 's' }),
  );
  return {
    id: ID,
    title: '三份合同的续约窗口',
    caption: `今天是 ${TODAY}。客户甲的窗口已经关闭，要本周联系；客户乙正在窗口内；客户丙还没到窗口，先持续记录价值证据。`,
    kind: 'example',
    summary: `时间轴上三份合同的续约沟通窗口（到期前 ${RENEWAL_WINDOW.opensMonthsBefore} 到 ${RENEWAL_WINDOW.closesMonthsBefore} 个月）和一条“今天”的竖线：${rows.map((r) => `${r[0]}到期 ${r[1]}，窗口 ${r[2]} 至 ${r[3]}，${r[4]}`).join('；')}。`,
    width: 640,
    height: 272,
    marks,
    data: { kind: 'table', head: ['客户', '到期日', '窗口开启', '窗口关闭', '今天的状态'], rows },
    mentions: { module: 'customer-churn-patterns', strings: ['2026-09-30', '2026-12-31', '2026-12-30', '2027-03-30', '2027-06-30', '2027-09-30'] },
  };
}
