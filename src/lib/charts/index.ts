/**
 * Lay out any ChartData at a width (user units = CSS pixels). Heights are fixed per kind, so a
 * chart keeps its height when the island re-lays it out at the width it measures: no layout
 * shift between the server-rendered chart and the hydrated one.
 */
import { layoutBars } from './bar';
import { layoutGap } from './gap';
import { layoutLines } from './line';
import { layoutPareto } from './pareto';
import { layoutTimeline } from './timeline';
import type { ChartData, Scene } from './types';

/** Width used on the server (the island re-lays out at the width it finds). */
export const DEFAULT_WIDTH = 640;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 760;

export const CHART_HEIGHT: Readonly<Record<ChartData['kind'], number>> = {
  bar: 260,
  line: 280,
  timeline: 150,
  pareto: 300,
  gap: 260,
};

/** Clamp a measured width to what the layouts are made for. */
export function chartWidth(measured: number): number {
  if (!Number.isFinite(measured) || measured <= 0) return DEFAULT_WIDTH;
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, measured)));
}

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
