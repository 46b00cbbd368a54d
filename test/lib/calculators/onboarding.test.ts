import { describe, expect, it } from 'vitest';
import { onboardingPlan, weekday, weekdayName } from '../../../src/lib/calculators/onboarding';

describe('onboardingPlan', () => {
  it('lays out the seed-001 check points for a Monday start and a three-month probation', () => {
    const r = onboardingPlan({ start: '2026-03-02', probationMonths: 3 });
    if (!r.ok) throw new Error('expected a plan');
    expect(r.value.checkpoints.map((c) => [c.id, c.due, c.moved])).toEqual([
      ['before-day-one', '2026-02-25', false],
      ['day-one', '2026-03-02', false],
      ['week-1', '2026-03-09', false],
      ['month-1', '2026-04-02', false],
      ['month-2', '2026-05-04', true], // 2 May 2026 is a Saturday
      ['probation-review', '2026-06-02', false],
    ]);
    expect(r.value.firstWeek).toBe('2026-03-09');
    expect(r.value.review).toBe('2026-06-02');
    expect(r.value.checkpoints[0]!.focus).toContain('守护人');
  });

  it('clamps month ends and moves Sundays to Monday', () => {
    const r = onboardingPlan({ start: '2026-01-31', probationMonths: 1 });
    if (!r.ok) throw new Error('expected a plan');
    // 31 Jan + 1 month = 28 Feb 2026 (a Saturday) → Monday 2 March.
    expect(r.value.review).toBe('2026-03-02');
    expect(r.value.checkpoints.map((c) => c.id)).toEqual(['before-day-one', 'day-one', 'week-1', 'probation-review']);
    const sunday = onboardingPlan({ start: '2026-03-01', probationMonths: 6 });
    if (!sunday.ok) throw new Error('expected a plan');
    expect(sunday.value.checkpoints.find((c) => c.id === 'day-one')).toMatchObject({ due: '2026-03-02', moved: true });
    expect(sunday.value.checkpoints.filter((c) => c.id.startsWith('month-'))).toHaveLength(5);
  });

  it('rejects bad dates and probation lengths with Chinese messages', () => {
    expect(onboardingPlan({ start: '2026-02-30', probationMonths: 3 })).toEqual({
      ok: false,
      errors: [{ field: 'start', message: '入职日期必须是有效日期（格式：YYYY-MM-DD）' }],
    });
    for (const m of [0, 7, 2.5, Number.NaN]) {
      const r = onboardingPlan({ start: '2026-03-02', probationMonths: m });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.field).toBe('probation');
    }
  });

  it('refuses a start whose plan would leave the calendar (years 1–9999) instead of showing “—”', () => {
    for (const start of ['9999-12-31', '9999-11-15', '0001-01-03']) {
      const r = onboardingPlan({ start, probationMonths: 3 });
      expect(r, start).toEqual({ ok: false, errors: [{ field: 'start', message: '入职日期太靠近可计算范围的边界：由它推算的检查点会超出公元 1 年到 9999 年' }] });
    }
    // The last start that still fits: review 9999-09-29 (a Wednesday), 5 days before 0001-01-06.
    expect(onboardingPlan({ start: '9999-06-29', probationMonths: 3 }).ok).toBe(true);
    expect(onboardingPlan({ start: '0001-01-06', probationMonths: 3 }).ok).toBe(true);
  });

  it('knows the weekday of a date', () => {
    expect(weekday({ y: 1970, m: 1, d: 1 })).toBe(4);
    expect(weekday({ y: 1969, m: 12, d: 28 })).toBe(0);
    expect(weekdayName('2026-03-02')).toBe('星期一');
    expect(weekdayName('nope')).toBe('');
  });
});
