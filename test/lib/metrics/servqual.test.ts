import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SERVQUAL_DIMENSIONS, servqualGap, type ServqualDimension } from '../../../src/lib/metrics/servqual';

describe('servqualGap', () => {
  it('gaps P − E, equal weights, largest shortfall', () => {
    const r = servqualGap({
      scores: [
        { dimension: 'tangibles', expectation: 5, perception: 5.5 },
        { dimension: 'reliability', expectation: 6.5, perception: 5 },
        { dimension: 'responsiveness', expectation: 6, perception: 5 },
        { dimension: 'assurance', expectation: 6, perception: 6 },
        { dimension: 'empathy', expectation: 5.5, perception: 5 },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        rows: [
          { dimension: 'tangibles', label: '有形性', gap: 0.5, weight: 0.2 },
          { dimension: 'reliability', label: '可靠性', gap: -1.5 },
          { dimension: 'responsiveness', label: '响应性', gap: -1 },
          { dimension: 'assurance', label: '保证性', gap: 0 },
          { dimension: 'empathy', label: '移情性', gap: -0.5 },
        ],
        weightedGap: -0.5,
        meanGap: -0.5,
        largestGap: { dimension: 'reliability', gap: -1.5 },
        hasShortfall: true,
      },
    });
  });

  it('importance weights (points out of 100)', () => {
    const r = servqualGap({
      scores: [
        { dimension: 'reliability', expectation: 7, perception: 5, weight: 30 },
        { dimension: 'tangibles', expectation: 4, perception: 5, weight: 10 },
        { dimension: 'empathy', expectation: 6, perception: 6, weight: 60 },
      ],
    });
    // (30 × −2 + 10 × 1 + 60 × 0) / 100 = −0.5
    expect(r).toMatchObject({ value: { weightedGap: -0.5, meanGap: -0.33333333333333, rows: [{ weight: 0.3 }, { weight: 0.1 }, { weight: 0.6 }] } });
  });

  it('no shortfall: the smallest gap is still reported; ties keep the first', () => {
    expect(
      servqualGap({ scores: [{ dimension: 'empathy', expectation: 4, perception: 5 }, { dimension: 'assurance', expectation: 4, perception: 5 }] }),
    ).toMatchObject({ value: { hasShortfall: false, largestGap: { dimension: 'empathy', gap: 1 } } });
    expect(SERVQUAL_DIMENSIONS.map((d) => d.label)).toEqual(['有形性', '可靠性', '响应性', '保证性', '移情性']);
  });

  it('error paths', () => {
    expect(servqualGap({ scores: [] })).toEqual({ ok: false, errors: [{ field: 'scores', message: '至少需要一个维度的评分' }] });
    expect(
      servqualGap({
        scores: [
          { dimension: 'speed' as ServqualDimension, expectation: 0, perception: 8 },
          { dimension: 'empathy', expectation: 5, perception: 5, weight: -1 },
          { dimension: 'empathy', expectation: NaN, perception: 5 },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'scores.0.dimension', message: '第 1 行的维度必须是有形性、可靠性、响应性、保证性或移情性之一' },
        { field: 'scores.0.expectation', message: '第 1 个维度的期望分不能小于 1' },
        { field: 'scores.0.perception', message: '第 1 个维度的感知分不能大于 7' },
        { field: 'scores.1.weight', message: '移情性的权重不能为负数' },
        { field: 'scores.2.dimension', message: '维度“移情性”重复' },
        { field: 'scores.2.expectation', message: '移情性的期望分必须是有限的数字' },
      ],
    });
    expect(servqualGap({ scores: [{ dimension: 'empathy', expectation: 5, perception: 5, weight: 0 }] })).toEqual({
      ok: false,
      errors: [{ field: 'scores', message: '权重之和必须大于 0' }],
    });
  });

  it('gaps within [−6, 6], weighted gap between min and max gap (property)', () => {
    const score = fc.double({ min: 1, max: 7, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score, fc.double({ min: 0.1, max: 100, noNaN: true })), { minLength: 5, maxLength: 5 }), (rows) => {
        const r = servqualGap({
          scores: rows.map(([expectation, perception, weight], i) => ({
            dimension: SERVQUAL_DIMENSIONS[i]?.id ?? 'empathy',
            expectation,
            perception,
            weight,
          })),
        });
        if (!r.ok) throw new Error('expected ok');
        const gaps = r.value.rows.map((x) => x.gap);
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(-6);
        expect(r.value.weightedGap).toBeGreaterThanOrEqual(Math.min(...gaps) - 1e-9);
        expect(r.value.weightedGap).toBeLessThanOrEqual(Math.max(...gaps) + 1e-9);
        expect(r.value.largestGap.gap).toBe(Math.min(...gaps));
      }),
    );
  });
});
