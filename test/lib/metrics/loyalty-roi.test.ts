import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loyaltyRoi } from '../../../src/lib/metrics/loyalty-roi';

describe('loyaltyRoi', () => {
  it('relative uplift: 10,000 members, 70 % → 80.5 %, ¥500 each, cost ¥300,000', () => {
    // extra = 10,000 × 0.105 = 1,050; value = 525,000; net = 225,000; ROI = 75 %; multiple 1.75
    expect(loyaltyRoi({ members: 10000, baselineRetention: 0.7, uplift: 0.15, valuePerRetained: 500, programCost: 300000 })).toEqual({
      ok: true,
      value: {
        upliftKind: 'relative',
        upliftedRetention: 0.805,
        baselineRetained: 7000,
        upliftedRetained: 8050,
        extraRetained: 1050,
        value: 525000,
        net: 225000,
        roi: 0.75,
        multiple: 1.75,
      },
    });
  });

  it('percentage-point uplift', () => {
    expect(
      loyaltyRoi({ members: 1000, baselineRetention: 0.6, uplift: 0.2, upliftKind: 'points', valuePerRetained: 100, programCost: 40000 }),
    ).toMatchObject({ value: { upliftedRetention: 0.8, extraRetained: 200, value: 20000, net: -20000, roi: -0.5, multiple: 0.5 } });
  });

  it('edge cases: no uplift, uplift reaching exactly 100 %', () => {
    expect(loyaltyRoi({ members: 100, baselineRetention: 0.5, uplift: 0, valuePerRetained: 10, programCost: 100 })).toMatchObject({
      value: { extraRetained: 0, roi: -1, multiple: 0 },
    });
    expect(loyaltyRoi({ members: 100, baselineRetention: 0.8, uplift: 0.25, valuePerRetained: 10, programCost: 100 })).toMatchObject({
      value: { upliftedRetention: 1, extraRetained: 20 },
    });
  });

  it('error paths', () => {
    expect(loyaltyRoi({ members: 1.5, baselineRetention: 2, uplift: -0.1, upliftKind: 'x' as never, valuePerRetained: -1, programCost: 0 })).toEqual({
      ok: false,
      errors: [
        { field: 'members', message: '会员数必须是整数' },
        { field: 'baselineRetention', message: '基准保留率不能大于 100%' },
        { field: 'uplift', message: '保留率提升不能为负数' },
        { field: 'upliftKind', message: '提升口径必须是“相对提升”或“百分点”' },
        { field: 'valuePerRetained', message: '每位多保留客户的价值不能为负数' },
        { field: 'programCost', message: '计划成本必须大于 0' },
      ],
    });
    expect(loyaltyRoi({ members: 1, baselineRetention: 0.9, uplift: 0.2, valuePerRetained: 1, programCost: 1 })).toMatchObject({
      errors: [{ field: 'uplift', message: '提升后的保留率不能超过 100%' }],
    });
    expect(loyaltyRoi({ members: 1, baselineRetention: 0.9, uplift: 0.2, upliftKind: 'points', valuePerRetained: 1, programCost: 1 })).toMatchObject({
      ok: false,
    });
  });

  it('ROI = multiple − 1, no NaN (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(1e6),
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 0.25, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e8, noNaN: true }),
        (members, baselineRetention, uplift, valuePerRetained, programCost) => {
          const r = loyaltyRoi({ members, baselineRetention, uplift, valuePerRetained, programCost });
          if (!r.ok) throw new Error('expected ok');
          expect(r.value.roi).toBeCloseTo(r.value.multiple - 1, 6);
          expect(r.value.upliftedRetention).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
