import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, randomInt, randomNormal, seedFrom, shuffle } from '../../src/lib/random';

describe('seedFrom', () => {
  it('is deterministic, unsigned 32-bit, and tells seeds apart', () => {
    expect(seedFrom('abc')).toBe(seedFrom('abc'));
    expect(seedFrom(42)).toBe(seedFrom('42'));
    expect(seedFrom('a')).not.toBe(seedFrom('b'));
    fc.assert(fc.property(fc.string(), (s) => {
      const h = seedFrom(s);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }));
  });
});

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng('course');
    const b = createRng('course');
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, createRng('other'))).not.toEqual(xs);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const rng = createRng(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});

describe('randomInt', () => {
  it('covers [min, max] inclusively', () => {
    const rng = createRng('dice');
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const n = randomInt(rng, 1, 6);
      expect(Number.isInteger(n) && n >= 1 && n <= 6).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(randomInt(rng, 3, 3)).toBe(3);
  });
});

describe('randomNormal', () => {
  it('has about the requested mean and sd', () => {
    const rng = createRng('normal');
    const xs = Array.from({ length: 20_000 }, () => randomNormal(rng, 10, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    expect(Number.isFinite(randomNormal(createRng(1)))).toBe(true);
  });

  it('skips a zero draw instead of taking log(0)', () => {
    const draws = [0, 0.5, 0.25];
    const rng = () => draws.shift() ?? 0.5;
    expect(randomNormal(rng)).toBeCloseTo(Math.sqrt(-2 * Math.log(0.5)) * Math.cos(2 * Math.PI * 0.25), 12);
  });
});

describe('shuffle', () => {
  it('is a seeded permutation that leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const a = shuffle(items, createRng('q'));
    expect(a).toEqual(shuffle(items, createRng('q')));
    expect([...a].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffle([], createRng(1))).toEqual([]);
    fc.assert(fc.property(fc.array(fc.integer()), fc.string(), (xs, seed) => {
      expect(shuffle(xs, createRng(seed)).sort()).toEqual([...xs].sort());
    }));
  });
});
