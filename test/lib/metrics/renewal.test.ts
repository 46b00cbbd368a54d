import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renewalSchedule, renewalWindow } from '../../../src/lib/metrics/renewal';

describe('renewalWindow', () => {
  it('window from 6 to 3 calendar months before the end', () => {
    expect(renewalWindow({ end: '2026-12-31', asOf: '2026-05-01' })).toEqual({
      ok: true,
      value: {
        end: '2026-12-31',
        asOf: '2026-05-01',
        windowOpens: '2026-06-30',
        windowCloses: '2026-09-30',
        status: 'upcoming',
        daysToEnd: 244,
        daysToWindowOpens: 60,
        daysToWindowCloses: 152,
      },
    });
  });

  it.each([
    ['2026-06-29', 'upcoming'],
    ['2026-06-30', 'open'],
    ['2026-09-30', 'open'],
    ['2026-10-01', 'overdue'],
    ['2026-12-31', 'overdue'],
    ['2027-01-01', 'expired'],
  ])('as of %s → %s', (asOf, status) => {
    expect(renewalWindow({ end: '2026-12-31', asOf })).toMatchObject({ ok: true, value: { status } });
  });

  it('clamps to month ends and accepts {y, m, d}', () => {
    expect(renewalWindow({ end: { y: 2024, m: 8, d: 31 }, asOf: '2024-03-01' })).toMatchObject({
      value: { windowOpens: '2024-02-29', windowCloses: '2024-05-31', status: 'open' },
    });
    expect(renewalWindow({ end: '2026-05-31', asOf: '2026-01-01', opensMonthsBefore: 3, closesMonthsBefore: 1 })).toMatchObject({
      value: { windowOpens: '2026-02-28', windowCloses: '2026-04-30', status: 'upcoming' },
    });
  });

  it('error paths', () => {
    expect(renewalWindow({ end: '2026-02-30', asOf: 'today' })).toEqual({
      ok: false,
      errors: [
        { field: 'end', message: '合同到期日必须是有效日期（格式：YYYY-MM-DD）' },
        { field: 'asOf', message: '当前日期必须是有效日期（格式：YYYY-MM-DD）' },
      ],
    });
    expect(renewalWindow({ end: '2026-12-31', asOf: '2026-01-01', opensMonthsBefore: 2, closesMonthsBefore: 3 })).toMatchObject({
      errors: [{ field: 'opensMonthsBefore', message: '沟通开始的月数不能少于最晚沟通的月数' }],
    });
    expect(renewalWindow({ end: '2026-12-31', asOf: '2026-01-01', opensMonthsBefore: 1.5 })).toMatchObject({
      errors: [{ field: 'opensMonthsBefore' }],
    });
    expect(renewalWindow({ end: '2026-12-31', asOf: '2026-01-01', closesMonthsBefore: -1 })).toMatchObject({
      errors: [{ field: 'closesMonthsBefore' }],
    });
  });

  it('window opens ≤ closes ≤ end and status is consistent (property)', () => {
    const date = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(date, date, (end, asOf) => {
        const r = renewalWindow({ end, asOf });
        if (!r.ok) throw new Error('expected ok');
        const v = r.value;
        expect(v.windowOpens <= v.windowCloses && v.windowCloses <= v.end).toBe(true);
        expect(v.status === 'expired').toBe(v.daysToEnd < 0);
        expect(v.status === 'upcoming').toBe(v.daysToWindowOpens > 0);
      }),
    );
  });
});

describe('renewalWindow near the start of the calendar', () => {
  it('refuses an end date whose window would open before year 1', () => {
    const r = renewalWindow({ end: '0001-03-01', asOf: '0001-01-01', opensMonthsBefore: 6, closesMonthsBefore: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field: 'end', message: '合同到期日太早：沟通窗口的开始日会早于公元 1 年' });
    expect(renewalWindow({ end: '0001-07-01', asOf: '0001-01-01', opensMonthsBefore: 6, closesMonthsBefore: 3 }).ok).toBe(true);
  });
});

describe('renewalSchedule', () => {
  it('sorts by end date, counts statuses and lists what is overdue', () => {
    const r = renewalSchedule({
      asOf: '2026-03-15',
      contracts: [
        { label: '丙公司', end: '2026-12-01' },
        { label: '甲公司', end: '2026-05-01' },
        { label: '乙公司', end: '2026-08-20' },
        { label: '丁公司', end: '2026-03-01' },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        contracts: [
          { label: '丁公司', status: 'expired' },
          { label: '甲公司', status: 'overdue' },
          { label: '乙公司', status: 'open' },
          { label: '丙公司', status: 'upcoming' },
        ],
        counts: { upcoming: 1, open: 1, overdue: 1, expired: 1 },
        overdue: ['甲公司'],
      },
    });
  });

  it('passes custom months through', () => {
    expect(renewalSchedule({ asOf: '2026-03-15', contracts: [{ label: 'A', end: '2026-05-01' }], opensMonthsBefore: 2, closesMonthsBefore: 1 })).toMatchObject({
      value: { contracts: [{ windowOpens: '2026-03-01', windowCloses: '2026-04-01', status: 'open' }] },
    });
  });

  it('error paths', () => {
    expect(renewalSchedule({ asOf: '2026-03-15', contracts: [] })).toEqual({
      ok: false,
      errors: [{ field: 'contracts', message: '至少需要一份合同' }],
    });
    expect(
      renewalSchedule({ asOf: 'x', contracts: [{ label: '', end: '2026-01-01' }, { label: 'B', end: 'soon' }], closesMonthsBefore: 9 }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'asOf', message: '当前日期必须是有效日期（格式：YYYY-MM-DD）' },
        { field: 'opensMonthsBefore', message: '沟通开始的月数不能少于最晚沟通的月数' },
        { field: 'contracts.0.label', message: '第 1 份合同的名称为必填项' },
        { field: 'contracts.1.end', message: 'B的到期日必须是有效日期（格式：YYYY-MM-DD）' },
      ],
    });
  });
});
