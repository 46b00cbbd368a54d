import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  compareYmd,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromYmd,
  isLeapYear,
  isValidYmd,
  toYmd,
} from '../../../src/lib/metrics/calendar';

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([isLeapYear(2024), isLeapYear(2025), isLeapYear(1900), isLeapYear(2000)]).toEqual([true, false, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 13)).toBe(0);
    expect(isValidYmd(2025, 2, 29)).toBe(false);
    expect(isValidYmd(2025, 0, 1)).toBe(false);
    expect(isValidYmd(2025, 1.5, 1)).toBe(false);
  });

  it('reads ISO text and {y, m, d}', () => {
    expect(toYmd('2026-03-01')).toEqual({ y: 2026, m: 3, d: 1 });
    expect(toYmd(' 2026.3.1 ')).toEqual({ y: 2026, m: 3, d: 1 });
    expect(toYmd({ y: 2026, m: 3, d: 1 })).toEqual({ y: 2026, m: 3, d: 1 });
    expect(toYmd({ y: 2026, m: '3', d: 1 })).toBeUndefined();
    expect(toYmd('2026-13-01')).toBeUndefined();
    expect(toYmd('26-3-1')).toBeUndefined();
    expect(toYmd(null)).toBeUndefined();
    expect(toYmd(5)).toBeUndefined();
    expect(fromYmd({ y: 33, m: 1, d: 2 })).toBe('0033-01-02');
  });

  it('counts days in UTC, including early years', () => {
    expect(dayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(daysBetween({ y: 2024, m: 2, d: 28 }, { y: 2024, m: 3, d: 1 })).toBe(2);
    expect(daysBetween({ y: 2025, m: 3, d: 29 }, { y: 2025, m: 3, d: 31 })).toBe(2); // across DST in Europe
    expect(daysBetween({ y: 50, m: 1, d: 1 }, { y: 51, m: 1, d: 1 })).toBe(365);
    expect(compareYmd({ y: 2025, m: 1, d: 1 }, { y: 2025, m: 1, d: 2 })).toBe(-1);
    expect(compareYmd({ y: 2025, m: 1, d: 2 }, { y: 2025, m: 1, d: 2 })).toBe(0);
  });

  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths({ y: 2026, m: 8, d: 31 }, -6)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(addMonths({ y: 2024, m: 8, d: 31 }, -6)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths({ y: 2026, m: 1, d: 15 }, -3)).toEqual({ y: 2025, m: 10, d: 15 });
    expect(addMonths({ y: 2025, m: 11, d: 30 }, 3)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(addMonths({ y: 2025, m: 5, d: 31 }, 0)).toEqual({ y: 2025, m: 5, d: 31 });
  });

  it('always lands on a valid date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -60, max: 60 }), (y, m, d, n) => {
        const date = { y, m, d: Math.min(d, daysInMonth(y, m)) };
        const r = addMonths(date, n);
        expect(isValidYmd(r.y, r.m, r.d)).toBe(true);
        expect(toYmd(fromYmd(r))).toEqual(r);
      }),
    );
  });
});
