/**
 * A Pareto chart: bars from the largest reason down (the vital few in the accent tone, the rest
 * muted), the cumulative share as a line through the bar centres, and the threshold (80 %) as a
 * dashed rule. Both axes share one scale — the left in counts from 0 to the total, the right in
 * shares from 0 to 100 % — so the line ends on the top edge (Juran's layout).
 */
import { TOP, axisTitle, bandLabels, bands, bottomMargin, bottomTitle, tickLabelWidth, valueAxis, type PlotArea } from './frame';
import { formatTick, linearScale, ticksWithin } from './scale';
import type { LegendItem, Mark, ParetoChartData, Scene } from './types';

const MAX_BAR = 64;

export function layoutPareto(data: ParetoChartData, width: number, height: number): Scene {
  const counts = data.bars.map((b) => (Number.isFinite(b.count) ? Math.max(0, b.count) : 0));
  const total = counts.reduce((a, b) => a + b, 0);
  const top = total > 0 ? total : 1;
  const left = ticksWithin(0, top);
  const shares = { ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], step: 0.2, lo: 0, hi: 1 };
  const labels = data.bars.map((b) => b.label);
  const marginRight = Math.ceil(tickLabelWidth(shares, 'percent') + 14);
  const right = width - marginRight;
  const { left: marginLeft, band, turned } = bands(labels, Math.ceil(tickLabelWidth(left, 'integer') + 14), right);
  const plot: PlotArea = { left: marginLeft, right, top: TOP, bottom: height - bottomMargin(labels, turned, data.xLabel !== '') };
  const y = linearScale(0, top, plot.bottom, plot.top);
  const yShare = linearScale(0, 1, plot.bottom, plot.top);
  const center = (i: number) => marginLeft + band * (i + 0.5);
  const barWidth = Math.min(MAX_BAR, band * 0.62);
  const marks: Mark[] = [
    ...valueAxis(left, y, plot, 'integer'),
    ...valueAxis(shares, yShare, plot, 'percent', 'right', false),
    ...axisTitle(data.yLabel, width),
    ...axisTitle('累计占比', width, 'right'),
  ];
  counts.forEach((c, i) => {
    const yy = y(c);
    marks.push({ type: 'rect', role: 'bar', x: center(i) - barWidth / 2, y: yy, width: barWidth, height: plot.bottom - yy, tone: data.bars[i]?.vital ? 'accent' : 'muted' });
  });
  const ty = yShare(data.threshold);
  marks.push({ type: 'line', role: 'threshold', x1: plot.left, y1: ty, x2: plot.right, y2: ty, tone: 'warn', dashed: true });
  marks.push({ type: 'text', role: 'label', x: plot.left + 4, y: ty - 5, text: formatTick(data.threshold, 'percent', 0.01), anchor: 'start', tone: 'warn' });
  let running = 0;
  const points: [number, number][] = counts.map((c, i) => {
    running += c;
    return [center(i), yShare(total > 0 ? running / total : 0)];
  });
  if (points.length > 1) marks.push({ type: 'path', role: 'line', points, tone: 'text', series: '累计占比' });
  for (const [cx, cy] of points) marks.push({ type: 'circle', role: 'dot', cx, cy, r: 3.5, tone: 'text', series: '累计占比' });
  marks.push(...bandLabels(labels, center, plot, turned), ...bottomTitle(data.xLabel, plot, height));
  const legend: LegendItem[] = [
    { name: '关键少数', tone: 'accent', shape: 'box' },
    { name: '其余原因', tone: 'muted', shape: 'box' },
    { name: '累计占比', tone: 'text', shape: 'line' },
    { name: `${formatTick(data.threshold, 'percent', 0.01)} 线`, tone: 'warn', shape: 'line', dashed: true },
  ];
  return { width, height, marks, legend };
}

