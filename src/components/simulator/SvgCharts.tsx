/**
 * Two tiny SVG chart shapes (bars, lines) drawn in Preact. The simulator's four charts are simple
 * (5 bars, ≤ 101 points), so a few lines of SVG replace a charting library (Observable Plot would
 * add ~80 kB gzip to this page). Colours are CSS variables, so both themes work; the SVG is
 * decorative for assistive technology: each figure has a text summary and a data table.
 */
import type { ComponentChildren } from 'preact';
import { formatInteger } from '../../lib/format';
import { niceTicks } from '../../lib/simulator/ticks';
import DataTable from '../shared/DataTable';

const W = 360;
const H = 220;
const M = { l: 44, r: 12, t: 12, b: 40 };
const pw = W - M.l - M.r;
const ph = H - M.t - M.b;
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The y ticks (round numbers, see ticks.ts) and the axis top they imply. */
function yAxis(max: number, percent: boolean): { ticks: number[]; top: number } {
  const ticks = percent ? niceTicks(Math.min(1, Math.max(0.05, max))).filter((t) => t <= 1 + 1e-9) : niceTicks(Math.max(1, max));
  return { ticks, top: ticks[ticks.length - 1] as number };
}

function Frame({ ticks, yMax, yFormat, xLabel, children }: { ticks: number[]; yMax: number; yFormat: (v: number) => string; xLabel: string; children: ComponentChildren }) {
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="sim-svg" aria-hidden="true" focusable="false">
      {ticks.map((t) => {
        const y = M.t + ph - (t / yMax) * ph;
        return (
          <g key={t}>
            <line x1={M.l} x2={W - M.r} y1={y} y2={y} class="sim-grid-line" />
            <text x={M.l - 6} y={y + 4} text-anchor="end" class="sim-tick">
              {yFormat(t)}
            </text>
          </g>
        );
      })}
      {children}
      <text x={M.l + pw / 2} y={H - 4} text-anchor="middle" class="sim-tick">
        {xLabel}
      </text>
    </svg>
  );
}

export function BarChart({ labels, series, percent, xLabel }: { labels: string[]; series: { name: string; values: (number | null)[] }[]; percent: boolean; xLabel: string }) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { ticks, top: yMax } = yAxis(Math.max(...all, 0), percent);
  const fmt = percent ? pct : (v: number) => (v >= 10000 ? `${formatInteger(v / 10000)}万` : formatInteger(v));
  const band = pw / labels.length;
  const bw = (band * 0.75) / series.length;
  return (
    <div>
      <Frame ticks={ticks} yMax={yMax} yFormat={fmt} xLabel={xLabel}>
        {labels.map((l, i) => (
          <g key={l}>
            {series.map((s, k) => {
              const v = s.values[i] ?? null;
              if (v === null) return null;
              const h = (v / yMax) * ph;
              const x = M.l + i * band + band * 0.125 + k * bw;
              return <rect key={s.name} x={x} y={M.t + ph - h} width={bw - 2} height={Math.max(0, h)} class={`sim-series-${k}`} />;
            })}
            <text x={M.l + i * band + band / 2} y={M.t + ph + 16} text-anchor="middle" class="sim-tick">
              {l}
            </text>
          </g>
        ))}
      </Frame>
      {series.length > 1 && <Legend names={series.map((s) => s.name)} />}
    </div>
  );
}

export function LineChart({ series, xLabel, diagonal, yMax = 1 }: { series: { name: string; points: [number, number][] }[]; xLabel: string; diagonal?: boolean; yMax?: number }) {
  const sx = (x: number) => M.l + x * pw;
  const sy = (y: number) => M.t + ph - (y / yMax) * ph;
  return (
    <div>
      <Frame ticks={yMax === 1 ? [0, 0.2, 0.4, 0.6, 0.8, 1] : niceTicks(yMax)} yMax={yMax} yFormat={yMax === 1 ? pct : (v) => v.toFixed(1)} xLabel={xLabel}>
        {diagonal && <line x1={sx(0)} y1={sy(0)} x2={sx(1)} y2={sy(1)} class="sim-diagonal" />}
        {[0, 0.2, 0.4, 0.6, 0.8, 1].map((x) => (
          <text key={x} x={sx(x)} y={M.t + ph + 16} text-anchor="middle" class="sim-tick">
            {pct(x)}
          </text>
        ))}
        {series.map((s, k) => (
          <polyline key={s.name} points={s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(Math.min(y, yMax)).toFixed(1)}`).join(' ')} class={`sim-line sim-stroke-${k}`} />
        ))}
      </Frame>
      <Legend names={[...series.map((s) => s.name), ...(diagonal ? ['随机（对角线）'] : [])]} dashedLast={diagonal === true} />
    </div>
  );
}

function Legend({ names, dashedLast }: { names: string[]; dashedLast?: boolean }) {
  return (
    <p class="sim-legend" aria-hidden="true">
      {names.map((n, k) => (
        <span key={n}>
          <span class={dashedLast === true && k === names.length - 1 ? 'sim-swatch sim-swatch-dashed' : `sim-swatch sim-series-${k}`} />
          {n}
        </span>
      ))}
    </p>
  );
}

/** A figure: title, plain-words summary, the drawing, and its data as a table. */
export function Figure({ title, summary, head, rows, children }: { title: string; summary: string; head: string[]; rows: (string | number)[][]; children: ComponentChildren }) {
  return (
    <figure class="sim-figure">
      <figcaption>
        <strong>{title}</strong>
        <span class="sim-muted">{summary}</span>
      </figcaption>
      {children}
      <details>
        <summary>图表数据（表格）</summary>
        <div class="sim-scroll" tabIndex={0} role="region" aria-label={`${title}：数据表`}>
          <DataTable class="sim-table" head={head} rows={rows} />
        </div>
      </details>
    </figure>
  );
}
