/** The one SVG renderer: classes for colour, escaped text, no style attribute. */
import { describe, expect, it } from 'vitest';
import { chartMarkup, legendMarkup, svgMarkup } from '../../../src/lib/charts/svg';
import { drawChart } from '../../../src/lib/charts/draw';

describe('svgMarkup', () => {
  it('writes each mark with its role and tone as classes, rounded to 0.1', () => {
    const svg = svgMarkup({
      width: 100,
      height: 50,
      legend: [],
      marks: [
        { type: 'rect', role: 'bar', x: 1.234, y: 2, width: 10, height: 20.06, tone: 'accent' },
        { type: 'line', role: 'rule', x1: 0, y1: 0, x2: 0, y2: 50, tone: 'warn', dashed: true },
        { type: 'path', role: 'line', points: [[0, 1], [2.25, 3]], tone: 'text', series: '累计' },
        { type: 'circle', role: 'dot', cx: 5, cy: 5, r: 6, tone: 'muted', hollow: true },
        { type: 'text', role: 'label', x: 10, y: 20, text: '<b>&"', anchor: 'end', rotate: -40 },
      ],
    });
    expect(svg).toBe(
      '<svg class="chart-svg" width="100%" height="50" viewBox="0 0 100 50" preserveAspectRatio="xMinYMid meet" aria-hidden="true" focusable="false">' +
        '<rect class="chart-bar chart-tone-accent" data-mark="bar" data-tone="accent" x="1.2" y="2" width="10" height="20.1"/>' +
        '<line class="chart-rule chart-tone-warn chart-dashed" data-mark="rule" data-tone="warn" x1="0" y1="0" x2="0" y2="50"/>' +
        '<polyline class="chart-line chart-tone-text" data-mark="line" data-tone="text" data-series="累计" points="0,1 2.3,3"/>' +
        '<circle class="chart-dot chart-tone-muted chart-hollow" data-mark="dot" data-tone="muted" cx="5" cy="5" r="6"/>' +
        '<text class="chart-label" data-mark="label" x="10" y="20" text-anchor="end" transform="rotate(-40 10 20)">&lt;b&gt;&amp;&quot;</text>' +
        '</svg>',
    );
  });

  it('the key: one swatch per item, hidden from assistive technology', () => {
    expect(legendMarkup([])).toBe('');
    expect(legendMarkup([{ name: '80% 线', tone: 'warn', shape: 'line', dashed: true }])).toBe(
      '<p class="chart-legend" aria-hidden="true"><span><span class="chart-swatch chart-swatch-line chart-tone-warn chart-dashed"></span>80% 线</span></p>',
    );
  });

  it('never a colour value or a style attribute, whatever the chart', () => {
    const html = drawChart(
      { kind: 'bar', title: 't', summary: 's', table: { head: [], rows: [] }, xLabel: 'x', yLabel: 'y', yFormat: 'percent', yMax: 1, bars: [{ label: 'a', value: 0.5, tone: 'danger' }] },
      400,
    );
    expect(html).not.toMatch(/style=|#[0-9a-f]{3,6}\b|rgb\(|light-dark|fill=|stroke=/i);
    expect(html).toContain('chart-tone-danger');
    expect(chartMarkup({ width: 1, height: 1, marks: [], legend: [] })).toBe(svgMarkup({ width: 1, height: 1, marks: [], legend: [] }));
  });
});
