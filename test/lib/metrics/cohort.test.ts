import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortRetention, expectedLifetime } from '../../../src/lib/metrics/cohort';

describe('expectedLifetime', () => {
  it.each([
    [0.05, 20],
    [0.5, 2],
    [1, 1],
    [0.03, 33.333333333333],
  ])('churn %s → %s periods', (churn, lifetime) => {
    expect(expectedLifetime({ churn })).toEqual({ ok: true, value: { lifetime, churn } });
  });

  it('needs churn in (0, 1]', () => {
    expect(expectedLifetime({ churn: 0 })).toEqual({ ok: false, errors: [{ field: 'churn', message: '流失率必须大于 0' }] });
    expect(expectedLifetime({ churn: 1.5 })).toMatchObject({ errors: [{ message: '流失率不能大于 100%' }] });
    expect(expectedLifetime({ churn: NaN })).toMatchObject({ ok: false });
  });
});

describe('cohortRetention', () => {
  it('builds the curve: 1000 → 800, 700, 640', () => {
    const r = cohortRetention({ size: 1000, survivors: [800, 700, 640] });
    expect(r).toEqual({
      ok: true,
      value: {
        size: 1000,
        curve: [
          { period: 1, survivors: 800, retention: 0.8, periodRetention: 0.8, lost: 200 },
          { period: 2, survivors: 700, retention: 0.7, periodRetention: 0.875, lost: 100 },
          { period: 3, survivors: 640, retention: 0.64, periodRetention: 0.91428571428571, lost: 60 },
        ],
        finalRetention: 0.64,
        averageChurn: Number((1 - 0.64 ** (1 / 3)).toPrecision(14)),
        expectedLifetime: Number((1 / (1 - 0.64 ** (1 / 3))).toPrecision(14)),
      },
    });
  });

  it('constant churn: 100 → 90 → 81 gives 10 % a period and 10 periods lifetime', () => {
    expect(cohortRetention({ size: 100, survivors: [90, 81] })).toMatchObject({
      ok: true,
      value: { averageChurn: 0.1, expectedLifetime: 10 },
    });
  });

  it('edge cases: nobody leaves (no finite lifetime), everybody leaves', () => {
    expect(cohortRetention({ size: 10, survivors: [10, 10] })).toMatchObject({ value: { averageChurn: 0, expectedLifetime: null } });
    const all = cohortRetention({ size: 10, survivors: [0, 0] });
    expect(all).toMatchObject({ value: { averageChurn: 1, expectedLifetime: 1, finalRetention: 0 } });
    expect(all.ok && all.value.curve[1]?.periodRetention).toBe(1);
  });

  it('error paths', () => {
    expect(cohortRetention({ size: 0, survivors: [] })).toEqual({
      ok: false,
      errors: [
        { field: 'size', message: '同期群初始人数必须大于 0' },
        { field: 'survivors', message: '至少需要一期的留存人数' },
      ],
    });
    expect(cohortRetention({ size: 100, survivors: [101] })).toEqual({
      ok: false,
      errors: [{ field: 'survivors.0', message: '第 1 期留存人数不能多于同期群初始人数' }],
    });
    expect(cohortRetention({ size: 100, survivors: [80, 85, 2.5, -1] })).toEqual({
      ok: false,
      errors: [
        { field: 'survivors.1', message: '第 2 期留存人数不能多于上一期' },
        { field: 'survivors.2', message: '第 3 期留存人数必须是整数' },
        { field: 'survivors.3', message: '第 4 期留存人数不能为负数' },
      ],
    });
    expect(cohortRetention({ size: 100, survivors: 'x' as never })).toMatchObject({ errors: [{ field: 'survivors' }] });
  });

  it('retention is non-increasing and within [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 24 }), (size, keeps) => {
        let n = size;
        const survivors = keeps.map((k) => (n = Math.floor(n * k)));
        const r = cohortRetention({ size, survivors });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        let prev = 1;
        for (const p of r.value.curve) {
          expect(p.retention).toBeLessThanOrEqual(prev);
          expect(p.retention).toBeGreaterThanOrEqual(0);
          prev = p.retention;
        }
        expect(r.value.averageChurn >= 0 && r.value.averageChurn <= 1).toBe(true);
      }),
    );
  });
});
