import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { customerRetentionRate, employeeRetentionRate, retentionRate } from '../../../src/lib/metrics/retention';

describe('retentionRate', () => {
  it('worked check: start 1000, end 1050, new 200 → 85 %', () => {
    expect(customerRetentionRate({ start: 1000, end: 1050, added: 200 })).toEqual({
      ok: true,
      value: { rate: 0.85, retained: 850, lost: 150, churnRate: 0.15 },
    });
  });

  it.each([
    [{ start: 500, end: 480, added: 30 }, 0.9, 450, 50],
    [{ start: 100, end: 100, added: 0 }, 1, 100, 0],
    [{ start: 80, end: 20, added: 20 }, 0, 0, 80],
    [{ start: 3, end: 3, added: 2 }, 1 / 3, 1, 2],
  ])('%o', (input, rate, retained, lost) => {
    const r = employeeRetentionRate(input);
    expect(r.ok && r.value.rate).toBeCloseTo(rate, 12);
    expect(r.ok && [r.value.retained, r.value.lost]).toEqual([retained, lost]);
  });

  it('names the subject in messages', () => {
    expect(customerRetentionRate({ start: 0, end: 10, added: 0 })).toEqual({
      ok: false,
      errors: [{ field: 'start', message: '期初客户数必须大于 0' }],
    });
    expect(employeeRetentionRate({ start: 0, end: 10, added: 0 })).toMatchObject({
      errors: [{ field: 'start', message: '期初员工数必须大于 0' }],
    });
    expect(retentionRate({ start: 10, end: 10, added: 1.5 }, 'employee')).toMatchObject({
      errors: [{ field: 'added', message: '新入职员工数必须是整数' }],
    });
  });

  it('rejects bad numbers', () => {
    const r = customerRetentionRate({ start: -1, end: NaN, added: Infinity });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'start', message: '期初客户数必须大于 0' },
        { field: 'end', message: '期末客户数必须是有限的数字' },
        { field: 'added', message: '新增客户数必须是有限的数字' },
      ],
    });
    expect(customerRetentionRate({} as never)).toMatchObject({
      errors: [{ field: 'start', message: '期初客户数为必填项' }, { field: 'end' }, { field: 'added' }],
    });
  });

  it('checks consistency: new ≤ end and survivors ≤ start', () => {
    expect(customerRetentionRate({ start: 100, end: 50, added: 60 })).toEqual({
      ok: false,
      errors: [{ field: 'added', message: '新增客户数不能大于期末客户数' }],
    });
    expect(customerRetentionRate({ start: 100, end: 150, added: 20 })).toEqual({
      ok: false,
      errors: [{ field: 'end', message: '期末客户数减去新增客户数（留下的 130）不能大于期初客户数' }],
    });
  });

  it('stays in [0, 1] for consistent counts, and retention + churn = 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e7 }), (start, keep, added) => {
        const retained = Math.floor(start * keep);
        const r = customerRetentionRate({ start, end: retained + added, added });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.rate).toBeGreaterThanOrEqual(0);
          expect(r.value.rate).toBeLessThanOrEqual(1);
          expect(r.value.rate + r.value.churnRate).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it('never returns NaN or throws for any numbers (property)', () => {
    const valid = fc
      .tuple(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e9 }))
      .map(([start, keep, added]) => ({ start, end: Math.floor(start * keep) + added, added }));
    assertNeverNaN(validOrAny(valid, fc.record({ start: fc.double(), end: fc.double(), added: fc.double() })), customerRetentionRate);
  });
});
