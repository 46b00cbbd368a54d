/**
 * A laid-out chart (Scene) as markup: inline SVG and its key. One renderer for every place a
 * chart is drawn — on the server at build time (the page has the chart without JavaScript and in
 * print) and in the browser when a calculator's data change — so both always agree.
 *
 * Colours are classes only (`chart-<role>`, `chart-tone-<tone>`; chart.css maps tones to the
 * theme's variables), never colour strings, and nothing uses a `style` attribute (the site's
 * CSP blocks them). Every text is escaped. The SVG is decorative for assistive technology
 * (aria-hidden): its figure has the caption and a data table.
 */
import { escapeHtml } from '../calculators/formula';
import type { LegendItem, Mark, Scene } from './types';

const n = (v: number) => String(Math.round(v * 10) / 10);

function attrs(m: Mark): string {
  const c = [`chart-${m.role}`];
  if (m.tone) c.push(`chart-tone-${m.tone}`);
  if ('dashed' in m && m.dashed) c.push('chart-dashed');
  if ('hollow' in m && m.hollow) c.push('chart-hollow');
  let out = ` class="${c.join(' ')}" data-mark="${m.role}"`;
  if (m.tone) out += ` data-tone="${m.tone}"`;
  if ('series' in m && m.series !== undefined) out += ` data-series="${escapeHtml(m.series)}"`;
  return out;
}

function markMarkup(m: Mark): string {
  switch (m.type) {
    case 'rect':
      return `<rect${attrs(m)} x="${n(m.x)}" y="${n(m.y)}" width="${n(Math.max(0, m.width))}" height="${n(Math.max(0, m.height))}"/>`;
    case 'line':
      return `<line${attrs(m)} x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}"/>`;
    case 'path':
      return `<polyline${attrs(m)} points="${m.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`;
    case 'circle':
      return `<circle${attrs(m)} cx="${n(m.cx)}" cy="${n(m.cy)}" r="${n(m.r)}"/>`;
    case 'text': {
      const turn = m.rotate ? ` transform="rotate(${n(m.rotate)} ${n(m.x)} ${n(m.y)})"` : '';
      return `<text${attrs(m)} x="${n(m.x)}" y="${n(m.y)}" text-anchor="${m.anchor}"${turn}>${escapeHtml(m.text)}</text>`;
    }
  }
}

/** The SVG of a scene: full width of its box, the scene's height, left-aligned when wider. */
export function svgMarkup(scene: Scene): string {
  const marks = scene.marks.map(markMarkup).join('');
  return `<svg class="chart-svg" width="100%" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" preserveAspectRatio="xMinYMid meet" aria-hidden="true" focusable="false">${marks}</svg>`;
}

/** The key under a chart (hidden from assistive technology: the table says the same). */
export function legendMarkup(items: readonly LegendItem[]): string {
  if (items.length === 0) return '';
  const item = (it: LegendItem) =>
    `<span><span class="chart-swatch chart-swatch-${it.shape} chart-tone-${it.tone}${it.dashed ? ' chart-dashed' : ''}"></span>${escapeHtml(it.name)}</span>`;
  return `<p class="chart-legend" aria-hidden="true">${items.map(item).join('')}</p>`;
}

/** The drawing and its key. */
export function chartMarkup(scene: Scene): string {
  return svgMarkup(scene) + legendMarkup(scene.legend);
}
