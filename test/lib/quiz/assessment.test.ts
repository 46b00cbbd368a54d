import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASSESSMENT_SIZE, assessmentMinutes, bankKey, drawAssessment, questionKey, type BankItem } from '../../../src/lib/quiz/assessment';

function bank(spec: Record<string, Record<string, number>>): BankItem[] {
  const out: BankItem[] = [];
  for (const [track, modules] of Object.entries(spec)) for (const [module, n] of Object.entries(modules)) for (let i = 0; i < n; i++) out.push({ key: bankKey(module, `q${i}`), module, track });
  return out;
}
const TRACKS = ['basics', 'employee-churn', 'customer-churn'];
const keys = (items: readonly BankItem[]) => items.map((i) => i.key);

describe('drawAssessment', () => {
  it('takes all questions when the bank is smaller than 20', () => {
    const drawn = drawAssessment(bank({ basics: { a1: 7 }, 'customer-churn': { c1: 6 } }), 'seed', TRACKS);
    expect(drawn).toHaveLength(13);
    expect(new Set(keys(drawn)).size).toBe(13);
  });
  it('stratifies by track when the bank allows', () => {
    const drawn = drawAssessment(bank({ basics: { a1: 30, a2: 30 }, 'employee-churn': { b1: 8 }, 'customer-churn': { c1: 6, c2: 6 } }), 'x', TRACKS);
    expect(drawn).toHaveLength(ASSESSMENT_SIZE);
    const per = (t: string) => drawn.filter((d) => d.track === t).length;
    // 20 over 3 tracks: 7/7/6, the first tracks in course order getting the extra ones.
    expect([per('basics'), per('employee-churn'), per('customer-churn')]).toEqual([7, 7, 6]);
    // Within a track, modules take turns.
    const a1 = drawn.filter((d) => d.module === 'a1').length;
    expect(Math.abs(a1 - (7 - a1))).toBeLessThanOrEqual(1);
  });
  it('fills from larger tracks when a small track runs out', () => {
    const drawn = drawAssessment(bank({ basics: { a1: 30 }, 'employee-churn': { b1: 2 }, 'customer-churn': { c1: 3 } }), 's', TRACKS);
    expect(drawn.filter((d) => d.track === 'employee-churn')).toHaveLength(2);
    expect(drawn.filter((d) => d.track === 'customer-churn')).toHaveLength(3);
    expect(drawn.filter((d) => d.track === 'basics')).toHaveLength(15);
  });
  it('one seed reproduces its set (whatever order the bank is listed in); two seeds give different sets', () => {
    const b = bank({ basics: { a1: 30, a2: 10 }, 'employee-churn': { b1: 12 }, 'customer-churn': { c1: 9 } });
    expect(keys(drawAssessment(b, '3f9c2a7d11e0b4c5', TRACKS))).toEqual(keys(drawAssessment(b.slice().reverse(), '3f9c2a7d11e0b4c5', TRACKS)));
    const sets = ['a1b2', 'c3d4', 'e5f6', '0718'].map((seed) => keys(drawAssessment(b, seed, TRACKS)).sort().join());
    expect(new Set(sets).size).toBe(4);
  });
  it('never repeats a question and never exceeds the size (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TRACKS, 'other'), fc.dictionary(fc.constantFrom('m1', 'm2', 'm3'), fc.nat(15))), fc.string(), (spec, seed) => {
        // Module slugs must be unique across tracks.
        const b = bank(Object.fromEntries(Object.entries(spec).map(([t, ms]) => [t, Object.fromEntries(Object.entries(ms).map(([m, n]) => [`${t}-${m}`, n]))])));
        const drawn = drawAssessment(b, seed, TRACKS);
        expect(drawn.length).toBe(Math.min(ASSESSMENT_SIZE, b.length));
        expect(new Set(keys(drawn)).size).toBe(drawn.length);
      }),
    );
  });
});

describe('keys and time', () => {
  it('names every kind of item apart', () => {
    expect(questionKey({ module: 'retention-basics', question: { id: 'q1' } })).toBe('retention-basics/q1');
    expect(bankKey('retention-basics', 'q1')).toBe('as:retention-basics/q1');
  });
  it('allows 1.5 minutes a question, at least 10', () => {
    expect(assessmentMinutes(20)).toBe(30);
    expect(assessmentMinutes(3)).toBe(10);
  });
});
