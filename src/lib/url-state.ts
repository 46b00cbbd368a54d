/**
 * Calculator state in the query string — a public contract (see README, "Bookmarkable URLs").
 *
 * Standalone pages (/tools/<id>/) use bare field names: ?start=1000&end=1050.
 * Module pages prefix each instance: ?retention.start=1000&churn-q3.lost=90, so several
 * calculators on one page never clash.
 *
 * Pure: takes and returns URLSearchParams and plain objects. Nothing read from a URL is ever
 * executed or injected; every value is checked by the field that will receive it, and whatever
 * is not used is reported (as data, for the page to show as text).
 */

export interface StateField {
  name: string;
  /** Whether the raw value is acceptable for this field (see calculators/fields.ts acceptsRaw). */
  accepts: (raw: string) => boolean;
}

export type IgnoredReason = 'unknown' | 'invalid' | 'repeated';

export interface IgnoredParam {
  /** The parameter name, truncated for display. */
  key: string;
  /** The value, truncated for display. */
  value: string;
  reason: IgnoredReason;
}

export interface ReadState {
  /** Field name → raw value, for the fields the URL set validly. */
  values: Record<string, string>;
  ignored: IgnoredParam[];
}

/** Longest key or value echoed back in a notice. */
const SHOWN_LENGTH = 32;

function shorten(s: string): string {
  // Control characters never reach the page, even as text.
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return clean.length > SHOWN_LENGTH ? `${clean.slice(0, SHOWN_LENGTH)}…` : clean;
}

/** The URL parameter of a field: `start`, or `retention.start` with the prefix `retention`. */
export function paramName(field: string, prefix: string | null): string {
  return prefix ? `${prefix}.${field}` : field;
}

/**
 * Read one calculator's state. With a prefix, only parameters starting with `<prefix>.` concern
 * this instance (others belong to other instances or other features and are not reported);
 * without one (a standalone page) every parameter is this calculator's, and unknown ones are
 * reported. The first of repeated keys wins; values a field cannot take are reported.
 */
export function readState(params: URLSearchParams, fields: readonly StateField[], prefix: string | null): ReadState {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const values: Record<string, string> = {};
  const seen = new Set<string>();
  const ignored: IgnoredParam[] = [];
  for (const [key, value] of params) {
    let name: string;
    if (prefix) {
      if (!key.startsWith(`${prefix}.`)) continue;
      name = key.slice(prefix.length + 1);
    } else {
      name = key;
    }
    // A Map, not an object: "__proto__" or "constructor" are just unknown names.
    const field = byName.get(name);
    if (!field) {
      ignored.push({ key: shorten(key), value: shorten(value), reason: 'unknown' });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ key: shorten(key), value: shorten(value), reason: 'repeated' });
      continue;
    }
    seen.add(name);
    if (!field.accepts(value)) {
      ignored.push({ key: shorten(key), value: shorten(value), reason: 'invalid' });
      continue;
    }
    values[name] = value;
  }
  return { values, ignored };
}

/**
 * The query string with this calculator's state written in: its own parameters replaced (in
 * field order), everything else kept as it was. Fields equal to `omitWhenEqual` are left out.
 */
export function writeState(
  params: URLSearchParams,
  values: Readonly<Record<string, string>>,
  fields: readonly { name: string }[],
  prefix: string | null,
  omitWhenEqual?: Readonly<Record<string, string>>,
): URLSearchParams {
  const out = new URLSearchParams();
  const own = new Set(fields.map((f) => paramName(f.name, prefix)));
  for (const [key, value] of params) if (!own.has(key)) out.append(key, value);
  for (const f of fields) {
    const v = values[f.name] ?? '';
    if (omitWhenEqual && omitWhenEqual[f.name] === v) continue;
    out.append(paramName(f.name, prefix), v);
  }
  return out;
}

/** Remove this calculator's own parameters (after "重置为示例"). */
export function clearState(params: URLSearchParams, fields: readonly { name: string }[], prefix: string | null): URLSearchParams {
  const own = new Set(fields.map((f) => paramName(f.name, prefix)));
  const out = new URLSearchParams();
  for (const [key, value] of params) if (!own.has(key)) out.append(key, value);
  return out;
}

const REASONS: Record<IgnoredReason, string> = {
  unknown: '不是本计算器的参数',
  invalid: '取值无效',
  repeated: '重复出现，只用第一个',
};

/** One Chinese line per ignored parameter, for a visible notice (render as text only). */
export function describeIgnored(ignored: readonly IgnoredParam[]): string[] {
  return ignored.map((p) => `${p.key}=${p.value}（${REASONS[p.reason]}）`);
}

/** Instance names: lowercase ASCII letters, digits and hyphens, like calculator ids. */
export function isInstanceName(s: string): boolean {
  return /^[a-z][a-z0-9-]{0,39}$/.test(s);
}
