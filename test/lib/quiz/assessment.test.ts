import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawAssessment, questionKey, type PoolQuestion } from '../../../src/lib/quiz/assessment';
import type { Question } from '../../../src/schemas/quiz';

const question = (id: string): Question => ({ id, type: 'truefalse', prompt: id, section: 'a', explanation: 'e', answer: true, feedback: { true: 't', false: 'f' } });
function pool(spec: Record<string, Record<string, number>>): PoolQuestion[] {
  const out: PoolQuestion[] = [];
  for (const [track, modules] of Object.entries(spec))
    for (const [module, n] of Object.entries(modules)) for (let i = 0; i < n; i++) out.push({ module, track, question: question(`q${i}`) });
  return out;
}
const TRACKS = ['basics', 'employee-churn', 'customer-churn'];

describe('drawAssessment', () => {
  it('takes all questions when the pool is smaller than 20', () => {
    const p = pool({ basics: { a1: 7 }, 'customer-churn': { c1: 6 } });
    const drawn = drawAssessment(p, 1, TRACKS);
    expect(drawn).toHaveLength(13);
    expect(new Set(drawn.map(questionKey)).size).toBe(13);
  });
  it('stratifies by track when the pool allows', () => {
    const p = pool({ basics: { a1: 30, a2: 30 }, 'employee-churn': { b1: 8 }, 'customer-churn': { c1: 6, c2: 6 } });
    const drawn = drawAssessment(p, 'x', TRACKS);
    expect(drawn).toHaveLength(20);
    const per = (t: string) => drawn.filter((d) => d.track === t).length;
    // 20 over 3 tracks: 7/7/6 with the first tracks in course order getting the extra ones.
    expect([per('basics'), per('employee-churn'), per('customer-churn')]).toEqual([7, 7, 6]);
    // Within a track, modules take turns.
    const a1 = drawn.filter((d) => d.module === 'a1').length;
    expect(Math.abs(a1 - (7 - a1))).toBeLessThanOrEqual(1);
  });
  it('fills from larger tracks when a small track runs out', () => {
    const p = pool({ basics: { a1: 30 }, 'employee-churn': { b1: 2 }, 'customer-churn': { c1: 3 } });
    const drawn = drawAssessment(p, 's', TRACKS);
    expect(drawn.filter((d) => d.track === 'employee-churn')).toHaveLength(2);
    expect(drawn.filter((d) => d.track === 'customer-churn')).toHaveLength(3);
    expect(drawn.filter((d) => d.track === 'basics')).toHaveLength(15);
  });
  it('is deterministic per seed, independent of pool order, and differs across seeds', () => {
    const p = pool({ basics: { a1: 30, a2: 10 }, 'employee-churn': { b1: 12 } });
    const keys = (seed: number, items = p) => drawAssessment(items, seed, TRACKS).map(questionKey);
    expect(keys(1)).toEqual(keys(1));
    expect(keys(1, p.slice().reverse())).toEqual(keys(1));
    expect(keys(1)).not.toEqual(keys(2));
  });
  it('never repeats a question and never exceeds the size (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TRACKS, 'other'), fc.dictionary(fc.constantFrom('m1', 'm2', 'm3'), fc.nat(15))), fc.integer(), (spec, seed) => {
        // Module slugs must be unique across tracks.
        const p = pool(Object.fromEntries(Object.entries(spec).map(([t, ms]) => [t, Object.fromEntries(Object.entries(ms).map(([m, n]) => [`${t}-${m}`, n]))])));
        const drawn = drawAssessment(p, seed, TRACKS);
        expect(drawn.length).toBe(Math.min(20, p.length));
        expect(new Set(drawn.map(questionKey)).size).toBe(drawn.length);
      }),
    );
  });
});
