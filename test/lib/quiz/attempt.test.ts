import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutAttempt, score, attemptSeed, PASS_THRESHOLD } from '../../../src/lib/quiz/attempt';
import { questionSchema, type Question } from '../../../src/schemas/quiz';

const base = { prompt: '题干', section: 'formula', explanation: '总解析' };
const opts = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, text: id, correct: i === 0, explanation: id }));
const questions: Question[] = [
  questionSchema.parse({ ...base, id: 'q1', type: 'single', options: opts }),
  questionSchema.parse({ ...base, id: 'q2', type: 'ordering', items: ['x', 'y', 'z'].map((id) => ({ id, text: id })) }),
  questionSchema.parse({ ...base, id: 'q3', type: 'matching', pairs: [{ id: 'a', left: 'A', right: '1' }, { id: 'b', left: 'B', right: '2' }, { id: 'c', left: 'C', right: '3' }] }),
  questionSchema.parse({ ...base, id: 'q4', type: 'truefalse', answer: true, feedback: { true: '对', false: '错' } }),
];

describe('layoutAttempt', () => {
  it('is deterministic per (quiz, attempt)', () => {
    expect(layoutAttempt(questions, 'retention-basics', 1)).toEqual(layoutAttempt(questions, 'retention-basics', 1));
    expect(attemptSeed('retention-basics', 2)).toBe('retention-basics#2');
  });
  it('reshuffles on another attempt', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((n) => layoutAttempt(questions, 'retention-basics', n)[0]!.options.join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('is always a permutation, and an ordering question never starts solved (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (id, attempt) => {
        const [l1, l2, l3, l4] = layoutAttempt(questions, id, attempt);
        expect([...l1!.options].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
        expect([...l2!.items].sort()).toEqual(['x', 'y', 'z']);
        expect(l2!.items).not.toEqual(['x', 'y', 'z']);
        expect([...l3!.choices].sort()).toEqual(['1', '2', '3']);
        expect(l4).toEqual({ options: [], items: [], choices: [] });
      }),
    );
  });
});

describe('score', () => {
  it('passes at 80% exactly', () => {
    expect(PASS_THRESHOLD).toBe(0.8);
    expect(score(8, 10)).toEqual({ correct: 8, total: 10, fraction: 0.8, percent: 80, passed: true });
    expect(score(7, 10).passed).toBe(false);
    expect(score(4, 5).passed).toBe(true);
    expect(score(5, 7)).toMatchObject({ percent: 71, passed: false });
    expect(score(6, 7)).toMatchObject({ percent: 85, passed: true });
    expect(score(16, 20).passed).toBe(true);
    expect(score(15, 20).passed).toBe(false);
  });
  it('handles empty and out-of-range inputs', () => {
    expect(score(0, 0)).toEqual({ correct: 0, total: 0, fraction: 0, percent: 0, passed: false });
    expect(score(12, 10)).toMatchObject({ correct: 10, passed: true });
    expect(score(-1, 10)).toMatchObject({ correct: 0, passed: false });
  });
  it('never shows 80% for a failing score (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(500), (total, c) => {
        const s = score(c, total);
        expect(s.passed).toBe(s.fraction >= 0.8 - 1e-12);
        if (!s.passed) expect(s.percent).toBeLessThan(80);
      }),
    );
  });
});
