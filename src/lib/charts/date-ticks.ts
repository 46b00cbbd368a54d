/**
 * Month ticks for a date axis: the first day of every 1, 2, 3, 6, 12, 24 or 60 months — whichever keeps
 * at most `target` ticks — labelled “3月”, with the year where it changes (“2027年1月”).
 * Days are UTC day numbers (src/lib/metrics/calendar.ts dayNumber).
 */
import { dayNumber, toYmd, type Ymd } from '../metrics/calendar';

const MS_PER_DAY = 86_400_000;

/** The calendar date of a UTC day number. */
export function ymdOfDay(day: number): Ymd {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The UTC day number of an ISO date, or undefined when it is not a valid date. */
export function dayOf(iso: string): number | undefined {
  const ymd = toYmd(iso);
  return ymd ? dayNumber(ymd) : undefined;
}

export interface DateTick {
  day: number;
  label: string;
}

const STEPS = [1, 2, 3, 6, 12, 24, 60];

export function monthTicks(fromDay: number, toDay: number, target = 6): DateTick[] {
  if (!(toDay > fromDay)) return [];
  const from = ymdOfDay(fromDay);
  const firstIndex = from.y * 12 + (from.m - 1) + (from.d === 1 ? 0 : 1);
  for (const step of STEPS) {
    const start = Math.ceil(firstIndex / step) * step;
    const days: { index: number; day: number }[] = [];
    for (let i = start; ; i += step) {
      const day = dayNumber({ y: Math.floor(i / 12), m: (i % 12) + 1, d: 1 });
      if (day > toDay) break;
      days.push({ index: i, day });
    }
    if (days.length <= target || step === STEPS[STEPS.length - 1]) {
      return days.map(({ index, day }, k) => {
        const y = Math.floor(index / 12);
        const m = (index % 12) + 1;
        const label = step >= 12 ? `${y}年` : k === 0 || m <= step ? `${y}年${m}月` : `${m}月`;
        return { day, label };
      });
    }
  }
  return [];
}
