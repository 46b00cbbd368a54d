/**
 * Input checking shared by every metric and calculator, with messages in Chinese that name the
 * field ("期初客户数必须是整数").
 *
 * Two layers:
 * - `createChecks(labels)` — for metric functions, whose inputs are already typed numbers: each
 *   check records at most one error per field and says whether the value passed, so that
 *   consistency rules (new ≤ end, …) run only on fields that are themselves valid;
 *   `checks.result(compute)` then returns the errors, or the computed value after making sure
 *   it holds no NaN/Infinity and rounding away binary noise (see `tidy`).
 * - `parseCount`, `parseAmount`, `parsePercent`, `parseFraction`, `parseDate`, `parseChoice`,
 *   `parseBoolean` — for raw input from a form or a URL (a number or a string such as "1,200",
 *   "１２００", "7.5%", "¥3,000", "1.5万", "2026-03-01"), each returning a Result.
 *
 * Rates and percentages are fractions inside src/lib (0.05 = 5%): parsePercent turns "5" or
 * "5%" into 0.05.
 */
import { fail, fieldError, ok, type FieldError, type Result } from './result';
import { formatNumber, formatPercent } from './format';
import { fromYmd, toYmd } from './metrics/calendar';

/** The Chinese name of each input field, used in messages. */
export type Labels<F extends string> = Readonly<Record<F, string>>;

export interface NumberRule {
  /** Must be a whole number (counts of people, customers, answers). */
  integer?: boolean;
  min?: number;
  /** When true the value must be strictly greater than min. */
  minExclusive?: boolean;
  max?: number;
  /** When true the value must be strictly less than max. */
  maxExclusive?: boolean;
  /** How bounds are written in messages: 'fraction' shows 1 as "100%". Default 'plain'. */
  unit?: 'plain' | 'fraction';
}

/** Significant digits kept by `tidy`: enough for any money figure, few enough to drop noise. */
const TIDY_DIGITS = 14;

/**
 * Round a computed figure to 14 significant digits, so that 120 × 0.95 / 0.15 is exactly 760
 * and not 759.9999999999993 (binary floating point cannot hold 0.1 or 0.95 exactly). Negative
 * zero becomes 0.
 */
export function tidy(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  return Number(x.toPrecision(TIDY_DIGITS));
}

/** Apply `tidy` to every number in a plain result object; false if any number is not finite. */
function tidyDeep<T>(value: T): { ok: true; value: T } | { ok: false } {
  let finite = true;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) finite = false;
      return tidy(v);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  const out = walk(value) as T;
  return finite ? { ok: true, value: out } : { ok: false };
}

function bound(n: number, unit: NumberRule['unit']): string {
  return unit === 'fraction' ? formatPercent(n, { digits: 4 }) : formatNumber(n, { digits: 6 });
}

/**
 * A label as the subject of a message: a space after a label that ends in a Latin letter or a
 * digit, so that “市场 P75” + “必须是数字” reads “市场 P75 必须是数字” (the course writes a
 * space between Han characters and Latin letters or numbers).
 */
export function subject(label: string): string {
  return /[A-Za-z0-9]$/.test(label) ? `${label} ` : label;
}

/**
 * The first thing wrong with `value` under `rule`, as a message about `label`, or undefined when
 * the value is fine. Order: required → number → finite → integer → lower bound → upper bound.
 */
export function numberProblem(value: unknown, name: string, rule: NumberRule = {}): string | undefined {
  const label = subject(name);
  if (value === undefined || value === null || value === '') return `${label}为必填项`;
  if (typeof value !== 'number') return `${label}必须是数字`;
  if (!Number.isFinite(value)) return `${label}必须是有限的数字`;
  if (rule.integer && !Number.isInteger(value)) return `${label}必须是整数`;
  const { min, max, unit } = rule;
  if (min !== undefined) {
    if (rule.minExclusive ? value <= min : value < min) {
      if (min === 0) return rule.minExclusive ? `${label}必须大于 0` : `${label}不能为负数`;
      return rule.minExclusive ? `${label}必须大于 ${bound(min, unit)}` : `${label}不能小于 ${bound(min, unit)}`;
    }
  }
  if (max !== undefined && (rule.maxExclusive ? value >= max : value > max)) {
    return rule.maxExclusive ? `${label}必须小于 ${bound(max, unit)}` : `${label}不能大于 ${bound(max, unit)}`;
  }
  return undefined;
}

export interface Checks<F extends string> {
  /** The errors recorded so far (one per field at most). */
  readonly errors: FieldError<F>[];
  /** The Chinese label of a field. */
  label(field: F): string;
  /** Name a field not in the labels (a list item such as `scores.3`); returns the field. */
  labelAs<G extends F>(field: G, label: string): G;
  /** Whether a field has no error so far. */
  valid(...fields: F[]): boolean;
  /** Any number under a rule. */
  number(field: F, value: unknown, rule?: NumberRule): boolean;
  /** A whole number ≥ 0 (or ≥ min). */
  count(field: F, value: unknown, rule?: Omit<NumberRule, 'integer'>): boolean;
  /** A finite amount ≥ 0 (money, salary, …). `positive` requires > 0 (when it divides). */
  amount(field: F, value: unknown, opts?: { positive?: boolean }): boolean;
  /** A fraction in [0, 1] by default (0.05 = 5%); bounds may be narrowed or widened. */
  fraction(field: F, value: unknown, rule?: Omit<NumberRule, 'integer' | 'unit'>): boolean;
  /** A logical rule across fields: records `message` on `field` when `condition` is false. */
  rule(condition: boolean, field: F, message: string): boolean;
  /** Record an error directly. */
  add(field: F, message: string): void;
  /**
   * The errors, or `compute()` with its numbers tidied. If a figure overflows to Infinity/NaN
   * (inputs near 1e308), an error on `overflowField` (default: the first labelled field).
   */
  result<T>(compute: () => T, overflowField?: F): Result<T, F>;
}

/** A recorder of field errors for one function call. */
export function createChecks<F extends string>(labels: Labels<F>): Checks<F> {
  const errors: FieldError<F>[] = [];
  const bad = new Set<F>();
  const extra = new Map<F, string>();
  const label = (field: F): string => extra.get(field) ?? labels[field] ?? field;
  const add = (field: F, message: string) => {
    if (bad.has(field)) return;
    bad.add(field);
    errors.push(fieldError(field, message));
  };
  const number = (field: F, value: unknown, rule: NumberRule = {}): boolean => {
    const problem = numberProblem(value, label(field), rule);
    if (problem !== undefined) add(field, problem);
    return problem === undefined && !bad.has(field);
  };
  return {
    errors,
    label,
    labelAs: (field, text) => {
      extra.set(field, text);
      return field;
    },
    add,
    valid: (...fields) => fields.every((f) => !bad.has(f)),
    number,
    count: (field, value, rule = {}) => number(field, value, { min: 0, ...rule, integer: true }),
    amount: (field, value, opts = {}) => number(field, value, { min: 0, minExclusive: opts.positive === true }),
    fraction: (field, value, rule = {}) => number(field, value, { min: 0, max: 1, ...rule, unit: 'fraction' }),
    rule: (condition, field, message) => {
      if (!condition) add(field, message);
      return condition;
    },
    result<T>(compute: () => T, overflowField?: F): Result<T, F> {
      if (errors.length > 0) return fail(errors);
      const tidied = tidyDeep(compute());
      if (tidied.ok) return ok(tidied.value);
      const field = overflowField ?? (Object.keys(labels)[0] as F);
      return fail([fieldError(field, `${label(field)}等输入数值过大，无法计算出有限的结果`)]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Raw input (form fields, URL parameters)

/** What a raw value reads as: nothing, not a number, or a number (and whether it carried %). */
export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'number'; value: number; percent: boolean };

const FULL_WIDTH = /[０-９．，－＋％]/g;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Read a number from a number or a string. Accepts full-width digits, zh-CN grouping commas
 * ("1,200" but not "1,2"), a leading ¥/￥, a trailing 元, %, 万 (×10^4) or 亿 (×10^8) and
 * surrounding spaces. Rejects "", "abc", "Infinity", "1e999" and the like.
 */
export function readNumber(raw: unknown): NumberReading {
  if (raw === undefined || raw === null) return { kind: 'empty' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw, percent: false } : { kind: 'invalid' };
  if (typeof raw !== 'string') return { kind: 'invalid' };
  let s = raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0]/g, '')
    .replace(/^([+-]?)[¥￥]/, '$1')
    .replace(/元$/, '');
  if (s === '') return { kind: 'empty' };
  let factor = 1;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  } else if (s.endsWith('万')) {
    factor = 1e4;
    s = s.slice(0, -1);
  } else if (s.endsWith('亿')) {
    factor = 1e8;
    s = s.slice(0, -1);
  }
  if (s.includes(',')) {
    if (!GROUPED.test(s)) return { kind: 'invalid' };
    s = s.replace(/,/g, '');
  }
  if (!PLAIN_NUMBER.test(s)) return { kind: 'invalid' };
  const value = Number(s) * factor;
  return Number.isFinite(value) ? { kind: 'number', value, percent } : { kind: 'invalid' };
}

export interface ParseOptions {
  /** The field's Chinese name for messages; defaults to the field id. */
  label?: string;
}

function parseWith<F extends string>(
  raw: unknown,
  field: F,
  opts: ParseOptions,
  rule: NumberRule,
  convert: (reading: { value: number; percent: boolean }) => number = (r) => r.value,
): Result<number, F> {
  const name = opts.label ?? field;
  const label = subject(name);
  const reading = readNumber(raw);
  if (reading.kind === 'empty') return fail([fieldError(field, `${label}为必填项`)]);
  if (reading.kind === 'invalid') return fail([fieldError(field, `${label}必须是数字`)]);
  const value = convert(reading);
  const problem = numberProblem(value, name, rule);
  return problem === undefined ? ok(tidy(value)) : fail([fieldError(field, problem)]);
}

/** A count of people, customers or answers: a whole number ≥ 0 (or within min…max). */
export function parseCount<F extends string>(
  raw: unknown,
  field: F,
  opts: ParseOptions & Omit<NumberRule, 'integer' | 'unit'> = {},
): Result<number, F> {
  return parseWith(raw, field, opts, { min: 0, ...opts, integer: true, unit: 'plain' });
}

/** An amount of money or any finite number ≥ 0 ("¥3,000", "1.5万"); `positive` requires > 0. */
export function parseAmount<F extends string>(
  raw: unknown,
  field: F,
  opts: ParseOptions & { positive?: boolean; max?: number } = {},
): Result<number, F> {
  const rule: NumberRule = { min: 0, minExclusive: opts.positive === true };
  if (opts.max !== undefined) rule.max = opts.max;
  return parseWith(raw, field, opts, rule);
}

/** Any finite number within an optional rule (e.g. a discount rate that may be negative). */
export function parseNumber<F extends string>(
  raw: unknown,
  field: F,
  opts: ParseOptions & NumberRule = {},
): Result<number, F> {
  return parseWith(raw, field, opts, opts);
}

/**
 * A percentage typed as percent points, returned as a fraction: "5", "5%" and 5 all give 0.05.
 * Bounds are fractions (default 0 … 1, i.e. 0% … 100%).
 */
export function parsePercent<F extends string>(
  raw: unknown,
  field: F,
  opts: ParseOptions & Omit<NumberRule, 'integer' | 'unit'> = {},
): Result<number, F> {
  return parseWith(raw, field, opts, { min: 0, max: 1, ...opts, unit: 'fraction' }, (r) => r.value / 100);
}

/**
 * A rate given as a fraction ("0.05") or as a percentage with its sign ("5%"), returned as a
 * fraction (0.05). Bounds are fractions (default 0 … 1).
 */
export function parseFraction<F extends string>(
  raw: unknown,
  field: F,
  opts: ParseOptions & Omit<NumberRule, 'integer' | 'unit'> = {},
): Result<number, F> {
  return parseWith(raw, field, opts, { min: 0, max: 1, ...opts, unit: 'fraction' }, (r) =>
    r.percent ? r.value / 100 : r.value,
  );
}

/** A calendar date ('2026-03-01', '2026/3/1', '2026年3月1日' or {y, m, d}) as ISO 'YYYY-MM-DD'. */
export function parseDate<F extends string>(raw: unknown, field: F, opts: ParseOptions = {}): Result<string, F> {
  const label = subject(opts.label ?? field);
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return fail([fieldError(field, `${label}为必填项`)]);
  }
  const ymd = toYmd(raw);
  return ymd ? ok(fromYmd(ymd)) : fail([fieldError(field, `${label}必须是有效日期（格式：YYYY-MM-DD）`)]);
}

/** One of a fixed set of options (a period, a scale, a mode), e.g. from a URL. */
export function parseChoice<F extends string, C extends string | number>(
  raw: unknown,
  field: F,
  choices: readonly C[],
  opts: ParseOptions = {},
): Result<C, F> {
  const label = subject(opts.label ?? field);
  if (raw === undefined || raw === null || raw === '') return fail([fieldError(field, `${label}为必填项`)]);
  const text = String(raw).trim();
  const found = choices.find((c) => String(c) === text);
  return found !== undefined
    ? ok(found)
    : fail([fieldError(field, `${label}必须是以下之一：${choices.map(String).join('、')}`)]);
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'on', '是', '有']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'off', '否', '无']);

/** A yes/no answer (true/false, 1/0, yes/no, on/off, 是/否, 有/无). */
export function parseBoolean<F extends string>(raw: unknown, field: F, opts: ParseOptions = {}): Result<boolean, F> {
  const label = subject(opts.label ?? field);
  if (typeof raw === 'boolean') return ok(raw);
  const text = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim().toLowerCase() : '';
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  if (text === '') return fail([fieldError(field, `${label}为必填项`)]);
  return fail([fieldError(field, `${label}必须是“是”或“否”`)]);
}
