/**
 * How a chart is drawn on the server without the island shipping the drawing code.
 *
 * ChartFigure needs the chart's markup when Astro renders it at build time, but its browser
 * bundle must not contain the layout code (the browser imports it lazily, when a chart changes).
 * A static import in ChartFigure would put that code in the island's bundle; so Calculator.astro,
 * which only runs on the server, hands the drawing function over here, and ChartFigure asks for
 * it. In the browser nothing is registered and the island keeps the server's SVG.
 */
import type { ChartData } from '../../lib/charts/types';

type Draw = (data: ChartData, width: number) => string;

let draw: Draw | undefined;

/** Called by Calculator.astro (server only). */
export function provideServerDrawing(f: Draw): void {
  draw = f;
}

/** The chart's markup on the server; '' in the browser. */
export function serverDrawing(data: ChartData, width: number): string {
  return draw ? draw(data, width) : '';
}
