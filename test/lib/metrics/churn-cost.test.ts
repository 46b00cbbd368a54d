import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { churnCost } from '../../../src/lib/metrics/churn-cost';

describe('churnCost: two alternative bills, never a sum', () => {
  it('the module example: 40 customers, 6,000 元 margin, 300 元 retention, k = 5, 3 months to replace', () => {
    // Forgo: 40 × 6,000 = 240,000 a year. Replace: 40 × 300 × 5 = 60,000 to win 40 new ones,
    // plus 40 × 6,000 × 3/12 = 60,000 of margin missed until they earn it: 120,000.
    // The lower bill is replacing (120,000); keeping them would have cost 40 × 300 = 12,000.
    expect(churnCost({ lost: 40, annualValue: 6000, retainCost: 300, acquisitionMultiple: 5, monthsToReplace: 3 })).toEqual({
      ok: true,
      value: {
        lostValue: 240000,
        acquisitionCost: 1500,
        acquisitionTotal: 60000,
        gapValue: 60000,
        replacementCost: 120000,
        total: 120000,
        cheaper: 'replace',
        retainingCost: 12000,
        acquisitionMultiple: 5,
        monthsToReplace: 3,
      },
    });
  });

  it.each([
    // Without a retention cost only the first bill is known.
    [{ lost: 10, annualValue: 1000 }, 10000, null, null],
    // k = 25: 10 × 100 × 25 = 25,000 > 10,000 lost: not replacing is the lower bill.
    [{ lost: 10, annualValue: 1000, retainCost: 100, acquisitionMultiple: 25 }, 10000, 25000, 'forgo'],
    // 12 months to replace: 10 × 1,000 × 12/12 = 10,000 missed + 10 × 100 × 5 = 5,000 → 15,000.
    [{ lost: 10, annualValue: 1000, retainCost: 100, monthsToReplace: 12 }, 10000, 15000, 'forgo'],
    [{ lost: 0, annualValue: 1000, retainCost: 100 }, 0, 0, 'forgo'],
    [{ lost: 3, annualValue: 0, retainCost: 100, acquisitionMultiple: 1 }, 0, 300, 'forgo'],
  ])('%o → total %s, replacement %s, cheaper %s', (input, total, replacement, cheaper) => {
    expect(churnCost(input)).toMatchObject({ ok: true, value: { total, replacementCost: replacement, cheaper } });
  });

  it('error paths', () => {
    expect(churnCost({ lost: 2.5, annualValue: -1, retainCost: NaN, acquisitionMultiple: 0.5, monthsToReplace: -1 })).toEqual({
      ok: false,
      errors: [
        { field: 'lost', message: '流失客户数必须是整数' },
        { field: 'annualValue', message: '每客户年毛利不能为负数' },
        { field: 'retainCost', message: '每客户保留成本必须是有限的数字' },
        { field: 'acquisitionMultiple', message: '获客成本倍数不能小于 1' },
        { field: 'monthsToReplace', message: '补回前的空档期不能为负数' },
      ],
    });
  });

  it('total is the lower bill and never the sum (property)', () => {
    fc.assert(
      fc.property(fc.nat(10000), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e5 }), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 24 }), (lost, value, retain, k, months) => {
        const r = churnCost({ lost, annualValue: value, retainCost: retain, acquisitionMultiple: k, monthsToReplace: months });
        expect(r.ok).toBe(true);
        if (!r.ok || r.value.replacementCost === null) return;
        expect(r.value.total).toBeLessThanOrEqual(r.value.lostValue);
        expect(r.value.total).toBeLessThanOrEqual(r.value.replacementCost);
        expect([r.value.lostValue, r.value.replacementCost]).toContain(r.value.total);
      }),
    );
  });

  it('no NaN for any numbers (property)', () => {
    const valid = fc.record({
      lost: fc.nat(1e9),
      annualValue: fc.double({ min: 0, max: 1e9, noNaN: true }),
      retainCost: fc.double({ min: 0, max: 1e9, noNaN: true }),
      acquisitionMultiple: fc.double({ min: 1, max: 100, noNaN: true }),
      monthsToReplace: fc.double({ min: 0, max: 120, noNaN: true }),
    });
    const any = fc.record({ lost: fc.double(), annualValue: fc.double(), retainCost: fc.double(), acquisitionMultiple: fc.double(), monthsToReplace: fc.double() });
    assertNeverNaN(validOrAny(valid, any), churnCost);
  });
});
