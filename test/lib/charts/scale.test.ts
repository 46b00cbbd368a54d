/** Scales and round ticks, hand-computed. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTick, integerTicks, linearScale, niceStep, niceTicks, ticksWithin } from '../../../src/lib/charts/scale';
import { textWidth } from '../../../src/lib/charts/text-width';
import { monthTicks, dayOf, ymdOfDay } from '../../../src/lib/charts/date-ticks';

describe('linearScale', () => {
  it('maps a domain onto a range, flipped for a y axis', () => {
    expect(linearScale(0, 10, 100, 0)(2.5)).toBe(75);
    expect(linearScale(1, 7, 22, 345)(4)).toBe(183.5);
    // A zero-width domain maps to the middle instead of dividing by zero.
    expect(linearScale(3, 3, 0, 100)(3)).toBe(50);
  });
});

describe('niceStep and niceTicks: 1, 2 or 5 × 10ᵏ apart', () => {
  it('never 0/96/193/289/385', () => {
    // 385 / 5 = 77 → 100 (1, 2 and 5 × 10 are too small).
    expect(niceStep(385)).toBe(100);
    expect(niceTicks(0, 385).ticks).toEqual([0, 100, 200, 300, 400]);
  });

  it('shares and gaps', () => {
    // 0.6 / 5 = 0.12 → 0.2.
    expect(niceTicks(0, 0.6)).toEqual({ ticks: [0, 0.2, 0.4, 0.6], step: 0.2, lo: 0, hi: 0.6 });
    // Negative and positive: span 1.6, 0.32 → 0.5; ends extended to −1.5 and 0.5.
    expect(niceTicks(-1.3, 0.3).ticks).toEqual([-1.5, -1, -0.5, 0, 0.5]);
    // Binary noise never reaches a label: 0.1 + 0.2 is 0.3.
    expect(niceTicks(0, 0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('an empty range still has an axis', () => {
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5, 5).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(-4, -4).ticks).toEqual([-4, -3, -2, -1, 0]);
    expect(niceTicks(NaN, Infinity).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('ticksWithin keeps a fixed domain (a Pareto total of 201)', () => {
    expect(ticksWithin(0, 201)).toEqual({ ticks: [0, 50, 100, 150, 200], step: 50, lo: 0, hi: 201 });
    expect(ticksWithin(0, 1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('integerTicks never steps below 1 (periods, scores)', () => {
    expect(integerTicks(0, 6).ticks).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // 0…3 in six steps would be 0.5 apart: whole periods instead.
    expect(integerTicks(0, 3).ticks).toEqual([0, 1, 2, 3]);
    expect(integerTicks(1, 7, 8).ticks).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(integerTicks(0, 24).ticks).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('ticks are round, cover the data and are few (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (a, b) => {
        const t = niceTicks(a, b);
        expect(t.ticks[0]).toBeLessThanOrEqual(Math.min(a, b, Math.min(a, b) === Math.max(a, b) ? 0 : Infinity) + Math.abs(t.step) * 1e-6);
        expect(t.ticks[t.ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(a, b) - Math.abs(t.step) * 1e-6);
        expect(t.ticks.length).toBeLessThanOrEqual(7);
        const mantissa = t.step / 10 ** Math.floor(Math.log10(t.step));
        expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
      }),
    );
  });
});

describe('tick labels', () => {
  it('as many decimals as the step needs', () => {
    expect(formatTick(0.2, 'percent', 0.2)).toBe('20%');
    expect(formatTick(0.025, 'percent', 0.005)).toBe('2.5%');
    expect(formatTick(15000, 'currency', 5000)).toBe('¥1.5万');
    expect(formatTick(4000, 'currency', 1000)).toBe('¥4,000');
    expect(formatTick(1.5, 'number', 0.5)).toBe('1.5');
    expect(formatTick(1200, 'integer', 200)).toBe('1,200');
  });
});

describe('textWidth', () => {
  it('Han and full-width 1 em, Latin and digits 0.6 em', () => {
    expect(textWidth('价格', 13)).toBe(26);
    expect(textWidth('80%', 10)).toBe(18);
    // （ 1 + 0 .6 + – .6 + 6 .6 + space .6 + 分 1 + ） 1 = 5.4 em.
    expect(textWidth('（0–6 分）', 10)).toBeCloseTo(54, 9);
  });
});

describe('monthTicks', () => {
  const d = (iso: string) => dayOf(iso)!;

  it('every month when it fits, the year where it starts', () => {
    expect(monthTicks(d('2026-12-30'), d('2027-06-30'), 6)).toEqual([
      { day: d('2027-01-01'), label: '2027年1月' },
      { day: d('2027-02-01'), label: '2月' },
      { day: d('2027-03-01'), label: '3月' },
      { day: d('2027-04-01'), label: '4月' },
      { day: d('2027-05-01'), label: '5月' },
      { day: d('2027-06-01'), label: '6月' },
    ]);
  });

  it('every second month when six do not fit; a new year is named', () => {
    expect(monthTicks(d('2026-12-30'), d('2027-06-30'), 4).map((t) => t.label)).toEqual(['2027年1月', '3月', '5月']);
    expect(monthTicks(d('2026-10-15'), d('2027-03-01'), 6).map((t) => t.label)).toEqual(['2026年11月', '12月', '2027年1月', '2月', '3月']);
  });

  it('years for long spans; nothing for an empty span', () => {
    const long = monthTicks(d('2020-01-01'), d('2029-12-31'), 6);
    expect(long.map((t) => t.label)).toEqual(['2020年', '2022年', '2024年', '2026年', '2028年']);
    expect(monthTicks(d('2027-01-01'), d('2027-01-01'))).toEqual([]);
  });

  it('day numbers and dates round-trip', () => {
    expect(ymdOfDay(d('2027-02-28'))).toEqual({ y: 2027, m: 2, d: 28 });
    expect(dayOf('2027-02-30')).toBeUndefined();
  });
});
