/**
 * Calendar dates without time zones. A date is a plain {y, m, d} (month 1–12); arithmetic goes
 * through Date.UTC so that the learner's local time zone and daylight saving never shift a day.
 * "n months before" means calendar months, with the day clamped to the end of a shorter month
 * (31 August − 6 months = 28/29 February), as contract and HR systems count.
 */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A date as ISO 'YYYY-MM-DD' text or as {y, m, d}. */
export type DateInput = string | Ymd;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Whether y-m-d names a real calendar day (years 1–9999). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Read a date from 'YYYY-MM-DD' (also 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日') or {y, m, d};
 * undefined when it is not a real calendar day.
 */
export function toYmd(value: unknown): Ymd | undefined {
  let y: number, m: number, d: number;
  if (typeof value === 'string') {
    const match = DATE_TEXT.exec(value.trim());
    if (!match) return undefined;
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o['y'] !== 'number' || typeof o['m'] !== 'number' || typeof o['d'] !== 'number') return undefined;
    [y, m, d] = [o['y'], o['m'], o['d']];
  } else {
    return undefined;
  }
  return isValidYmd(y, m, d) ? { y, m, d } : undefined;
}

/** {y, m, d} → 'YYYY-MM-DD'. */
export function fromYmd(date: Ymd): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** Days since 1970-01-01 (UTC day number), for differences and comparisons. */
export function dayNumber(date: Ymd): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear avoids that.
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return dayNumber(b) - dayNumber(a);
}

/** −1, 0 or 1 as a is before, on or after b. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return Math.sign(daysBetween(b, a));
}

/** Add n calendar months (n may be negative), clamping the day to the target month's end. */
export function addMonths(date: Ymd, n: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}
