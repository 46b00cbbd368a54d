/**
 * ChartData → markup at a width: what the server renders into a calculator's figure, and what
 * the browser loads (a separate chunk, on the first change of data or a narrow screen) to draw
 * it again. See ChartFigure.tsx.
 */
import { layoutChart } from './index';
import { chartMarkup } from './svg';
import type { ChartData } from './types';

export function drawChart(data: ChartData, width: number): string {
  return chartMarkup(layoutChart(data, width));
}
