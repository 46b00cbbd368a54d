import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { replacementCost, replacementCostBreakdown } from '../../../src/lib/metrics/replacement-cost';

describe('replacementCost', () => {
  it('default multiplier 1.5: salary 120,000 × 10 leavers → 1,800,000', () => {
    expect(replacementCost({ salary: 120000, leavers: 10 })).toEqual({
      ok: true,
      value: { multiplier: 1.5, perLeaver: 180000, total: 1800000 },
    });
  });

  it.each([
    [{ salary: 200000, leavers: 1, multiplier: 5 }, 1000000],
    [{ salary: 80000, leavers: 0 }, 0],
    [{ salary: 0, leavers: 3 }, 0],
    [{ salary: 100000, leavers: 3, multiplier: 0.5 }, 150000],
  ])('%o → %s', (input, total) => {
    expect(replacementCost(input)).toMatchObject({ ok: true, value: { total } });
  });

  it('error paths', () => {
    expect(replacementCost({ salary: -1, leavers: 1.5, multiplier: NaN })).toEqual({
      ok: false,
      errors: [
        { field: 'salary', message: '年薪不能为负数' },
        { field: 'leavers', message: '离职人数必须是整数' },
        { field: 'multiplier', message: '成本倍数必须是有限的数字' },
      ],
    });
  });

  it('total grows with leavers and never is NaN (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.nat(10000), (salary, leavers) => {
        const a = replacementCost({ salary, leavers });
        const b = replacementCost({ salary, leavers: leavers + 1 });
        if (!a.ok || !b.ok) throw new Error('expected ok');
        expect(b.value.total).toBeGreaterThanOrEqual(a.value.total);
      }),
    );
    const valid = fc.record({ salary: fc.double({ min: 0, max: 1e9, noNaN: true }), leavers: fc.nat(1e6), multiplier: fc.double({ min: 0, max: 10, noNaN: true }) });
    assertNeverNaN(validOrAny(valid, fc.record({ salary: fc.double(), leavers: fc.double(), multiplier: fc.double() })), replacementCost);
  });
});

describe('replacementCostBreakdown', () => {
  it('recruiting + training + ramp-up loss', () => {
    // 120,000 / 12 × 6 months × 50 % = 30,000; + 20,000 + 10,000 = 60,000 (0.5 × salary)
    expect(replacementCostBreakdown({ salary: 120000, leavers: 2, recruiting: 20000, training: 10000, rampUpMonths: 6 })).toEqual({
      ok: true,
      value: { recruiting: 20000, training: 10000, rampUp: 30000, productivityLoss: 0.5, perLeaver: 60000, total: 120000, impliedMultiplier: 0.5 },
    });
  });

  it('high-potential ramp-up of 18 months at 100 % loss', () => {
    expect(
      replacementCostBreakdown({ salary: 240000, leavers: 1, recruiting: 40000, training: 20000, rampUpMonths: 18, productivityLoss: 1 }),
    ).toMatchObject({ value: { rampUp: 360000, perLeaver: 420000, impliedMultiplier: 1.75 } });
  });

  it('zero salary gives multiplier 0', () => {
    expect(replacementCostBreakdown({ salary: 0, leavers: 1, recruiting: 100, training: 0, rampUpMonths: 3 })).toMatchObject({
      value: { perLeaver: 100, impliedMultiplier: 0 },
    });
  });

  it('error paths', () => {
    expect(
      replacementCostBreakdown({ salary: 1, leavers: -1, recruiting: -5, training: Infinity, rampUpMonths: -1, productivityLoss: 2 }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'leavers', message: '离职人数不能为负数' },
        { field: 'recruiting', message: '招聘成本不能为负数' },
        { field: 'training', message: '培训成本必须是有限的数字' },
        { field: 'rampUpMonths', message: '适应期月数不能为负数' },
        { field: 'productivityLoss', message: '适应期生产力损失比例不能大于 100%' },
      ],
    });
  });
});
