import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { churnRate } from '../../../src/lib/metrics/churn';

describe('churnRate', () => {
  it('worked check: start 1200, lost 90 → 7.5 %', () => {
    expect(churnRate({ start: 1200, lost: 90 })).toEqual({
      ok: true,
      value: { rate: 0.075, base: 1200, denominator: 'start', retentionRate: 0.925 },
    });
  });

  it.each([
    [{ start: 200, lost: 0 }, 0],
    [{ start: 50, lost: 50 }, 1],
    [{ start: 300, lost: 45, end: 280 }, 0.15],
  ])('%o → %s', (input, rate) => {
    expect(churnRate(input)).toMatchObject({ ok: true, value: { rate } });
  });

  it('average headcount denominator: lost / ((start + end) / 2)', () => {
    expect(churnRate({ start: 100, end: 120, lost: 22, denominator: 'average' })).toMatchObject({
      ok: true,
      value: { rate: 0.2, base: 110, denominator: 'average' },
    });
    // Turnover above 100 % is possible when many hires also leave.
    expect(churnRate({ start: 10, end: 10, lost: 15, denominator: 'average' })).toMatchObject({ ok: true, value: { rate: 1.5 } });
    expect(churnRate({ start: 0, end: 4, lost: 1, denominator: 'average' })).toMatchObject({ ok: true, value: { rate: 0.5 } });
  });

  it('splits voluntary and involuntary churn', () => {
    expect(churnRate({ start: 1200, lost: 90, voluntary: 60 })).toMatchObject({
      ok: true,
      value: { split: { voluntary: 60, involuntary: 30, voluntaryRate: 0.05, involuntaryRate: 0.025, voluntaryShare: 0.66666666666667 } },
    });
    expect(churnRate({ start: 1200, lost: 90, involuntary: 30 })).toMatchObject({
      value: { split: { voluntary: 60, involuntary: 30 } },
    });
    expect(churnRate({ start: 100, lost: 10, voluntary: 4, involuntary: 6 })).toMatchObject({
      value: { split: { voluntaryRate: 0.04, involuntaryRate: 0.06, voluntaryShare: 0.4 } },
    });
    expect(churnRate({ start: 100, lost: 0, voluntary: 0 })).toMatchObject({ value: { split: { voluntaryShare: 0 } } });
  });

  it('error paths', () => {
    expect(churnRate({ start: 0, lost: 0 })).toEqual({ ok: false, errors: [{ field: 'start', message: '期初人数必须大于 0' }] });
    expect(churnRate({ start: 100, lost: 101 })).toEqual({ ok: false, errors: [{ field: 'lost', message: '流失人数不能大于期初人数' }] });
    expect(churnRate({ start: 100, lost: 1.5 })).toMatchObject({ errors: [{ field: 'lost', message: '流失人数必须是整数' }] });
    expect(churnRate({ start: 100, lost: 10, denominator: 'average' })).toMatchObject({
      errors: [{ field: 'end', message: '期末人数为必填项' }],
    });
    expect(churnRate({ start: 100, lost: 10, end: 80 })).toMatchObject({
      errors: [{ field: 'end', message: '期末人数不能少于期初人数减去流失人数' }],
    });
    expect(churnRate({ start: 0, end: 0, lost: 0, denominator: 'average' })).toMatchObject({
      errors: [{ field: 'start', message: '期初人数与期末人数不能同时为 0' }],
    });
    expect(churnRate({ start: 100, lost: 10, denominator: 'median' as never })).toMatchObject({
      errors: [{ field: 'denominator' }],
    });
    expect(churnRate({ start: 100, lost: 10, voluntary: 4, involuntary: 5 })).toMatchObject({
      errors: [{ field: 'voluntary', message: '主动流失人数与被动流失人数之和必须等于流失人数' }],
    });
    expect(churnRate({ start: 100, lost: 10, voluntary: 11 })).toMatchObject({
      errors: [{ field: 'voluntary', message: '主动流失人数不能大于流失人数' }],
    });
    expect(churnRate({ start: 100, lost: 10, involuntary: 11 })).toMatchObject({
      errors: [{ field: 'involuntary', message: '被动流失人数不能大于流失人数' }],
    });
    expect(churnRate({ start: 100, lost: 10, voluntary: -1 })).toMatchObject({
      errors: [{ field: 'voluntary', message: '主动流失人数不能为负数' }],
    });
  });

  it('churn ∈ [0, 1] for valid input with the start denominator (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, share) => {
        const lost = Math.floor(start * share);
        const r = churnRate({ start, lost });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.rate >= 0 && r.value.rate <= 1).toBe(true);
      }),
    );
  });

  it('voluntary + involuntary rates add up to the rate (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.nat(), fc.nat(), (start, a, b) => {
        const lost = a % (start + 1);
        const voluntary = b % (lost + 1);
        const r = churnRate({ start, lost, voluntary });
        expect(r.ok).toBe(true);
        if (r.ok && r.value.split) expect(r.value.split.voluntaryRate + r.value.split.involuntaryRate).toBeCloseTo(r.value.rate, 12);
      }),
    );
  });

  it('no NaN for any numbers (property)', () => {
    const denominator = fc.constantFrom('start', 'average') as fc.Arbitrary<'start' | 'average'>;
    const valid = fc
      .tuple(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(1e9), fc.double({ min: 0, max: 1, noNaN: true }), denominator)
      .map(([start, share, added, vol, d]) => {
        const lost = Math.floor(start * share);
        return { start, lost, end: start - lost + added, voluntary: Math.floor(lost * vol), denominator: d };
      });
    const any = fc.record({ start: fc.double(), lost: fc.double(), end: fc.double(), voluntary: fc.double(), denominator });
    assertNeverNaN(validOrAny(valid, any), churnRate);
  });
});
