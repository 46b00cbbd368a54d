import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { customerLifetimeValue } from '../../../src/lib/metrics/clv';

describe('customerLifetimeValue', () => {
  it('worked check: ARPU 200, margin 60 %, churn 5 %, discount 10 % → simple 2400, discounted 760', () => {
    expect(customerLifetimeValue({ arpu: 200, grossMargin: 0.6, churn: 0.05, discountRate: 0.1 })).toEqual({
      ok: true,
      value: { margin: 120, retention: 0.95, lifetime: 20, simple: 2400, discounted: 760 },
    });
  });

  it('CLV / CAC uses the discounted value when there is one', () => {
    expect(customerLifetimeValue({ arpu: 200, grossMargin: 0.6, churn: 0.05, discountRate: 0.1, cac: 190 })).toMatchObject({
      value: { clvToCac: 4, clvToCacBasis: 'discounted' },
    });
    expect(customerLifetimeValue({ arpu: 200, grossMargin: 0.6, churn: 0.05, cac: 800 })).toMatchObject({
      value: { simple: 2400, clvToCac: 3, clvToCacBasis: 'simple' },
    });
  });

  it('edge cases: churn 100 %, zero margin, zero discount, slightly negative discount', () => {
    expect(customerLifetimeValue({ arpu: 100, grossMargin: 0.5, churn: 1, discountRate: 0 })).toEqual({
      ok: true,
      value: { margin: 50, retention: 0, lifetime: 1, simple: 50, discounted: 0 },
    });
    expect(customerLifetimeValue({ arpu: 100, grossMargin: 0, churn: 0.1 })).toMatchObject({ value: { simple: 0 } });
    // d = 0: m·r / churn = simple × r (margins at period end).
    expect(customerLifetimeValue({ arpu: 100, grossMargin: 1, churn: 0.2, discountRate: 0 })).toMatchObject({
      value: { simple: 500, discounted: 400 },
    });
    expect(customerLifetimeValue({ arpu: 100, grossMargin: 1, churn: 0.2, discountRate: -0.1 })).toMatchObject({
      value: { discounted: 800 },
    });
  });

  it('error paths', () => {
    expect(customerLifetimeValue({ arpu: -1, grossMargin: 1.2, churn: 0 })).toEqual({
      ok: false,
      errors: [
        { field: 'arpu', message: '每客户平均收入（ARPU）不能为负数' },
        { field: 'grossMargin', message: '毛利率不能大于 100%' },
        { field: 'churn', message: '流失率必须大于 0' },
      ],
    });
    expect(customerLifetimeValue({ arpu: 1, grossMargin: 0.5, churn: 0.1, discountRate: -1 })).toMatchObject({
      errors: [{ field: 'discountRate', message: '贴现率必须大于 -1' }],
    });
    expect(customerLifetimeValue({ arpu: 1, grossMargin: 0.5, churn: 0.1, discountRate: -0.5 })).toMatchObject({
      errors: [{ field: 'discountRate', message: '贴现率与流失率之和必须大于 0（即 1 + d − r > 0）' }],
    });
    expect(customerLifetimeValue({ arpu: 1, grossMargin: 0.5, churn: 0.1, cac: 0 })).toMatchObject({
      errors: [{ field: 'cac', message: '获客成本（CAC）必须大于 0' }],
    });
    expect(customerLifetimeValue({ arpu: 1, grossMargin: 0.5, churn: 1.1 })).toMatchObject({
      errors: [{ field: 'churn', message: '流失率不能大于 100%' }],
    });
  });

  it('reports overflow instead of Infinity', () => {
    expect(customerLifetimeValue({ arpu: 1e308, grossMargin: 1, churn: 1e-10 })).toMatchObject({ ok: false, errors: [{ field: 'arpu' }] });
  });

  it('discounted ≤ simple for d ≥ 0, and both ≥ 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (arpu, grossMargin, churn, discountRate) => {
          const r = customerLifetimeValue({ arpu, grossMargin, churn, discountRate });
          if (!r.ok) throw new Error('expected ok');
          expect(r.value.simple).toBeGreaterThanOrEqual(0);
          expect(r.value.discounted ?? 0).toBeGreaterThanOrEqual(0);
          expect(r.value.discounted ?? 0).toBeLessThanOrEqual(r.value.simple * (1 + 1e-12));
        },
      ),
    );
  });

  it('no NaN or Infinity for any numbers (property)', () => {
    const valid = fc.record({
      arpu: fc.double({ min: 0, max: 1e9, noNaN: true }),
      grossMargin: fc.double({ min: 0, max: 1, noNaN: true }),
      churn: fc.double({ min: 1e-6, max: 1, noNaN: true }),
      discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
      cac: fc.double({ min: 0.01, max: 1e9, noNaN: true }),
    });
    const any = fc.record({ arpu: fc.double(), grossMargin: fc.double(), churn: fc.double(), discountRate: fc.double(), cac: fc.double() });
    assertNeverNaN(validOrAny(valid, any), customerLifetimeValue);
  });
});
