import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classificationMetrics, confusionMatrix, gainsCurve, liftOf, rocAuc, rocCurve } from '../../../src/lib/simulator/evaluate';

describe('confusion matrix and metrics', () => {
  it('matches a hand count', () => {
    // predicted: 1 1 0 0 1 0, actual: 1 0 0 1 1 0 → tp 2, fp 1, fn 1, tn 2
    const c = confusionMatrix([1, 1, 0, 0, 1, 0], [1, 0, 0, 1, 1, 0]);
    expect(c).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
    const m = classificationMetrics(c);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
  });

  it('restricts to given rows and returns 0, not NaN, for empty denominators', () => {
    expect(confusionMatrix([1, 0, 1], [1, 0, 0], [1])).toEqual({ tp: 0, fp: 0, tn: 1, fn: 0 });
    const m = classificationMetrics({ tp: 0, fp: 0, tn: 0, fn: 0 });
    expect(m).toMatchObject({ accuracy: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('ROC AUC', () => {
  it('matches a hand computation with a tie', () => {
    // churner scores 0.9, 0.5; stayer scores 0.5, 0.1 → pairs: (0.9>0.5)=1, (0.9>0.1)=1, (0.5=0.5)=½, (0.5>0.1)=1 → 3.5/4
    expect(rocAuc([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0])).toBeCloseTo(0.875);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(rocAuc([1, 1, 1], [1, 0, 0])).toBe(0.5);
    expect(rocAuc([1, 2], [1, 1])).toBe(0.5);
    expect(rocAuc([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0], [0, 3])).toBe(1);
  });

  it('stays in [0, 1] and is symmetric under score negation', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { minLength: 1, maxLength: 60 }), (pairs) => {
        const s = pairs.map((p) => p[0]);
        const y = pairs.map((p) => (p[1] ? 1 : 0));
        const a = rocAuc(s, y);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        const pos = y.reduce<number>((u, v) => u + v, 0);
        if (pos > 0 && pos < y.length) expect(a + rocAuc(s.map((v) => -v), y)).toBeCloseTo(1);
      }),
    );
  });
});

describe('ROC curve, gains and lift', () => {
  it('goes from (0,0) to (1,1) with a point per distinct score', () => {
    const pts = rocCurve([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0]);
    expect(pts).toEqual([
      { fpr: 0, tpr: 0 },
      { fpr: 0, tpr: 0.5 },
      { fpr: 0.5, tpr: 1 },
      { fpr: 1, tpr: 1 },
    ]);
    const many = Array.from({ length: 500 }, (_, i) => i);
    const thin = rocCurve(many, many.map((i) => i % 2), null, 11);
    expect(thin).toHaveLength(11);
    expect(thin[10]).toEqual({ fpr: 1, tpr: 1 });
  });

  it('computes cumulative gains and lift by hand', () => {
    // 10 rows; churners at ranks 1, 2 and 6 (scores descending).
    const scores = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const y = [1, 1, 0, 0, 0, 1, 0, 0, 0, 0];
    const g = gainsCurve(scores, y, null, 5);
    expect(g[0]).toEqual({ share: 0, captured: 0, lift: 1 });
    expect(g[1]?.captured).toBeCloseTo(2 / 3);
    expect(g[1]?.lift).toBeCloseTo(2 / 3 / 0.2);
    expect(g[3]?.captured).toBeCloseTo(1);
    expect(g[5]).toEqual({ share: 1, captured: 1, lift: 1 });
    expect(gainsCurve([1, 2], [0, 0], null, 2)[1]?.lift).toBe(1);
  });

  it('lift of a group over the base rate', () => {
    expect(liftOf(3, 10, 10, 100)).toBeCloseTo(3);
    expect(liftOf(3, 10, 0, 100)).toBe(0);
    expect(liftOf(0, 0, 5, 100)).toBe(0);
  });
});
