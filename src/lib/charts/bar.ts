/**
 * Vertical bars, one per category, from a zero baseline, each with its value written above it.
 * The value axis runs from 0 to `yMax` when given (shares: 0 to 100 %), else to the first round
 * tick at or above the tallest bar.
 */
import { FONT, TOP, axisTitle, bandLabels, bands, bottomMargin, bottomTitle, tickLabelWidth, valueAxis, type PlotArea } from './frame';
import { textWidth } from './text-width';
import { formatValue, linearScale, niceTicks, ticksWithin } from './scale';
import type { BarChartData, Mark, Scene } from './types';

/** Bars are at most this wide, and fill this share of their band. */
const MAX_BAR = 72;
const FILL = 0.62;

export function layoutBars(data: BarChartData, width: number, height: number): Scene {
  const values = data.bars.map((b) => (Number.isFinite(b.value) ? Math.max(0, b.value) : 0));
  const ticks = data.yMax !== undefined ? ticksWithin(0, data.yMax) : niceTicks(0, Math.max(0, ...values));
  const top = data.yMax ?? ticks.hi;
  const labels = data.bars.map((b) => b.label);
  const right = width - 8;
  const { left, band, turned } = bands(labels, Math.ceil(tickLabelWidth(ticks, data.yFormat) + 14), right);
  const plot: PlotArea = { left, right, top: TOP, bottom: height - bottomMargin(labels, turned, data.xLabel !== '') };
  const y = linearScale(0, top, plot.bottom, plot.top);
  const barWidth = Math.min(MAX_BAR, band * FILL);
  const center = (i: number) => left + band * (i + 0.5);
  const marks: Mark[] = [...valueAxis(ticks, y, plot, data.yFormat), ...axisTitle(data.yLabel, width)];
  data.bars.forEach((b, i) => {
    const v = values[i] ?? 0;
    const yy = y(Math.min(v, top));
    marks.push({ type: 'rect', role: 'bar', x: center(i) - barWidth / 2, y: yy, width: barWidth, height: plot.bottom - yy, tone: b.tone });
    // The long form (“40（40%）”) where it fits its band, else just the value.
    const long = b.text ?? formatValue(v, data.yFormat);
    const text = textWidth(long, FONT) <= band - 4 ? long : formatValue(v, data.yFormat);
    marks.push({ type: 'text', role: 'value', x: center(i), y: yy - 6, text, anchor: 'middle' });
  });
  marks.push(...bandLabels(labels, center, plot, turned), ...bottomTitle(data.xLabel, plot, height));
  return { width, height, marks, legend: [] };
}

