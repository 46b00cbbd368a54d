/**
 * Lay out any ChartData at a width (user units = CSS pixels). Islands import only the layout of
 * their own chart kind (src/components/calculators/*), so a page never ships the others; this
 * dispatcher is for build-time use and tests.
 */
import { layoutBars } from './bar';
import { layoutGap } from './gap';
import { layoutLines } from './line';
import { layoutPareto } from './pareto';
import { layoutTimeline } from './timeline';
import { CHART_HEIGHT, DEFAULT_WIDTH, chartWidth } from './size';
import type { ChartData, Scene } from './types';

export { CHART_HEIGHT, DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, chartWidth } from './size';

export function layoutChart(data: ChartData, width = DEFAULT_WIDTH): Scene {
  const w = chartWidth(width);
  const h = CHART_HEIGHT[data.kind];
  switch (data.kind) {
    case 'bar':
      return layoutBars(data, w, h);
    case 'line':
      return layoutLines(data, w, h);
    case 'timeline':
      return layoutTimeline(data, w, h);
    case 'pareto':
      return layoutPareto(data, w, h);
    case 'gap':
      return layoutGap(data, w, h);
  }
}

export type { ChartData, Scene, Mark, Tone, LegendItem } from './types';
