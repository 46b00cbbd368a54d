/**
 * Draws a ChartData with Observable Plot. Imported dynamically by ChartFigure (only islands
 * that declare a chart, and only once the figure is on screen), so Plot never counts towards
 * the JS a page loads before the learner interacts. The drawing is decorative for assistive
 * technology: the figure's caption and data table are the text alternative.
 */
import * as Plot from '@observablehq/plot';
import type { ChartData } from '../../lib/calculators/types';

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

const pct = (d: number) => `${Math.round(d * 1000) / 10}%`;

export function drawChart(el: HTMLElement, data: ChartData): void {
  const accent = cssVar('--accent', '#0b6b57');
  const muted = cssVar('--text-muted', '#555d66');
  const danger = cssVar('--danger-border', '#b42318');
  const warn = cssVar('--warn-border', '#b45309');
  const width = Math.max(280, Math.min(720, el.clientWidth || 640));
  const common = {
    width,
    height: Math.round(Math.min(360, Math.max(220, width * 0.5))),
    marginLeft: 64,
    marginBottom: 44,
    style: { background: 'transparent', color: 'currentColor', fontSize: '13px', overflow: 'visible' },
  };
  let svg: Element;
  if (data.kind === 'bar') {
    const colors: Record<string, string> = { detractor: danger, passive: muted, promoter: accent };
    svg = Plot.plot({
      ...common,
      x: { label: data.xLabel, domain: data.points.map((p) => String(p.x)) },
      y: { label: data.yLabel, grid: true, ...(data.yPercent ? { tickFormat: pct, domain: [0, 1] } : {}) },
      marks: [
        Plot.barY(data.points, { x: (d) => String(d.x), y: 'y', fill: (d) => colors[d.series ?? ''] ?? accent }),
        Plot.text(data.points, { x: (d) => String(d.x), y: 'y', text: (d) => (data.yPercent ? pct(d.y) : String(d.y)), dy: -8 }),
        Plot.ruleY([0]),
      ],
    });
  } else if (data.kind === 'line') {
    const series = [...new Set(data.points.map((p) => p.series ?? ''))];
    const palette = [accent, warn, muted];
    svg = Plot.plot({
      ...common,
      x: { label: data.xLabel, ...(data.xPercent ? { tickFormat: pct } : {}) },
      y: { label: data.yLabel, grid: true, zero: true, ...(data.yPercent ? { tickFormat: pct, domain: [0, 1] } : {}) },
      color: { domain: series, range: palette.slice(0, series.length) },
      marks: [
        Plot.lineY(data.points, { x: 'x', y: 'y', stroke: (d) => d.series ?? '', strokeWidth: 2.5 }),
        Plot.dot(data.points, { x: 'x', y: 'y', fill: (d) => d.series ?? '', r: 3.5 }),
        ...(data.ruleX !== undefined ? [Plot.ruleX([data.ruleX], { stroke: muted, strokeDasharray: '4,3' })] : []),
        ...(series.length > 1
          ? [
              Plot.text(
                series.map((s) => data.points.filter((p) => (p.series ?? '') === s).at(0)).filter((p) => p !== undefined),
                { x: 'x', y: 'y', text: (d) => d.series ?? '', dx: 6, dy: -10, textAnchor: 'start' },
              ),
            ]
          : []),
      ],
    });
  } else {
    const dates = data.points.map((p) => new Date(`${String(p.x)}T00:00:00Z`));
    const asOf = data.ruleX !== undefined ? new Date(`${String(data.ruleX)}T00:00:00Z`) : undefined;
    const all = asOf ? [...dates, asOf] : dates;
    const min = new Date(Math.min(...all.map((d) => d.getTime())) - 20 * 86400000);
    const max = new Date(Math.max(...all.map((d) => d.getTime())) + 20 * 86400000);
    const [opens, closes] = dates;
    svg = Plot.plot({
      ...common,
      height: 150,
      marginLeft: 20,
      marginRight: 20,
      x: { type: 'utc', domain: [min, max], label: data.xLabel },
      y: { axis: null, domain: [-1, 1] },
      marks: [
        ...(opens && closes ? [Plot.rectX([{ x1: opens, x2: closes }], { x1: 'x1', x2: 'x2', y1: -0.25, y2: 0.25, fill: accent, fillOpacity: 0.3 })] : []),
        Plot.ruleY([0], { stroke: muted }),
        Plot.dot(dates.map((d, i) => ({ d, label: data.points[i]?.label ?? '' })), { x: 'd', y: 0, r: 6, fill: accent }),
        Plot.text(dates.map((d, i) => ({ d, label: data.points[i]?.label ?? '' })), { x: 'd', y: 0, text: 'label', dy: -18 }),
        ...(asOf ? [Plot.ruleX([asOf], { stroke: danger, strokeWidth: 2 }), Plot.text([asOf], { x: (d) => d, y: 0, text: () => '查看日期', dy: 26, fill: danger })] : []),
      ],
    });
  }
  // Plot puts a <style> element in each chart, which the site's CSP (no inline styles) blocks;
  // its rules are in calculator.css (.calc-chart-box svg).
  svg.querySelector('style')?.remove();
  el.replaceChildren(svg);
}
