/**
 * Lines over a numeric x axis, with optional dots and a vertical reference line. The x axis is
 * extended to round ticks around the data (or whole periods with `xIntegers`); the value axis
 * starts at 0 (or `yDomain`).
 */
import { FONT, TOP, axisTitle, bottomTitle, tickLabelWidth, valueAxis, type PlotArea } from './frame';
import { formatTick, integerTicks, linearScale, niceTicks, ticksWithin } from './scale';
import type { LegendItem, LineChartData, Mark, Scene } from './types';

export function layoutLines(data: LineChartData, width: number, height: number): Scene {
  const points = data.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  if (data.ruleX && Number.isFinite(data.ruleX.value)) xs.push(data.ruleX.value);
  const xMin = Math.min(...xs, Infinity);
  const xMax = Math.max(...xs, -Infinity);
  const xt = data.xIntegers ? integerTicks(Number.isFinite(xMin) ? xMin : 0, Number.isFinite(xMax) ? xMax : 1) : niceTicks(Number.isFinite(xMin) ? xMin : 0, Number.isFinite(xMax) ? xMax : 1);
  const yt = data.yDomain ? ticksWithin(data.yDomain[0], data.yDomain[1]) : niceTicks(0, Math.max(0, ...ys));
  const [y0, y1] = data.yDomain ?? [yt.lo, yt.hi];
  const left = Math.ceil(tickLabelWidth(yt, data.yFormat) + 14);
  // The last x tick label is centred on the plot's right edge: leave it half its width.
  const lastLabel = formatTick(xt.hi, data.xFormat, xt.step);
  const right = width - Math.max(10, Math.ceil((lastLabel.length * FONT * 0.6) / 2) + 2);
  const plot: PlotArea = { left, right, top: TOP, bottom: height - (FONT + 12) - (data.xLabel ? FONT + 12 : 4) };
  const x = linearScale(xt.lo, xt.hi, plot.left, plot.right);
  const y = linearScale(y0, y1, plot.bottom, plot.top);
  const marks: Mark[] = [...valueAxis(yt, y, plot, data.yFormat), ...axisTitle(data.yLabel, width)];
  for (const t of xt.ticks) {
    marks.push({ type: 'line', role: 'grid', x1: x(t), y1: plot.bottom, x2: x(t), y2: plot.bottom + 4 });
    marks.push({ type: 'text', role: 'tick', x: x(t), y: plot.bottom + FONT + 6, text: formatTick(t, data.xFormat, xt.step), anchor: 'middle' });
  }
  if (data.ruleX && Number.isFinite(data.ruleX.value)) {
    const rx = x(data.ruleX.value);
    marks.push({ type: 'line', role: 'rule', x1: rx, y1: plot.top - 4, x2: rx, y2: plot.bottom, tone: data.ruleX.tone, dashed: true });
    const nearRight = rx > (plot.left + plot.right) / 2;
    marks.push({ type: 'text', role: 'label', x: nearRight ? rx - 6 : rx + 6, y: plot.top + FONT, text: data.ruleX.label, anchor: nearRight ? 'end' : 'start', tone: data.ruleX.tone });
  }
  const clampY = (v: number) => y(Math.min(Math.max(v, Math.min(y0, y1)), Math.max(y0, y1)));
  for (const s of data.series) {
    const pts = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (pts.length > 1) marks.push({ type: 'path', role: 'line', points: pts.map((p) => [x(p.x), clampY(p.y)]), tone: s.tone, dashed: s.dashed === true, series: s.name });
    if (s.dots !== false) for (const p of pts) marks.push({ type: 'circle', role: 'dot', cx: x(p.x), cy: clampY(p.y), r: 3.5, tone: s.tone, series: s.name });
  }
  marks.push(...bottomTitle(data.xLabel, plot, height));
  const legend: LegendItem[] =
    data.series.length > 1 ? data.series.map((s) => ({ name: s.name, tone: s.tone, shape: 'line', ...(s.dashed ? { dashed: true } : {}) })) : [];
  return { width, height, marks, legend };
}
