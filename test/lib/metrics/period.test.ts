import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualToMonthly, convertChurnRate, monthlyToAnnual } from '../../../src/lib/metrics/period';

describe('convertChurnRate', () => {
  it('monthly 5 % → annual 1 − 0.95^12 ≈ 45.96 %, naive 60 %', () => {
    const r = monthlyToAnnual(0.05);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rate).toBeCloseTo(0.459639912, 9);
    expect(r.value.naive).toBe(0.6);
    expect(r.value.exponent).toBe(12);
    expect(r.value.retentionFrom).toBe(0.95);
    expect(r.value.retentionTo).toBeCloseTo(0.540360088, 9);
    expect(r.value.naiveError).toBeCloseTo(0.140360088, 9);
  });

  it('monthly 10 % → quarterly 27.1 %', () => {
    expect(convertChurnRate({ rate: 0.1, from: 'month', to: 'quarter' })).toMatchObject({ ok: true, value: { rate: 0.271, naive: 0.3 } });
  });

  it('annual 20 % → monthly 1 − 0.8^(1/12) ≈ 1.842 %; naive 20/12', () => {
    const r = annualToMonthly(0.2);
    expect(r.ok && r.value.rate).toBeCloseTo(0.018423, 6);
    expect(r.ok && r.value.naive).toBeCloseTo(0.2 / 12, 12);
    expect(r.ok && r.value.naiveError).toBeLessThan(0);
  });

  it('edge cases: 0, 1, same period, naive above 100 %', () => {
    expect(monthlyToAnnual(0)).toMatchObject({ value: { rate: 0, naive: 0 } });
    expect(annualToMonthly(1)).toMatchObject({ value: { rate: 1 } });
    expect(convertChurnRate({ rate: 0.3, from: 'year', to: 'year' })).toMatchObject({ value: { rate: 0.3, naive: 0.3, exponent: 1 } });
    expect(monthlyToAnnual(0.1)).toMatchObject({ value: { naive: 1.2 } });
    expect(convertChurnRate({ rate: 0.19, from: 'quarter', to: 'year' })).toMatchObject({ value: { rate: 0.56953279, exponent: 4 } });
  });

  it('error paths', () => {
    expect(monthlyToAnnual(1.2)).toEqual({ ok: false, errors: [{ field: 'rate', message: '流失率不能大于 100%' }] });
    expect(monthlyToAnnual(-0.1)).toMatchObject({ errors: [{ field: 'rate', message: '流失率不能为负数' }] });
    expect(monthlyToAnnual(NaN)).toMatchObject({ errors: [{ field: 'rate' }] });
    expect(convertChurnRate({ rate: 0.1, from: 'week' as never, to: 'day' as never })).toEqual({
      ok: false,
      errors: [
        { field: 'from', message: '原周期必须是月、季度或年' },
        { field: 'to', message: '目标周期必须是月、季度或年' },
      ],
    });
  });

  it('monthly → annual → monthly round-trips (property)', () => {
    // Results keep 14 significant digits, so very high monthly rates (annual ≈ 100 %) lose
    // some precision on the way back; realistic rates come back to 9 decimals.
    const roundTrip = (m: number) => {
      const a = monthlyToAnnual(m);
      if (!a.ok) throw new Error('expected ok');
      const back = annualToMonthly(a.value.rate);
      if (!back.ok) throw new Error('expected ok');
      return back.value.rate;
    };
    fc.assert(fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), (m) => {
      expect(roundTrip(m)).toBeCloseTo(m, 9);
    }));
    fc.assert(fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), (m) => {
      expect(roundTrip(m)).toBeCloseTo(m, 4);
    }));
  });

  it('quarterly → monthly → quarterly round-trips (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), (q) => {
        const m = convertChurnRate({ rate: q, from: 'quarter', to: 'month' });
        if (!m.ok) throw new Error('expected ok');
        const back = convertChurnRate({ rate: m.value.rate, from: 'month', to: 'quarter' });
        expect(back.ok && back.value.rate).toBeCloseTo(q, 9);
      }),
    );
  });

  it('compounded annual ≤ naive and stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (m) => {
        const r = monthlyToAnnual(m);
        if (!r.ok) throw new Error('expected ok');
        expect(r.value.rate).toBeGreaterThanOrEqual(0);
        expect(r.value.rate).toBeLessThanOrEqual(1);
        expect(r.value.rate).toBeLessThanOrEqual(r.value.naive + 1e-12);
        expect(r.value.rate).toBeGreaterThanOrEqual(m - 1e-12);
      }),
    );
  });
});
