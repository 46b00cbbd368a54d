/**
 * A gap profile (SERVQUAL): one row per dimension on a fixed score scale, the expectation as a
 * ring and the perception as a dot, joined by a bar whose tone says whether perception falls
 * short (danger) or meets the expectation (accent); the gap P − E is written at the right.
 */
import { FONT } from './frame';
import { formatTick, integerTicks, linearScale } from './scale';
import { formatNumber } from '../format';
import { textWidth } from './text-width';
import type { GapChartData, LegendItem, Mark, Scene } from './types';

export function layoutGap(data: GapChartData, width: number, height: number): Scene {
  const [lo, hi] = data.scale;
  const ticks = integerTicks(lo, hi, 8);
  const left = Math.ceil(Math.max(0, ...data.rows.map((r) => textWidth(r.label, FONT))) + 14);
  const right = width - Math.ceil(textWidth('−0.00', FONT) + 16);
  const top = 12;
  const bottom = height - (FONT + 12) - (data.xLabel ? FONT + 12 : 4);
  const x = linearScale(lo, hi, left, right);
  const band = (bottom - top) / Math.max(1, data.rows.length);
  const marks: Mark[] = [];
  for (const t of ticks.ticks) {
    marks.push({ type: 'line', role: 'grid', x1: x(t), y1: top, x2: x(t), y2: bottom });
    marks.push({ type: 'text', role: 'tick', x: x(t), y: bottom + FONT + 6, text: formatTick(t, 'number', ticks.step), anchor: 'middle' });
  }
  const clamp = (v: number) => Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo));
  data.rows.forEach((r, i) => {
    const cy = top + band * (i + 0.5);
    const e = x(clamp(r.expectation));
    const p = x(clamp(r.perception));
    const gap = r.perception - r.expectation;
    const tone = gap < 0 ? 'danger' : 'accent';
    marks.push({ type: 'text', role: 'label', x: left - 10, y: cy + FONT * 0.35, text: r.label, anchor: 'end' });
    if (Math.abs(p - e) > 0.5) marks.push({ type: 'line', role: 'segment', x1: e, y1: cy, x2: p, y2: cy, tone });
    marks.push({ type: 'circle', role: 'dot', cx: e, cy, r: 6, tone: 'muted', hollow: true, series: data.expectationLabel });
    marks.push({ type: 'circle', role: 'dot', cx: p, cy, r: 6, tone, series: data.perceptionLabel });
    marks.push({ type: 'text', role: 'value', x: width - 4, y: cy + FONT * 0.35, text: formatNumber(gap, { digits: 2, signed: true }), anchor: 'end', tone });
  });
  if (data.xLabel) marks.push({ type: 'text', role: 'title', x: (left + right) / 2, y: height - 6, text: data.xLabel, anchor: 'middle' });
  const legend: LegendItem[] = [
    { name: data.expectationLabel, tone: 'muted', shape: 'ring' },
    { name: `${data.perceptionLabel}（达到期望）`, tone: 'accent', shape: 'dot' },
    { name: `${data.perceptionLabel}（低于期望）`, tone: 'danger', shape: 'dot' },
  ];
  return { width, height, marks, legend };
}
