/** The reading rule: a section is read after enough time on screen, not when it scrolls past. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SECONDS, MIN_SECONDS, onScreen, requiredSeconds, startReading, tick, type ReadingState } from '../../src/lib/reading';

describe('required time', () => {
  it('is 30 % of the text at 400 characters a minute, between 5 s and 90 s', () => {
    expect(requiredSeconds(1000)).toBeCloseTo(45, 9);
    expect(requiredSeconds(300)).toBeCloseTo(13.5, 9);
    expect(requiredSeconds(10)).toBe(MIN_SECONDS);
    expect(requiredSeconds(14_000)).toBe(MAX_SECONDS);
    expect(requiredSeconds(-5)).toBe(MIN_SECONDS);
  });
});

describe('on screen', () => {
  it('fills 40 % of the window, or shows 80 % of a short section', () => {
    expect(onScreen(0, 400, 1000)).toBe(true);
    expect(onScreen(-101, 399, 1000)).toBe(false); // 399 px of a 500 px section: neither rule
    expect(onScreen(-5000, 5000, 1000)).toBe(true);
    expect(onScreen(900, 1100, 1000)).toBe(false);
    expect(onScreen(800, 1000, 1000)).toBe(true); // a 200 px section fully visible
    expect(onScreen(1000, 3000, 1000)).toBe(false);
    expect(onScreen(0, 0, 1000)).toBe(false);
    expect(onScreen(0, 100, 0)).toBe(false);
  });
});

describe('ticking', () => {
  const required = new Map([['a', 45], ['b', 10]]);
  const run = (steps: [string[], number][]) => {
    let s: ReadingState = startReading();
    const read: string[] = [];
    const places: string[] = [];
    for (const [visible, dt] of steps) {
      const r = tick(s, visible, dt, required);
      s = r.state;
      read.push(...r.newlyRead);
      if (r.place) places.push(r.place);
    }
    return { read, places, s };
  };
  it('scrolling past in four seconds records nothing (the review’s 14,000 px module)', () => {
    const { read } = run([[['a'], 1], [['a', 'b'], 1], [['b'], 1], [[], 1]]);
    expect(read).toEqual([]);
  });
  it('a section becomes read once its on-screen time reaches its requirement, once', () => {
    const { read, s } = run(Array.from({ length: 46 }, () => [['a', 'b'], 1] as [string[], number]));
    expect(read).toEqual(['b', 'a']);
    expect(s.seconds.get('a')).toBe(46);
  });
  it('time accumulates across visits', () => {
    const { read } = run([...Array.from({ length: 5 }, () => [['b'], 1] as [string[], number]), [[], 1], ...Array.from({ length: 5 }, () => [['b'], 1] as [string[], number])]);
    expect(read).toEqual(['b']);
  });
  it('one tick adds at most 2 s (a throttled timer never jumps ahead)', () => {
    const { read, s } = run([[['b'], 600]]);
    expect(read).toEqual([]);
    expect(s.seconds.get('b')).toBe(2);
  });
  it('the first section on screen for 2 s becomes the last position, once', () => {
    const { places } = run([[['a', 'b'], 1], [['a', 'b'], 1], [['a'], 1], [['b'], 1], [['b'], 1], [['b'], 1]]);
    expect(places).toEqual(['a', 'b']);
  });
  it('sections read before are not read again', () => {
    const r = tick(startReading(['b']), ['b'], 2, required);
    expect(r.newlyRead).toEqual([]);
  });
  it('never reads a section faster than its requirement (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.subarray(['a', 'b']), fc.double({ min: 0, max: 5, noNaN: true })), { maxLength: 80 }), (steps) => {
        const { read, s } = run(steps);
        for (const id of read) expect(s.seconds.get(id)!).toBeGreaterThanOrEqual(required.get(id)!);
        const total = steps.reduce((n, [, dt]) => n + Math.min(2, dt), 0);
        for (const id of read) expect(total).toBeGreaterThanOrEqual(required.get(id)! - 1e-9);
      }),
    );
  });
});
