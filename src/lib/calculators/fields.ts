/**
 * Reading a calculator's raw inputs (strings from the form or the URL) into typed values, with
 * the Chinese messages of src/lib/validate.ts, and helpers every declaration shares.
 */
import { fail, ok, type FieldError, type Result } from '../result';
import {
  parseAmount,
  parseBoolean,
  parseChoice,
  parseCount,
  parseDate,
  parseNumber,
  parsePercent,
  readNumber,
  subject,
} from '../validate';
import { echoText } from '../echo-text';
import { formatLarge, formatNumber } from '../format';
import type { CalculatorSpec, FieldSpec, Parsed, RawValues } from './types';

/** Longest raw value accepted from a URL or an input (anything longer is not a number we use). */
export const MAX_RAW_LENGTH = 40;

/**
 * Largest count (people, customers, answers) and amount (元) any calculator takes unless its
 * field says otherwise: 10 亿 people, 1 万亿 元. Beyond them a figure is a typing slip, and the
 * working would print 20-digit numbers.
 */
export const MAX_COUNT = 1e9;
export const MAX_AMOUNT = 1e12;

/** Typical annual salary per person in 元 (for the unit warning): 1 万 to 1,000 万 元/年. */
export const ANNUAL_SALARY_YUAN = { min: 1e4, max: 1e7 } as const;

/** Parse one field's raw string by its kind and bounds. */
export function parseField(field: FieldSpec, raw: string | undefined): Result<number | string | boolean | undefined> {
  const text = raw ?? '';
  if (field.optional && text.trim() === '') return ok(undefined);
  if (text.length > MAX_RAW_LENGTH) return fail([{ field: field.name, message: `${subject(field.errorLabel ?? field.label)}太长了，请输入一个数字` }]);
  const opts = { label: field.errorLabel ?? field.label };
  const bounds = {
    ...(field.min !== undefined ? { min: field.min } : {}),
    ...(field.max !== undefined ? { max: field.max } : {}),
  };
  switch (field.kind) {
    case 'count':
      return parseCount(text, field.name, { ...opts, max: MAX_COUNT, ...bounds });
    case 'amount':
      return field.min !== undefined && field.min > 0
        ? parseNumber(text, field.name, { ...opts, max: MAX_AMOUNT, ...bounds })
        : parseAmount(text, field.name, { ...opts, max: field.max ?? MAX_AMOUNT, ...(field.positive ? { positive: true } : {}) });
    case 'percent': {
      const pct = {
        ...(field.min !== undefined ? { min: field.min / 100 } : {}),
        ...(field.max !== undefined ? { max: field.max / 100 } : {}),
      };
      return parsePercent(text, field.name, { ...opts, ...pct });
    }
    case 'number':
      return parseNumber(text, field.name, { ...opts, ...bounds });
    case 'date':
      return parseDate(text, field.name, opts);
    case 'choice':
      return parseChoice(
        text,
        field.name,
        (field.choices ?? []).map((c) => c.value),
        opts,
      );
    case 'boolean':
      return parseBoolean(text, field.name, opts);
  }
}

/** Whether a field applies given the other inputs (see FieldSpec.when). */
export function isActive(field: FieldSpec, raw: RawValues): boolean {
  return !field.when || raw[field.when.field] === field.when.equals;
}

/**
 * Parameters a URL set for fields that do not apply with the other inputs (an employee signal
 * while the audience is 客户): one line each for the page's notice, in the learner's words.
 */
export function inactiveNotices(fields: readonly FieldSpec[], fromUrl: Readonly<Record<string, string>>, raw: RawValues, paramOf: (field: string) => string): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const when = f.when;
    if (fromUrl[f.name] === undefined || !when || isActive(f, raw)) continue;
    const control = fields.find((c) => c.name === when.field);
    const wanted = control?.choices?.find((c) => c.value === when.equals)?.label ?? when.equals;
    const current = control?.choices?.find((c) => c.value === raw[when.field])?.label ?? raw[when.field] ?? '';
    out.push(`“${f.label}”：${paramOf(f.name)}=${echoText(fromUrl[f.name] ?? '')} 只在“${control?.label ?? when.field}”为“${wanted}”时计入；当前为“${current}”，未计入。`);
  }
  return out;
}

/** Parse every field; all field errors at once, in field order. */
export function parseFields(fields: readonly FieldSpec[], raw: RawValues): Result<Parsed> {
  const values: Parsed = {};
  const errors: FieldError[] = [];
  for (const f of fields) {
    if (!isActive(f, raw)) continue;
    const r = parseField(f, raw[f.name]);
    if (r.ok) values[f.name] = r.value;
    else errors.push(...r.errors);
  }
  return errors.length > 0 ? fail(errors) : ok(values);
}

/**
 * Warnings (not errors) about values that are computable but implausible: a field outside its
 * `typical` range, and the calculator's own cross-field checks. One per field, in field order.
 */
export function fieldWarnings(spec: CalculatorSpec<unknown>, parsed: Parsed): FieldError[] {
  const out: FieldError[] = [];
  for (const f of spec.fields) {
    const v = parsed[f.name];
    if (!f.typical || typeof v !== 'number' || v === 0) continue;
    const { min, max } = f.typical;
    if (v >= min && v <= max) continue;
    const unit = f.unit ?? '';
    const range = `${formatRangeEnd(min)}–${formatRangeEnd(max)} ${unit}`.trim();
    const hint = unit.startsWith('元') ? '；单位是元，可以直接输入“17万”这样的写法' : '';
    out.push({
      field: f.name,
      message: `${f.label}为 ${formatRangeEnd(v)} ${unit}，${v < min ? '比常见值小很多' : '比常见值大很多'}（常见范围约 ${range}）。请检查单位${hint}。`,
    });
  }
  for (const w of spec.warnings?.(parsed) ?? []) if (!out.some((o) => o.field === w.field)) out.push(w);
  return out;
}

/** 10000 → "1万", 10000000 → "1,000万", 17 → "17". */
function formatRangeEnd(v: number): string {
  return Math.abs(v) >= 1e4 ? formatLarge(v) : formatNumber(v);
}

/** Parse, then compute: the one path from raw strings to a figure. */
export function evaluate<V>(spec: CalculatorSpec<V>, raw: RawValues): Result<V> & { parsed?: Parsed } {
  const parsed = parseFields(spec.fields, raw);
  if (!parsed.ok) return parsed;
  const result = spec.compute(parsed.value);
  return result.ok ? { ...result, parsed: parsed.value } : result;
}

/**
 * Whether a raw value may be taken from a URL for this field: a number the field can read
 * (bounds are checked later, at the field, like typed input), one of its choices, a date.
 * Empty values are accepted (the field then says it is required).
 */
export function acceptsRaw(field: FieldSpec, raw: string): boolean {
  if (raw.length > MAX_RAW_LENGTH) return false;
  if (raw.trim() === '') return true;
  switch (field.kind) {
    case 'choice':
      return (field.choices ?? []).some((c) => c.value === raw);
    case 'date':
      return parseDate(raw, field.name).ok;
    case 'boolean':
      return parseBoolean(raw, field.name).ok;
    default:
      return readNumber(raw).kind === 'number';
  }
}

/**
 * The form a raw value takes once its field's own parser has read it, so the control shows
 * exactly what is used: a yes/no field reads `y`, `是`, `on`… and shows `1` or `0`; a date field
 * reads `2026/1/1` and shows `2026-01-01` (a date input cannot display any other form). Other
 * kinds keep what the learner wrote (`1.5万` stays as typed). A value the field cannot read is
 * returned unchanged (acceptsRaw reports it).
 */
export function canonicalRaw(field: FieldSpec, raw: string): string {
  if (raw.trim() === '') return raw;
  if (field.kind === 'boolean') {
    const b = parseBoolean(raw, field.name);
    return b.ok ? (b.value ? '1' : '0') : raw;
  }
  if (field.kind === 'date') {
    const d = parseDate(raw, field.name);
    return d.ok ? d.value : raw;
  }
  return raw;
}

/** Whether a yes/no field's raw value means yes (by the same parser the calculation uses). */
export function isOn(raw: string): boolean {
  const b = parseBoolean(raw, 'value');
  return b.ok && b.value;
}

/** The example values of a calculator, overridden by an embed's values. */
export function exampleValues(spec: CalculatorSpec<unknown>, override: Readonly<Record<string, string | number | boolean>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of spec.fields) {
    const v = override[f.name];
    out[f.name] = v === undefined ? f.example : String(v);
  }
  return out;
}

/** Rename the fields of a metric function's errors to URL field names. */
export function renameErrors<T>(result: Result<T, string>, names: Readonly<Record<string, string>>): Result<T> {
  if (result.ok) return result;
  return fail(result.errors.map((e) => ({ field: names[e.field] ?? e.field, message: e.message })));
}

/** A parsed number (the declarations know which fields are numeric). */
export function num(parsed: Parsed, name: string): number {
  const v = parsed[name];
  return typeof v === 'number' ? v : 0;
}

/** A parsed optional number: undefined when the field was left empty. */
export function optNum(parsed: Parsed, name: string): number | undefined {
  const v = parsed[name];
  return typeof v === 'number' ? v : undefined;
}

export function str(parsed: Parsed, name: string): string {
  const v = parsed[name];
  return typeof v === 'string' ? v : '';
}
