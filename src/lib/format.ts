/**
 * Formatting for what a learner reads: zh-CN digit grouping, percentages, ¥ amounts and the
 * 万 / 亿 units Chinese readers expect for large figures. Everything goes through
 * Intl.NumberFormat('zh-CN'), rounds half away from zero (Intl's default), never prints a
 * negative zero and never prints NaN or Infinity: anything that is not a finite number is
 * shown as an em dash (EMPTY).
 *
 * Rates inside src/lib are fractions (0.05 = 5%); formatPercent takes such a fraction.
 */
import { fromYmd, toYmd, type DateInput } from './metrics/calendar';

/** What is shown instead of a value that is missing or not a finite number. */
export const EMPTY = '—';

export interface DigitOptions {
  /** Most decimals shown (rounded). */
  digits?: number;
  /** Fewest decimals shown (padded with zeros). Default 0. */
  minDigits?: number;
  /** Show a plus sign on positive values (for gaps and changes). Default false. */
  signed?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', options);
    formatters.set(key, f);
  }
  return f;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Keep digit counts inside what Intl accepts (0–20) whatever a caller passes. */
function clampDigits(n: number | undefined, fallback: number): number {
  if (n === undefined || !Number.isFinite(n)) return fallback;
  return Math.min(20, Math.max(0, Math.trunc(n)));
}

function digitOptions(opts: DigitOptions, defaultDigits: number): Intl.NumberFormatOptions {
  const max = clampDigits(opts.digits, defaultDigits);
  const min = Math.min(max, clampDigits(opts.minDigits, 0));
  return {
    maximumFractionDigits: max,
    minimumFractionDigits: min,
    // 'negative' never shows "-0" for values that round to zero.
    signDisplay: opts.signed ? 'exceptZero' : 'negative',
  };
}

/** 1234.5 → "1,234.5" (at most 2 decimals by default). */
export function formatNumber(value: unknown, opts: DigitOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return formatter(digitOptions(opts, 2)).format(value);
}

/** 1234.56 → "1,235": a whole number, for counts of people or customers. */
export function formatInteger(value: unknown): string {
  return formatNumber(value, { digits: 0 });
}

/** A fraction as a percentage: 0.075 → "7.5%", 0.85 → "85%" (at most 1 decimal by default). */
export function formatPercent(fraction: unknown, opts: DigitOptions = {}): string {
  if (!isFiniteNumber(fraction)) return EMPTY;
  return formatter({ ...digitOptions(opts, 1), style: 'percent' }).format(fraction);
}

/**
 * An amount in yuan: 2400 → "¥2,400", 1234.5 → "¥1,234.50". Whole amounts are shown without
 * cents; otherwise two decimals, as on a price tag. `digits` (default 2) caps the decimals.
 */
export function formatCurrency(value: unknown, opts: DigitOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  const max = clampDigits(opts.digits, 2);
  const scale = 10 ** max;
  const hasFraction = !Number.isInteger(Math.round(Math.abs(value) * scale) / scale);
  const min = opts.minDigits !== undefined ? opts.minDigits : hasFraction ? max : 0;
  return formatter({
    ...digitOptions({ ...opts, digits: max, minDigits: min }, max),
    style: 'currency',
    currency: 'CNY',
  }).format(value);
}

interface Scaled {
  /** The value divided by the unit. */
  amount: number;
  /** '', '万' or '亿'. */
  unit: string;
}

/** Pick 万 (10^4) or 亿 (10^8) so that the shown figure stays below 10,000 of its unit. */
function scaleChinese(value: number, digits: number): Scaled {
  const round = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const abs = Math.abs(value);
  if (abs >= 1e8 || round(abs / 1e4) >= 1e4) return { amount: value / 1e8, unit: '亿' };
  if (abs >= 1e4 || round(abs) >= 1e4) return { amount: value / 1e4, unit: '万' };
  return { amount: value, unit: '' };
}

/** Large figures in 万/亿: 15000 → "1.5万", 123456789 → "1.23亿", 9876 → "9,876". */
export function formatLarge(value: unknown, opts: DigitOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  const digits = clampDigits(opts.digits, 2);
  const { amount, unit } = scaleChinese(value, digits);
  return formatNumber(amount, { ...opts, digits }) + unit;
}

/** Large amounts in yuan with 万/亿: 1500000 → "¥150万"; below 10,000 as formatCurrency. */
export function formatCurrencyLarge(value: unknown, opts: DigitOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  const digits = clampDigits(opts.digits, 2);
  const { amount, unit } = scaleChinese(value, digits);
  if (unit === '') return formatCurrency(value, opts);
  return formatter({ ...digitOptions({ ...opts, digits }, digits), style: 'currency', currency: 'CNY' }).format(amount) + unit;
}

/**
 * An expected number of people (a rate × a count need not be whole): 45 → "45 人",
 * 5.6 → "约 6 人", 0.3 → "不到 1 人". The exact expectation belongs in the working.
 */
export function formatPeople(value: unknown, unit = '人'): string {
  if (!isFiniteNumber(value)) return EMPTY;
  const rounded = Math.round(value * 1e6) / 1e6;
  if (Number.isInteger(rounded)) return `${formatInteger(rounded)} ${unit}`;
  if (value > 0 && value < 0.5) return `不到 1 ${unit}`;
  return `约 ${formatInteger(value)} ${unit}`;
}

/** A return multiple or ratio: 3.2 → "3.2倍". */
export function formatMultiple(value: unknown, opts: DigitOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return formatNumber(value, { digits: 1, ...opts }) + '倍';
}

/** A calendar date in the Chinese style: '2026-03-01' → "2026年3月1日"; invalid → EMPTY. */
export function formatDate(value: DateInput | unknown): string {
  const ymd = toYmd(value);
  if (!ymd) return EMPTY;
  return `${ymd.y}年${ymd.m}月${ymd.d}日`;
}

/** A calendar date as ISO 'YYYY-MM-DD' (for <input type="date"> and URLs); invalid → EMPTY. */
export function formatIsoDate(value: DateInput | unknown): string {
  const ymd = toYmd(value);
  return ymd ? fromYmd(ymd) : EMPTY;
}
