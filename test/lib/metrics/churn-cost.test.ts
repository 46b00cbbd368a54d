import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { churnCost } from '../../../src/lib/metrics/churn-cost';

describe('churnCost', () => {
  it('lost value plus replacement at k × retaining cost', () => {
    // 50 × 12,000 = 600,000 lost; 50 × 500 × 5 = 125,000 to win 50 back; 100,000 more than keeping.
    expect(churnCost({ lost: 50, annualValue: 12000, retainCost: 500 })).toEqual({
      ok: true,
      value: {
        lostValue: 600000,
        acquisitionCost: 2500,
        replacementCost: 125000,
        extraOverRetaining: 100000,
        total: 725000,
        acquisitionMultiple: 5,
      },
    });
  });

  it.each([
    [{ lost: 10, annualValue: 1000 }, 10000, 0],
    [{ lost: 10, annualValue: 1000, retainCost: 100, acquisitionMultiple: 25 }, 35000, 25000],
    [{ lost: 0, annualValue: 1000, retainCost: 100 }, 0, 0],
    [{ lost: 3, annualValue: 0, retainCost: 100, acquisitionMultiple: 1 }, 300, 300],
  ])('%o → total %s', (input, total, replacement) => {
    expect(churnCost(input)).toMatchObject({ ok: true, value: { total, replacementCost: replacement } });
  });

  it('error paths', () => {
    expect(churnCost({ lost: 2.5, annualValue: -1, retainCost: NaN, acquisitionMultiple: 0.5 })).toEqual({
      ok: false,
      errors: [
        { field: 'lost', message: '流失客户数必须是整数' },
        { field: 'annualValue', message: '每客户年价值不能为负数' },
        { field: 'retainCost', message: '每客户保留成本必须是有限的数字' },
        { field: 'acquisitionMultiple', message: '获客/保留成本倍数不能小于 1' },
      ],
    });
  });

  it('no NaN for any numbers (property)', () => {
    const valid = fc.record({
      lost: fc.nat(1e9),
      annualValue: fc.double({ min: 0, max: 1e9, noNaN: true }),
      retainCost: fc.double({ min: 0, max: 1e9, noNaN: true }),
      acquisitionMultiple: fc.double({ min: 1, max: 100, noNaN: true }),
    });
    const any = fc.record({ lost: fc.double(), annualValue: fc.double(), retainCost: fc.double(), acquisitionMultiple: fc.double() });
    assertNeverNaN(validOrAny(valid, any), churnCost);
  });
});
