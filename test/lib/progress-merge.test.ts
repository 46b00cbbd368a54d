import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeProgress } from '../../src/lib/progress-merge';
import { emptyProgress, moduleOf, recordAssessment, recordQuiz, readSection, setName, type Progress } from '../../src/lib/progress';
import { progressProblem } from '../../src/lib/progress-schema';
import { progress } from './progress-arbitraries';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-23T09:30:00.000Z';
const stamp = (p: Progress, at: string): Progress => ({ ...p, updatedAt: at });

describe('mergeProgress', () => {
  it('keeps what either record has: best scores, sections, earliest completion, the name of the newer one', () => {
    const a = stamp(setName(recordQuiz(readSection(emptyProgress(), 'a1', 's1', T0), 'a1', 6, 10, 1, T0), '甲'), T0);
    const b = stamp(setName(recordQuiz(readSection(emptyProgress(), 'a1', 's2', T1), 'a1', 9, 10, 0, T1), '乙'), T1);
    const m = mergeProgress(a, b);
    expect(moduleOf(m, 'a1')).toMatchObject({ sections: ['s1', 's2'], quiz: { best: 0.9, attempts: 1, passed: true, hints: 1 }, completedAt: T1 });
    expect(m.name).toBe('乙');
    expect(m.updatedAt).toBe(T1);
  });
  it('merges assessment histories by attempt, keeping the earliest pass', () => {
    const pass = (seed: string, at: string, correct: number) => ({ seed, startedAt: at, finishedAt: at, correct, total: 20, passed: false, timed: false });
    const a = recordAssessment(recordAssessment(emptyProgress(), pass('x1', T0, 10)), pass('x2', T1, 18));
    const b = recordAssessment(emptyProgress(), pass('x1', T0, 10));
    const m = mergeProgress(a, b);
    expect(m.assessment!.history.map((h) => h.seed)).toEqual(['x1', 'x2']);
    expect(m.assessment).toMatchObject({ passed: true, passedAt: T1, best: 0.9 });
  });
  it('merging with itself changes nothing; the result is always a valid record (property)', () => {
    let reached = 0;
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        expect(mergeProgress(a, a)).toEqual(a);
        const m = mergeProgress(a, b);
        expect(progressProblem(m)).toBeUndefined();
        for (const slug of [...Object.keys(a.modules), ...Object.keys(b.modules)].slice(0, 50)) expect(moduleOf(m, slug)).toBeDefined();
        reached++;
      }),
      { numRuns: 200 },
    );
    expect(reached).toBe(200);
  });
});
