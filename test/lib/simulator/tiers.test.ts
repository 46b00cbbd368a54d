import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIER_SHARES,
  largestRemainder,
  rankOrder,
  tiersByCutoffs,
  tiersByRank,
  validateCutoffs,
  validateShares,
} from '../../../src/lib/simulator/tiers';

describe('largestRemainder', () => {
  it('matches hand apportionments', () => {
    // 5/15/25/35/20 of 1470 → 73.5, 220.5, 367.5, 514.5, 294 → floors 73,220,367,514,294 (=1468);
    // two left go to the largest remainders (all .5; ties to the earlier tier) → tiers 1 and 2.
    expect(largestRemainder(DEFAULT_TIER_SHARES, 1470)).toEqual([74, 221, 367, 514, 294]);
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(largestRemainder([50, 50], 0)).toEqual([0, 0]);
    expect(largestRemainder([0, 0], 7)).toEqual([7, 0]);
    expect(largestRemainder([], 7)).toEqual([]);
    expect(largestRemainder([33.3, 33.3, 33.4], 1)).toEqual([0, 0, 1]);
  });

  it('always sums to N and stays within one of the exact quota', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 100000 }), (shares, n) => {
        const c = largestRemainder(shares, n);
        expect(c.reduce((a, b) => a + b, 0)).toBe(n);
        const sum = shares.reduce((a, b) => a + b, 0);
        if (sum > 0) c.forEach((k, i) => expect(Math.abs(k - ((shares[i] as number) / sum) * n)).toBeLessThan(1));
      }),
    );
  });
});

describe('validation', () => {
  it('accepts the defaults and rejects bad shares and cut-offs', () => {
    expect(validateShares([5, 15, 25, 35, 20]).ok).toBe(true);
    expect(validateShares([5, 15, 25, 35]).ok).toBe(false);
    const sum = validateShares([10, 15, 25, 35, 20]);
    expect(sum.ok).toBe(false);
    if (!sum.ok) expect(sum.errors[0]?.message).toMatch(/100%/);
    expect(validateShares([-5, 25, 25, 35, 20]).ok).toBe(false);
    expect(validateShares([NaN, 15, 25, 35, 25]).ok).toBe(false);
    expect(validateCutoffs([80, 60, 40, 20]).ok).toBe(true);
    expect(validateCutoffs([80, 60, 40]).ok).toBe(false);
    expect(validateCutoffs([80, 80, 40, 20]).ok).toBe(false);
    expect(validateCutoffs([180, 60, 40, 20]).ok).toBe(false);
  });
});

describe('tier assignment', () => {
  it('ranks by score with ties broken by row index', () => {
    const scores = Float64Array.from([0.2, 0.9, 0.2, 0.5]);
    expect(Array.from(rankOrder(scores))).toEqual([1, 3, 0, 2]);
    const { tiers, counts } = tiersByRank(scores, [25, 25, 25, 25, 0]);
    expect(counts).toEqual([1, 1, 1, 1, 0]);
    expect(Array.from(tiers)).toEqual([3, 1, 4, 2]);
  });

  it('covers every row and matches the largest-remainder counts', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 300 }), (s) => {
        const scores = Float64Array.from(s);
        const { tiers, counts } = tiersByRank(scores, DEFAULT_TIER_SHARES);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(s.length);
        expect(Array.from(tiers).every((t) => t >= 1 && t <= 5)).toBe(true);
        for (let t = 1; t <= 5; t++) expect(Array.from(tiers).filter((v) => v === t).length).toBe(counts[t - 1]);
        // Monotone: a higher tier number never has a higher score than a lower one.
        for (let i = 0; i < s.length; i++)
          for (let j = 0; j < s.length; j++) if ((tiers[i] as number) < (tiers[j] as number)) expect(scores[i]).toBeGreaterThanOrEqual(scores[j] as number);
      }),
      { numRuns: 50 },
    );
  });

  it('assigns by fixed cut-offs', () => {
    const { tiers, counts } = tiersByCutoffs(Float64Array.from([95, 80, 79.9, 45, 20, 0]), [80, 60, 40, 20]);
    expect(Array.from(tiers)).toEqual([1, 1, 2, 3, 4, 5]);
    expect(counts).toEqual([2, 1, 1, 1, 1]);
  });
});
