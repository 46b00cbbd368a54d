import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CUSTOMER_SIGNALS, EMPLOYEE_SIGNALS, SIGNALS } from '../../../src/lib/metrics/signals';
import { DEFAULT_TIER_CUTOFFS, RISK_TIERS, riskTier, riskTierLabel, signalScore } from '../../../src/lib/metrics/signal-score';

describe('signal lists', () => {
  it('hold the seven employee and seven customer signals of seed 001, with stable ids', () => {
    expect(EMPLOYEE_SIGNALS).toHaveLength(7);
    expect(CUSTOMER_SIGNALS).toHaveLength(7);
    expect(SIGNALS.employee).toBe(EMPLOYEE_SIGNALS);
    for (const list of [EMPLOYEE_SIGNALS, CUSTOMER_SIGNALS]) {
      expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
      for (const s of list) {
        expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(s.label).toMatch(/[\u4e00-\u9fff]/);
        expect(s.weight).toBeGreaterThan(0);
      }
    }
    expect(EMPLOYEE_SIGNALS.map((s) => s.id)).toContain('engagement-drop');
    expect(CUSTOMER_SIGNALS.map((s) => s.id)).toContain('usage-drop');
  });
});

describe('riskTier', () => {
  it.each([
    [100, 'very-high'],
    [80, 'very-high'],
    [79.9, 'high'],
    [60, 'high'],
    [59, 'medium'],
    [40, 'medium'],
    [39, 'low'],
    [20, 'low'],
    [19.99, 'very-low'],
    [0, 'very-low'],
  ])('%s → %s', (score, tier) => {
    expect(riskTier(score)).toBe(tier);
  });

  it('labels and typical shares add up', () => {
    expect(riskTierLabel('very-high')).toBe('极高风险');
    expect(riskTierLabel('nope' as never)).toBe('nope');
    expect(RISK_TIERS.reduce((a, t) => a + t.typicalShare, 0)).toBeCloseTo(1, 12);
  });
});

describe('signalScore', () => {
  const three = [
    { id: 'a', label: '甲', weight: 1 },
    { id: 'b', label: '乙', weight: 1 },
    { id: 'c', label: '丙', weight: 2 },
  ];

  it('weighted share of checked signals × 100', () => {
    expect(signalScore({ signals: three, checked: ['a', 'c'] })).toEqual({
      ok: true,
      value: {
        score: 75,
        tier: 'high',
        tierLabel: '高风险',
        checkedWeight: 3,
        totalWeight: 4,
        checkedCount: 2,
        items: [
          { id: 'a', label: '甲', weight: 1, checked: true, points: 25 },
          { id: 'b', label: '乙', weight: 1, checked: false, points: 0 },
          { id: 'c', label: '丙', weight: 2, checked: true, points: 50 },
        ],
      },
    });
  });

  it('default lists: none, all, some', () => {
    expect(signalScore({ signals: EMPLOYEE_SIGNALS, checked: [] })).toMatchObject({ value: { score: 0, tier: 'very-low' } });
    expect(signalScore({ signals: CUSTOMER_SIGNALS, checked: CUSTOMER_SIGNALS.map((s) => s.id) })).toMatchObject({
      value: { score: 100, tier: 'very-high', checkedCount: 7 },
    });
    // employee weights sum to 15; engagement-drop (3) + job-search (3) = 6 → 40
    expect(signalScore({ signals: EMPLOYEE_SIGNALS, checked: ['engagement-drop', 'job-search'] })).toMatchObject({
      value: { score: 40, tier: 'medium' },
    });
  });

  it('editable cut-offs; a checked id listed twice counts once', () => {
    expect(signalScore({ signals: three, checked: ['a', 'a'], cutoffs: { veryHigh: 90, high: 70, medium: 50, low: 25 } })).toMatchObject({
      value: { score: 25, tier: 'low' },
    });
    expect(DEFAULT_TIER_CUTOFFS).toEqual({ veryHigh: 80, high: 60, medium: 40, low: 20 });
  });

  it('a zero-weight signal adds nothing', () => {
    expect(signalScore({ signals: [{ id: 'a', label: '甲', weight: 0 }, { id: 'b', label: '乙', weight: 1 }], checked: ['a'] })).toMatchObject({
      value: { score: 0 },
    });
  });

  it('error paths', () => {
    expect(signalScore({ signals: [], checked: [] })).toEqual({ ok: false, errors: [{ field: 'signals', message: '预警信号清单不能为空' }] });
    expect(
      signalScore({
        signals: [
          { id: 'a', label: '甲', weight: -1 },
          { id: 'a', label: '乙', weight: 1 },
          { id: '', label: '丙', weight: 1 },
        ],
        checked: ['zzz'],
        cutoffs: { veryHigh: 120, high: 60, medium: 40, low: 20 },
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'signals.0.weight', message: '信号“甲”的权重不能为负数' },
        { field: 'signals.1.id', message: '信号标识“a”重复' },
        { field: 'signals.2.id', message: '第 3 个信号缺少标识' },
        { field: 'checked.0', message: '未知的预警信号“zzz”' },
        { field: 'cutoffs.veryHigh', message: '极高风险的分数线不能大于 100' },
      ],
    });
    expect(signalScore({ signals: [{ id: 'a', label: '甲', weight: 0 }], checked: [] })).toEqual({
      ok: false,
      errors: [{ field: 'signals', message: '信号权重之和必须大于 0' }],
    });
    expect(signalScore({ signals: three, checked: [], cutoffs: { veryHigh: 50, high: 60, medium: 40, low: 20 } })).toMatchObject({
      errors: [{ field: 'cutoffs', message: '分数线必须从极高到低依次递减' }],
    });
    expect(signalScore({ signals: undefined as never, checked: undefined as never })).toMatchObject({ ok: false });
  });

  it('score ∈ [0, 100] and tier matches the score (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 7, maxLength: 7 }), (on, weights) => {
        const signals = EMPLOYEE_SIGNALS.map((s, i) => ({ ...s, weight: weights[i] ?? 1 }));
        fc.pre(signals.some((s) => s.weight > 0));
        const checked = signals.filter((_, i) => on[i]).map((s) => s.id);
        const r = signalScore({ signals, checked });
        if (!r.ok) throw new Error('expected ok');
        expect(r.value.score >= 0 && r.value.score <= 100).toBe(true);
        expect(r.value.tier).toBe(riskTier(r.value.score));
      }),
    );
  });
});
