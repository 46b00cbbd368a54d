import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PASS_MARK, PASS_PERCENT, PASS_TEXT, neededToPass, passes, percentOf, score } from '../../../src/lib/quiz/pass-mark';

describe('the pass mark', () => {
  it('is 80 %, compared in integers', () => {
    expect([PASS_MARK, PASS_PERCENT, PASS_TEXT]).toEqual([0.8, 80, '80%']);
    expect(passes(8, 10)).toBe(true);
    expect(passes(7, 10)).toBe(false);
    expect(passes(16, 20)).toBe(true);
    expect(passes(15, 20)).toBe(false);
    expect(passes(4, 5)).toBe(true);
    expect(passes(0, 0)).toBe(false);
  });
  it('needs ⌈0.8 n⌉ right answers', () => {
    expect([5, 7, 9, 10, 11, 20].map(neededToPass)).toEqual([4, 6, 8, 8, 9, 16]);
  });
});

describe('score', () => {
  it('rounds the percent (5/9 is 56 %, not the truncated 55 %)', () => {
    expect(score(5, 9)).toEqual({ correct: 5, total: 9, fraction: 5 / 9, percent: 56, passed: false });
    expect(score(2, 3).percent).toBe(67);
    expect(score(1, 8).percent).toBe(13);
    expect(score(8, 10)).toMatchObject({ percent: 80, passed: true });
  });
  it('never shows the pass mark for a failing score: 35/44 = 79.5 % shows 79 %', () => {
    expect(score(35, 44)).toMatchObject({ percent: 79, passed: false });
    expect(percentOf(0.7999)).toBe(79);
    expect(percentOf(0.795)).toBe(79);
    expect(percentOf(0.794)).toBe(79);
    expect(percentOf(0.8)).toBe(80);
  });
  it('handles empty and out-of-range inputs', () => {
    expect(score(0, 0)).toEqual({ correct: 0, total: 0, fraction: 0, percent: 0, passed: false });
    expect(score(12, 10)).toMatchObject({ correct: 10, passed: true });
    expect(score(-1, 10)).toMatchObject({ correct: 0, passed: false });
    expect(percentOf(Number.NaN)).toBe(0);
  });
  it('the shown percent is the nearest whole percent, and below 80 whenever not passed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(500), (total, c) => {
        const s = score(c, total);
        expect(s.passed).toBe(s.correct * 5 >= total * 4);
        if (!s.passed) expect(s.percent).toBeLessThan(80);
        else expect(s.percent).toBe(Math.round((s.correct * 100) / total));
        expect(Math.abs(s.percent - (s.correct * 100) / total)).toBeLessThanOrEqual(0.5 + 1e-9 + (s.passed ? 0 : 0.5));
      }),
    );
  });
});
