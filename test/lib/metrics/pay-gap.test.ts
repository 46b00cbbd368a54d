import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { payGap, payStatus } from '../../../src/lib/metrics/pay-gap';

describe('payStatus', () => {
  it('warning beyond 15 % below, danger beyond 20 % below', () => {
    expect(payStatus(0.1)).toBe('competitive');
    expect(payStatus(0)).toBe('competitive');
    // Below the median but inside the warning line: acceptable, not “competitive” (review #14).
    expect(payStatus(-0.01)).toBe('acceptable');
    expect(payStatus(-0.15)).toBe('acceptable');
    expect(payStatus(-0.16)).toBe('warning');
    expect(payStatus(-0.2)).toBe('warning');
    expect(payStatus(-0.21)).toBe('danger');
    expect(payStatus(-0.11, 0.1, 0.3)).toBe('warning');
  });
});

describe('payGap', () => {
  it('gap per level, statuses and counts', () => {
    const r = payGap({
      levels: [
        { label: '初级', ours: 8.5, market: 10 },
        { label: '中级', ours: 16, market: 20 },
        { label: '高级', ours: 33, market: 30 },
        { label: '专家', ours: 40, market: 48 },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        worst: 'warning',
        warningCount: 2,
        dangerCount: 0,
        targetPercentile: 50,
        levels: [
          { label: '初级', gap: -0.15, gapAmount: -1.5, status: 'acceptable', target: 10, targetGap: -0.15, percentile: null },
          { label: '中级', gap: -0.2, status: 'warning' },
          { label: '高级', gap: 0.1, status: 'competitive' },
          { label: '专家', gap: -0.16666666666667, status: 'warning' },
        ],
      },
    });
  });

  it('the worst status over levels: acceptable below competitive', () => {
    expect(payGap({ levels: [{ label: 'A', ours: 11, market: 10 }, { label: 'B', ours: 9, market: 10 }] })).toMatchObject({ value: { worst: 'acceptable' } });
    expect(payGap({ levels: [{ label: 'A', ours: 11, market: 10 }] })).toMatchObject({ value: { worst: 'competitive' } });
  });

  it('danger is the worst status', () => {
    expect(payGap({ levels: [{ label: 'A', ours: 7, market: 10 }] })).toMatchObject({
      value: { worst: 'danger', dangerCount: 1, levels: [{ status: 'danger', gap: -0.3 }] },
    });
  });

  it('positions pay between survey percentiles and against the P75 target', () => {
    const r = payGap({
      levels: [
        { label: '关键岗位', ours: 22, market: 20, p25: 16, p75: 24, p90: 30 },
        { label: '低于P25', ours: 12, market: 20, p25: 16 },
        { label: '高于P90', ours: 40, market: 20, p75: 24, p90: 30 },
        { label: '无P75', ours: 20, market: 20 },
      ],
      targetPercentile: 75,
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        targetPercentile: 75,
        levels: [
          { percentile: 62.5, percentileClamped: false, target: 24, targetGap: -0.083333333333333 },
          { percentile: 25, percentileClamped: true, target: null, targetGap: null },
          { percentile: 90, percentileClamped: true, target: 24 },
          { percentile: null, percentileClamped: false },
        ],
      },
    });
  });

  it('percentile at a survey point and between P75 and P90', () => {
    const r = payGap({ levels: [{ label: 'A', ours: 16, market: 20, p25: 16, p75: 24, p90: 30 }, { label: 'B', ours: 27, market: 20, p75: 24, p90: 30 }] });
    expect(r).toMatchObject({ value: { levels: [{ percentile: 25, percentileClamped: false }, { percentile: 82.5 }] } });
  });

  it('custom thresholds', () => {
    expect(payGap({ levels: [{ label: 'A', ours: 9, market: 10 }], warningAt: 0.05, dangerAt: 0.08 })).toMatchObject({
      value: { worst: 'danger' },
    });
  });

  it('error paths', () => {
    expect(payGap({ levels: [] })).toEqual({ ok: false, errors: [{ field: 'levels', message: '至少需要一个职级' }] });
    expect(
      payGap({
        levels: [
          { label: '', ours: -1, market: 0 },
          { label: 'B', ours: 10, market: 20, p25: 25, p75: 18, p90: NaN },
        ],
        targetPercentile: 60 as never,
        warningAt: 0.3,
        dangerAt: 0.2,
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'targetPercentile', message: '目标分位必须是 P25、P50、P75 或 P90' },
        { field: 'dangerAt', message: '危险阈值必须大于预警阈值' },
        { field: 'levels.0.label', message: '第 1 个职级的名称为必填项' },
        { field: 'levels.0.ours', message: '第 1 个职级的本企业薪酬不能为负数' },
        { field: 'levels.0.market', message: '第 1 个职级的市场中位数必须大于 0' },
        { field: 'levels.1.market', message: 'B的市场中位数不能低于B的市场 P25' },
        { field: 'levels.1.p75', message: 'B的市场 P75 不能低于B的市场 P25' },
        { field: 'levels.1.p90', message: 'B的市场 P90 必须是有限的数字' },
      ],
    });
    expect(payGap({ levels: [{ label: 'A', ours: 1, market: 1 }], warningAt: 2 })).toMatchObject({
      errors: [{ field: 'warningAt', message: '预警阈值不能大于 100%' }],
    });
  });

  it('status follows the gap, no NaN (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (ours, market) => {
        const r = payGap({ levels: [{ label: 'L', ours, market }] });
        if (!r.ok) throw new Error('expected ok');
        const level = r.value.levels[0];
        expect(level && Number.isFinite(level.gap)).toBe(true);
        expect(level && level.gap >= -1).toBe(true);
        if (level && level.gap >= 0) expect(level.status).toBe('competitive');
        if (level && level.gap < 0 && level.gap > -0.15) expect(level.status).toBe('acceptable');
        if (level && level.gap < -0.2 - 1e-9) expect(level.status).toBe('danger');
      }),
    );
  });
});
