import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csatFromCounts, csatFromScores } from '../../../src/lib/metrics/csat';

describe('csatFromCounts', () => {
  it('worked check: 5, 10, 20, 40, 25 → 65 %', () => {
    expect(csatFromCounts({ counts: [5, 10, 20, 40, 25] })).toEqual({
      ok: true,
      value: { csat: 0.65, satisfied: 65, total: 100, mean: 3.7, scale: 5, topBoxes: [4, 5], counts: [5, 10, 20, 40, 25] },
    });
  });

  it('1–7 and 1–10 scales use their own top two boxes', () => {
    expect(csatFromCounts({ counts: [1, 1, 1, 1, 1, 2, 3], scale: 7 })).toMatchObject({
      value: { csat: 0.5, satisfied: 5, mean: 4.8, topBoxes: [6, 7] },
    });
    expect(csatFromCounts({ counts: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1], scale: 10 })).toMatchObject({
      value: { csat: 1, mean: 9.5, topBoxes: [9, 10] },
    });
  });

  it('edge cases: all unhappy, single answer', () => {
    expect(csatFromCounts({ counts: [3, 0, 0, 0, 0] })).toMatchObject({ value: { csat: 0, mean: 1 } });
    expect(csatFromCounts({ counts: [0, 0, 0, 1, 0] })).toMatchObject({ value: { csat: 1, mean: 4 } });
  });

  it('error paths', () => {
    expect(csatFromCounts({ counts: [0, 0, 0, 0, 0] })).toEqual({
      ok: false,
      errors: [{ field: 'counts', message: '至少需要一份答卷' }],
    });
    expect(csatFromCounts({ counts: [1, 2, 3] })).toEqual({
      ok: false,
      errors: [{ field: 'counts', message: '需要 5 个分值（1–5 分）各自的答卷数' }],
    });
    expect(csatFromCounts({ counts: [1, -2, 3, 0.5, 1] })).toEqual({
      ok: false,
      errors: [
        { field: 'counts.1', message: '2 分的答卷数不能为负数' },
        { field: 'counts.3', message: '4 分的答卷数必须是整数' },
      ],
    });
    expect(csatFromCounts({ counts: [1, 1, 1, 1, 1], scale: 6 as never })).toMatchObject({
      errors: [{ field: 'scale', message: '评分量表必须是 1–5、1–7 或 1–10' }],
    });
    expect(csatFromCounts({ counts: undefined as never })).toMatchObject({ errors: [{ field: 'counts' }] });
  });

  it('CSAT ∈ [0, 1] and mean within the scale (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(5, 7, 10) as fc.Arbitrary<5 | 7 | 10>, fc.array(fc.nat(1000), { minLength: 10, maxLength: 10 }), (scale, raw) => {
        const counts = raw.slice(0, scale);
        fc.pre(counts.some((n) => n > 0));
        const r = csatFromCounts({ counts, scale });
        if (!r.ok) throw new Error('expected ok');
        expect(r.value.csat >= 0 && r.value.csat <= 1).toBe(true);
        expect(r.value.mean >= 1 && r.value.mean <= scale).toBe(true);
      }),
    );
  });
});

describe('csatFromScores', () => {
  it('counts raw answers', () => {
    expect(csatFromScores({ scores: [5, 4, 3, 2, 1, 5] })).toMatchObject({
      ok: true,
      value: { csat: 0.5, satisfied: 3, total: 6, mean: 3.3333333333333, counts: [1, 1, 1, 1, 2] },
    });
    expect(csatFromScores({ scores: [7, 6, 1], scale: 7 })).toMatchObject({ value: { csat: 0.66666666666667 } });
    expect(csatFromScores({ scores: [10], scale: 10 })).toMatchObject({ value: { csat: 1, mean: 10 } });
  });

  it('error paths', () => {
    expect(csatFromScores({ scores: [] })).toEqual({ ok: false, errors: [{ field: 'scores', message: '至少需要一份答卷' }] });
    expect(csatFromScores({ scores: [0, 6, 2.5] })).toEqual({
      ok: false,
      errors: [
        { field: 'scores.0', message: '第 1 个评分不能小于 1' },
        { field: 'scores.1', message: '第 2 个评分不能大于 5' },
        { field: 'scores.2', message: '第 3 个评分必须是整数' },
      ],
    });
    expect(csatFromScores({ scores: [3], scale: 4 as never })).toMatchObject({ errors: [{ field: 'scale' }] });
  });

  it('agrees with csatFromCounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 100 }), (scores) => {
        const counts = [1, 2, 3, 4, 5, 6, 7].map((k) => scores.filter((s) => s === k).length);
        expect(csatFromScores({ scores, scale: 7 })).toEqual(csatFromCounts({ counts, scale: 7 }));
      }),
    );
  });
});
