/**
 * How big a chart is drawn. Heights are fixed per kind, so a chart keeps its height when the
 * island re-lays it out at the width it measures: no layout shift between the server-rendered
 * chart and the hydrated one.
 */
import type { ChartData } from './types';

/**
 * Width a chart is laid out at: on the server, and in the browser wherever its box is at least as
 * wide (the SVG keeps its size, left-aligned). A narrower box (a phone) gets its own layout, so
 * labels keep their size instead of shrinking with the drawing.
 */
export const DEFAULT_WIDTH = 640;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = DEFAULT_WIDTH;

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
