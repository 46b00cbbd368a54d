/**
 * Dates on one horizontal line: a highlighted window (the renewal window), events as dots with
 * their names above (lifted to a second row when two would collide), a dated marker (“today”)
 * as a vertical rule with its name below, and month ticks under the line. The axis spans the
 * dates with a margin of 8 % (at least 10 days) on each side.
 */
import { FONT } from './frame';
import { dayOf, monthTicks } from './date-ticks';
import { linearScale } from './scale';
import { textWidth } from './text-width';
import type { LegendItem, Mark, Scene, TimelineChartData } from './types';

export function layoutTimeline(data: TimelineChartData, width: number, height: number): Scene {
  const days = [
    ...data.events.map((e) => dayOf(e.date)),
    data.window ? dayOf(data.window.from) : undefined,
    data.window ? dayOf(data.window.to) : undefined,
    data.marker ? dayOf(data.marker.date) : undefined,
  ].filter((d): d is number => d !== undefined);
  if (days.length === 0) return { width, height, marks: [], legend: [] };
  const first = Math.min(...days);
  const last = Math.max(...days);
  const pad = Math.max(10, Math.round((last - first) * 0.08));
  const from = first - pad;
  const to = last + pad;
  const x = linearScale(from, to, 12, width - 12);
  // Three rows of event names above the line; ticks, their labels and the marker's name below.
  const line = 3 * (FONT + 6) + 26;
  const marks: Mark[] = [];
  const legend: LegendItem[] = [];
  if (data.window) {
    const a = dayOf(data.window.from);
    const b = dayOf(data.window.to);
    if (a !== undefined && b !== undefined) {
      marks.push({ type: 'rect', role: 'window', x: x(Math.min(a, b)), y: line - 12, width: Math.abs(x(b) - x(a)), height: 24, tone: 'accent' });
      legend.push({ name: data.window.label, tone: 'accent', shape: 'box' });
    }
  }
  marks.push({ type: 'line', role: 'axis', x1: 12, y1: line, x2: width - 12, y2: line });
  for (const t of monthTicks(from, to, Math.max(2, Math.floor(width / 90)))) {
    marks.push({ type: 'line', role: 'grid', x1: x(t.day), y1: line + 14, x2: x(t.day), y2: line + 20 });
    marks.push({ type: 'text', role: 'tick', x: x(t.day), y: line + 20 + FONT + 2, text: t.label, anchor: 'middle' });
  }
  // Event names above the line; a name that would touch the previous one goes a row higher.
  const placed: { left: number; right: number; row: number }[] = [];
  const sorted = data.events
    .map((e) => ({ e, day: dayOf(e.date) }))
    .filter((v): v is { e: (typeof data.events)[number]; day: number } => v.day !== undefined)
    .sort((a, b) => a.day - b.day);
  for (const { e, day } of sorted) {
    const cx = x(day);
    const w = textWidth(e.label, FONT);
    const left = Math.min(Math.max(cx - w / 2, 0), width - w);
    let row = 0;
    while (placed.some((p) => p.row === row && left < p.right + 6 && left + w > p.left - 6)) row++;
    placed.push({ left, right: left + w, row });
    marks.push({ type: 'circle', role: 'dot', cx, cy: line, r: 6, tone: e.tone });
    marks.push({ type: 'text', role: 'label', x: left + w / 2, y: line - 18 - row * (FONT + 6), text: e.label, anchor: 'middle' });
  }
  if (data.marker) {
    const d = dayOf(data.marker.date);
    if (d !== undefined) {
      const mx = x(d);
      marks.push({ type: 'line', role: 'rule', x1: mx, y1: line - 22, x2: mx, y2: line + 14, tone: data.marker.tone });
      const w = textWidth(data.marker.label, FONT);
      marks.push({ type: 'text', role: 'label', x: Math.min(Math.max(mx, w / 2), width - w / 2), y: line + 20 + 2 * FONT + 12, text: data.marker.label, anchor: 'middle', tone: data.marker.tone });
      legend.push({ name: data.marker.label, tone: data.marker.tone, shape: 'line' });
    }
  }
  return { width, height, marks, legend };
}
