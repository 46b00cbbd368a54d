/**
 * Draws a Scene (src/lib/charts) as inline SVG: the same markup on the server at build time (so
 * a chart shows without JavaScript and in print) and in an island. Colours come only from CSS
 * classes — `chart-<role>` and `chart-tone-<tone>` in chart.css map to the theme's variables —
 * never from colour strings. The drawing is decorative for assistive technology: its figure
 * carries the caption and a data table.
 */
import type { LegendItem, Mark, Scene } from '../../lib/charts';
import './chart.css';

const r1 = (v: number) => Math.round(v * 10) / 10;

function classes(m: Mark): string {
  const c = [`chart-${m.role}`];
  if (m.tone) c.push(`chart-tone-${m.tone}`);
  if ('dashed' in m && m.dashed) c.push('chart-dashed');
  if ('hollow' in m && m.hollow) c.push('chart-hollow');
  return c.join(' ');
}

function MarkEl({ m }: { m: Mark }) {
  const common = { class: classes(m), 'data-mark': m.role, 'data-tone': m.tone, 'data-series': 'series' in m ? m.series : undefined };
  switch (m.type) {
    case 'rect':
      return <rect {...common} x={r1(m.x)} y={r1(m.y)} width={r1(Math.max(0, m.width))} height={r1(Math.max(0, m.height))} />;
    case 'line':
      return <line {...common} x1={r1(m.x1)} y1={r1(m.y1)} x2={r1(m.x2)} y2={r1(m.y2)} />;
    case 'path':
      return <polyline {...common} points={m.points.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ')} />;
    case 'circle':
      return <circle {...common} cx={r1(m.cx)} cy={r1(m.cy)} r={m.r} />;
    case 'text':
      return (
        <text {...common} x={r1(m.x)} y={r1(m.y)} text-anchor={m.anchor} transform={m.rotate ? `rotate(${m.rotate} ${r1(m.x)} ${r1(m.y)})` : undefined}>
          {m.text}
        </text>
      );
  }
}

export function ChartSvg({ scene }: { scene: Scene }) {
  return (
    <svg class="chart-svg" width="100%" height={scene.height} viewBox={`0 0 ${scene.width} ${scene.height}`} aria-hidden="true" focusable="false">
      {scene.marks.map((m, i) => (
        <MarkEl m={m} key={i} />
      ))}
    </svg>
  );
}

/** The key under a chart (hidden from assistive technology: the table says the same). */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <p class="chart-legend" aria-hidden="true">
      {items.map((it) => (
        <span key={it.name}>
          <span class={`chart-swatch chart-swatch-${it.shape} chart-tone-${it.tone}${it.dashed ? ' chart-dashed' : ''}`} />
          {it.name}
        </span>
      ))}
    </p>
  );
}
