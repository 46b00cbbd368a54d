import { describe, expect, it } from 'vitest';
import { applyTierRates, riskAsProbability, tierRates } from '../../../src/lib/simulator/calibrate';
import { evaluateScores, evaluateTiers } from '../../../src/lib/simulator/evaluate-run';
import type { Split } from '../../../src/lib/simulator/split';

// Ten rows: 0–5 train, 6–9 test.
const y = Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 0, 0, 1]);
const scores = Float64Array.from([90, 80, 70, 60, 10, 5, 20, 50, 40, 30]);
const split: Split = {
  train: Int32Array.from([0, 1, 2, 3, 4, 5]),
  test: Int32Array.from([6, 7, 8, 9]),
  isTest: Uint8Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]),
};

describe('evaluateScores (test rows only)', () => {
  it('computes the AUC on the test rows, not the training rows (by hand)', () => {
    // Test rows: churners score 20 and 30; stayers 50 and 40. Every stayer outranks every
    // churner → AUC 0. On the training rows the churners (90, 80) outrank all → AUC 1.
    const e = evaluateScores(scores, y, split);
    expect(e.auc).toBe(0);
    expect(e).toMatchObject({ trainCount: 6, testCount: 4, testChurners: 2 });
    expect(e.roc[0]).toEqual({ fpr: 0, tpr: 0 });
    expect(e.gains.at(-1)?.captured).toBe(1);
  });
});

describe('evaluateTiers', () => {
  it('divides the 极高 tier’s test churn rate by the test base rate (by hand)', () => {
    // Test rows 6, 7, 8, 9: tiers 1, 1, 3, 5; churn 1, 0, 0, 1.
    // Tier 1 test rate 1/2; test base rate 2/4 = 1/2 → lift 1.0 (not 0.5).
    const tiers = Uint8Array.from([1, 1, 2, 2, 5, 5, 1, 1, 3, 5]);
    const e = evaluateTiers('top-two-tiers', tiers, new Float64Array(10), y, split.test);
    expect(e.topTierLift).toBe(1);
    // A sharper top tier: rows 6 and 9 in tier 1 → rate 1 / base 0.5 = 2.
    const sharp = evaluateTiers('top-two-tiers', Uint8Array.from([1, 1, 2, 2, 5, 5, 1, 3, 3, 1]), new Float64Array(10), y, split.test);
    expect(sharp.topTierLift).toBe(2);
    // Tiers 1–2 predicted as churn: rows 6, 9 → tp 2, fp 0, fn 0, tn 2.
    expect(sharp.metrics.confusion).toEqual({ tp: 2, fp: 0, tn: 2, fn: 0 });
    expect(sharp.rule).toMatch(/前两层/);
  });

  it('predicts churn at probability ≥ 0.5 for learned models', () => {
    const p = Float64Array.from([0, 0, 0, 0, 0, 0, 0.5, 0.49, 0.9, 0.1]);
    const e = evaluateTiers('probability', new Uint8Array(10).fill(3), p, y, split.test);
    // Row 6 (churned, 0.5) tp; row 7 (stayed, 0.49) tn; row 8 (stayed, 0.9) fp; row 9 (churned, 0.1) fn.
    expect(e.metrics.confusion).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 });
    expect(e.topTierLift).toBe(0);
  });
});

describe('scorecard calibration', () => {
  it('uses each tier’s churn rate on the training rows only (by hand)', () => {
    // Tier 1 = rows 0 (train, churned), 6 (test, churned), 7 (test, stayed), 2 (train, stayed):
    // training rate of tier 1 = 1/2, whatever the test rows say. Tier 2 = rows 1, 3 → 1/2;
    // tier 5 = rows 4, 5 → 0. Tiers 3 and 4 have no training row → the training base rate 2/6.
    const tiers = Uint8Array.from([1, 2, 1, 2, 5, 5, 1, 1, 3, 4]);
    const rates = tierRates(tiers, y, split.train);
    expect(rates).toEqual([0.5, 0.5, 2 / 6, 2 / 6, 0]);
    // With the test rows included, tier 1 would be 2/4 and tier 3 would be 0 — not what we use.
    const all = tierRates(tiers, y, Int32Array.from({ length: 10 }, (_, i) => i));
    expect(all[2]).toBe(0);
    expect(Array.from(applyTierRates(tiers, rates))).toEqual([0.5, 0.5, 0.5, 0.5, 0, 0, 0.5, 0.5, 2 / 6, 2 / 6]);
    expect(Array.from(riskAsProbability(Float64Array.from([0, 50, 100])))).toEqual([0, 0.5, 1]);
  });
});
