/**
 * What every chart with axes shares: the font size, the value axis (grid lines and round tick
 * labels), category labels under bands (turned when they do not fit), and the axis titles.
 * The value axis title sits above the plot, left-aligned, so it never overlaps the top tick.
 */
import { formatTick } from './scale';
import { textWidth } from './text-width';
import type { Mark, NumberFormat } from './types';
import type { Ticks } from './scale';

export const FONT = 13;
/** Space above the plot: the value axis title. */
export const TOP = 34;
/** Angle of category labels that do not fit their band. */
export const TURN = -40;

/** The plot area inside the chart, in user units. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Width of the widest tick label of an axis (for the margin). */
export function tickLabelWidth(ticks: Ticks, format: NumberFormat): number {
  return Math.max(0, ...ticks.ticks.map((t) => textWidth(formatTick(t, format, ticks.step), FONT)));
}

/** Horizontal grid lines and tick labels of a value axis, on the left or the right. */
export function valueAxis(ticks: Ticks, y: (v: number) => number, plot: PlotArea, format: NumberFormat, side: 'left' | 'right' = 'left', grid = true): Mark[] {
  const marks: Mark[] = [];
  for (const t of ticks.ticks) {
    const yy = y(t);
    if (grid) marks.push({ type: 'line', role: t === 0 ? 'axis' : 'grid', x1: plot.left, y1: yy, x2: plot.right, y2: yy });
    marks.push({
      type: 'text',
      role: 'tick',
      x: side === 'left' ? plot.left - 8 : plot.right + 8,
      y: yy + FONT * 0.35,
      text: formatTick(t, format, ticks.step),
      anchor: side === 'left' ? 'end' : 'start',
    });
  }
  return marks;
}

/** The value axis title above the plot (left) or above the right axis (right). */
export function axisTitle(text: string, width: number, side: 'left' | 'right' = 'left'): Mark[] {
  if (!text) return [];
  return [{ type: 'text', role: 'title', x: side === 'left' ? 0 : width, y: FONT + 2, text, anchor: side === 'left' ? 'start' : 'end' }];
}

/** The category axis title, centred under the plot. */
export function bottomTitle(text: string, plot: PlotArea, height: number): Mark[] {
  if (!text) return [];
  return [{ type: 'text', role: 'title', x: (plot.left + plot.right) / 2, y: height - 6, text, anchor: 'middle' }];
}

/**
 * A category label in lines: a bracketed note goes on a second line without its brackets
 * (“贬损者（0–6 分）” → “贬损者” / “0–6 分”), so labels fit their band flat wherever they can.
 */
export function labelLines(label: string): string[] {
  const m = /^(.+?)\s*[（(](.+)[）)]$/.exec(label);
  return m?.[1] && m[2] ? [m[1], m[2]] : [label];
}

const widestLine = (label: string) => Math.max(...labelLines(label).map((l) => textWidth(l, FONT)));
const COS_TURN = Math.cos((TURN * Math.PI) / 180);
const SIN_TURN = Math.sin((-TURN * Math.PI) / 180);

/** Whether category labels must be turned to fit bands `band` wide. */
export function mustTurn(labels: readonly string[], band: number): boolean {
  return labels.some((l) => widestLine(l) > band - 4);
}

/** How far left of its band centre a turned label reaches (the first band's needs room). */
export function turnedReach(label: string): number {
  return textWidth(label, FONT) * COS_TURN + 4;
}

/** Room under the plot for category labels (flat, in one or two lines, or turned) and a title line. */
export function bottomMargin(labels: readonly string[], turned: boolean, hasTitle: boolean): number {
  const labelsHeight = turned
    ? Math.max(0, ...labels.map((l) => textWidth(l, FONT))) * SIN_TURN + FONT + 8
    : Math.max(1, ...labels.map((l) => labelLines(l).length)) * (FONT + 4) + 8;
  return Math.ceil(labelsHeight + (hasTitle ? FONT + 12 : 4));
}

/**
 * The bands of a category axis from `left` to `right`: their width, whether labels are turned,
 * and the left edge moved right when the first turned label would leave the chart.
 */
export function bands(labels: readonly string[], left: number, right: number): { left: number; band: number; turned: boolean } {
  const n = Math.max(1, labels.length);
  let band = (right - left) / n;
  const turned = mustTurn(labels, band);
  if (turned && labels[0] !== undefined) {
    const need = turnedReach(labels[0]) - band / 2;
    if (need > left) {
      left = Math.ceil(need);
      band = (right - left) / n;
    }
  }
  return { left, band, turned };
}

/** Category labels centred under their bands: flat in one or two lines, or turned. */
export function bandLabels(labels: readonly string[], center: (i: number) => number, plot: PlotArea, turned: boolean): Mark[] {
  return labels.flatMap((text, i): Mark[] =>
    turned
      ? [{ type: 'text', role: 'label', x: center(i), y: plot.bottom + FONT + 4, text, anchor: 'end', rotate: TURN }]
      : labelLines(text).map((line, k) => ({ type: 'text', role: 'label', x: center(i), y: plot.bottom + FONT + 6 + k * (FONT + 4), text: line, anchor: 'middle' })),
  );
}
