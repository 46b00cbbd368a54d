/**
 * Scales and axis ticks. Ticks sit on round numbers — 1, 2 or 5 × 10ᵏ apart — so an axis reads
 * 0 / 100 / 200 / 300 / 400, never 0 / 96 / 193 / 289 / 385 (Heckbert, “Nice numbers for graph
 * labels”, Graphics Gems, 1990; the same rule as d3-array's ticks).
 */
import { formatCurrencyLarge, formatInteger, formatNumber, formatPercent } from '../format';
import type { NumberFormat } from './types';

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  if (span === 0 || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** The smallest round step (1, 2 or 5 × 10ᵏ) that cuts `span` into at most `target` intervals. */
export function niceStep(span: number, target = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, Math.floor(target));
  const base = 10 ** Math.floor(Math.log10(raw));
  if (!(base > 0) || !Number.isFinite(base)) return 1;
  for (const m of [1, 2, 5]) if (m * base >= raw * (1 - 1e-9)) return m * base;
  return 10 * base;
}

/** Remove binary noise from a tick (0.1 + 0.2 → 0.3). */
const clean = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(12)));

export interface Ticks {
  /** Round values, ascending, from `lo` to `hi` in steps of `step`. */
  ticks: number[];
  step: number;
  lo: number;
  hi: number;
}

function fromTo(lo: number, hi: number, step: number): Ticks {
  const n = Math.round((hi - lo) / step);
  return { ticks: Array.from({ length: n + 1 }, (_, i) => clean(lo + i * step)), step, lo: clean(lo), hi: clean(hi) };
}

/**
 * Ticks covering [min, max], the ends extended outward to the nearest round value:
 * niceTicks(0, 385) → 0, 100, 200, 300, 400. An empty range is widened around its value
 * (0 → 0…1), so a chart of all-zero data still has an axis.
 */
export function niceTicks(min: number, max: number, target = 5): Ticks {
  let a = Number.isFinite(min) ? min : 0;
  let b = Number.isFinite(max) ? max : 0;
  if (a > b) [a, b] = [b, a];
  // A range too small to divide (denormal numbers, float noise) is an empty range.
  if (b - a < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) b = a;
  if (a === b) {
    if (Math.abs(a) < 1e-9) [a, b] = [0, 1];
    else if (a > 0) a = 0;
    else b = 0;
  }
  const step = niceStep(b - a, target);
  return fromTo(Math.floor(a / step + 1e-9) * step, Math.ceil(b / step - 1e-9) * step, step);
}

/** Round ticks inside a fixed [min, max] (which need not be round): 0…201 → 0, 50, …, 200. */
export function ticksWithin(min: number, max: number, target = 5): Ticks {
  const t = niceTicks(min, max, target);
  const ticks = t.ticks.filter((v) => v >= min - t.step * 1e-9 && v <= max + t.step * 1e-9);
  return { ticks, step: t.step, lo: min, hi: max };
}

/** Like niceTicks, with a step of at least 1 (periods, scores). */
export function integerTicks(min: number, max: number, target = 6): Ticks {
  const t = niceTicks(min, max, target);
  if (t.step >= 1) return t;
  return fromTo(Math.floor(min), Math.ceil(max), 1);
}

/** Decimals needed to tell ticks `step` apart (step 0.25 → 2, step 5 → 0). */
function decimalsFor(step: number): number {
  if (!(step > 0)) return 0;
  return Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
}

/** A tick label in the axis's format; `step` decides the decimals (20% not 20.0%). */
export function formatTick(v: number, format: NumberFormat, step: number): string {
  switch (format) {
    case 'percent':
      return formatPercent(v, { digits: decimalsFor(step * 100) });
    case 'integer':
      return formatInteger(v);
    case 'currency':
      return formatCurrencyLarge(v, { digits: 2 });
    case 'number':
      return formatNumber(v, { digits: decimalsFor(step) });
  }
}

/** A value written on or above a mark (a bar's height). */
export function formatValue(v: number, format: NumberFormat): string {
  switch (format) {
    case 'percent':
      return formatPercent(v);
    case 'integer':
      return formatInteger(v);
    case 'currency':
      return formatCurrencyLarge(v, { digits: 1 });
    case 'number':
      return formatNumber(v, { digits: 2 });
  }
}
