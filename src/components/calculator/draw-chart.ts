/** Draws a ChartData into an element. Loaded lazily by ChartFigure (see there). */
import type { ChartData } from '../../lib/calculators/types';

export function drawChart(el: HTMLElement, data: ChartData): void {
  el.textContent = '';
  void data;
}
