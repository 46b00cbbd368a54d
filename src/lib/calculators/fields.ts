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
} from '../validate';
import type { CalculatorSpec, FieldSpec, Parsed, RawValues } from './types';

/** Longest raw value accepted from a URL or an input (anything longer is not a number we use). */
export const MAX_RAW_LENGTH = 40;

/** Parse one field's raw string by its kind and bounds. */
export function parseField(field: FieldSpec, raw: string | undefined): Result<number | string | boolean | undefined> {
  const text = raw ?? '';
  if (field.optional && text.trim() === '') return ok(undefined);
  if (text.length > MAX_RAW_LENGTH) return fail([{ field: field.name, message: `${field.label}太长了，请输入一个数字` }]);
  const opts = { label: field.label };
  const bounds = {
    ...(field.min !== undefined ? { min: field.min } : {}),
    ...(field.max !== undefined ? { max: field.max } : {}),
  };
  switch (field.kind) {
    case 'count':
      return parseCount(text, field.name, { ...opts, ...bounds });
    case 'amount':
      return field.min !== undefined && field.min > 0
        ? parseNumber(text, field.name, { ...opts, ...bounds })
        : parseAmount(text, field.name, { ...opts, ...(field.max !== undefined ? { max: field.max } : {}) });
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
