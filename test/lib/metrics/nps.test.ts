import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { npsCategory, npsFromCounts, npsFromScores } from '../../../src/lib/metrics/nps';

const Z = 1.959963984540054;

describe('npsFromCounts', () => {
  it('worked check: 60 / 25 / 15 → 45', () => {
    const r = npsFromCounts({ promoters: 60, passives: 25, detractors: 15 });
    expect(r).toMatchObject({
      ok: true,
      value: { nps: 45, total: 100, promoterShare: 0.6, passiveShare: 0.25, detractorShare: 0.15 },
    });
    // variance = 0.6 + 0.15 − 0.45² = 0.5475; MoE = 1.96 × √(0.5475 / 100) × 100 ≈ 14.5
    const moe = Z * Math.sqrt(0.5475 / 100) * 100;
    expect(r.ok && r.value.marginOfError).toBeCloseTo(moe, 10);
    expect(r.ok && r.value.low).toBeCloseTo(45 - moe, 10);
    expect(r.ok && r.value.high).toBeCloseTo(45 + moe, 10);
  });

  it.each([
    [{ promoters: 10, passives: 0, detractors: 0 }, 100, 0],
    [{ promoters: 0, passives: 0, detractors: 7 }, -100, 0],
    [{ promoters: 0, passives: 5, detractors: 0 }, 0, 0],
    [{ promoters: 50, passives: 0, detractors: 50 }, 0, Z * Math.sqrt(1 / 100) * 100],
  ])('%o → %s ± %s', (input, nps, moe) => {
    const r = npsFromCounts(input);
    expect(r.ok && r.value.nps).toBe(nps);
    expect(r.ok && r.value.marginOfError).toBeCloseTo(moe, 10);
  });

  it('keeps the interval inside −100 … 100', () => {
    const r = npsFromCounts({ promoters: 9, passives: 0, detractors: 1 });
    expect(r.ok && r.value.high).toBe(100);
    const s = npsFromCounts({ promoters: 1, passives: 0, detractors: 9 });
    expect(s.ok && s.value.low).toBe(-100);
  });

  it('error paths', () => {
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      ok: false,
      errors: [{ field: 'promoters', message: '至少需要一份答卷' }],
    });
    expect(npsFromCounts({ promoters: -1, passives: 2.5, detractors: NaN })).toEqual({
      ok: false,
      errors: [
        { field: 'promoters', message: '推荐者人数不能为负数' },
        { field: 'passives', message: '被动者人数必须是整数' },
        { field: 'detractors', message: '贬损者人数必须是有限的数字' },
      ],
    });
  });

  it('NPS ∈ [−100, 100] and interval contains it (property)', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), (promoters, passives, detractors) => {
        fc.pre(promoters + passives + detractors > 0);
        const r = npsFromCounts({ promoters, passives, detractors });
        if (!r.ok) throw new Error('expected ok');
        expect(r.value.nps).toBeGreaterThanOrEqual(-100);
        expect(r.value.nps).toBeLessThanOrEqual(100);
        expect(r.value.low).toBeLessThanOrEqual(r.value.nps);
        expect(r.value.high).toBeGreaterThanOrEqual(r.value.nps);
        expect(r.value.marginOfError).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('no NaN for any numbers (property)', () => {
    const valid = fc.record({ promoters: fc.nat(1e9), passives: fc.nat(1e9), detractors: fc.integer({ min: 1, max: 1e9 }) });
    assertNeverNaN(validOrAny(valid, fc.record({ promoters: fc.double(), passives: fc.double(), detractors: fc.double() })), npsFromCounts);
  });
});

describe('npsFromScores', () => {
  it('classifies 0–6, 7–8, 9–10', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('counts raw answers', () => {
    expect(npsFromScores({ scores: [10, 9, 8, 7, 6, 0, 10, 10, 9, 5] })).toMatchObject({
      ok: true,
      value: { promoters: 5, passives: 2, detractors: 3, nps: 20, total: 10 },
    });
    expect(npsFromScores({ scores: [9] })).toMatchObject({ value: { nps: 100, marginOfError: 0 } });
    expect(npsFromScores({ scores: [7, 8] })).toMatchObject({ value: { nps: 0 } });
  });

  it('error paths', () => {
    expect(npsFromScores({ scores: [] })).toEqual({ ok: false, errors: [{ field: 'scores', message: '至少需要一份答卷' }] });
    expect(npsFromScores({ scores: [10, 11, -1, 7.5] })).toEqual({
      ok: false,
      errors: [
        { field: 'scores.1', message: '第 2 个评分不能大于 10' },
        { field: 'scores.2', message: '第 3 个评分不能为负数' },
        { field: 'scores.3', message: '第 4 个评分必须是整数' },
      ],
    });
    expect(npsFromScores({ scores: null as never })).toMatchObject({ ok: false });
  });

  it('agrees with npsFromCounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const a = npsFromScores({ scores });
        const count = (k: string) => scores.filter((s) => npsCategory(s) === k).length;
        const b = npsFromCounts({ promoters: count('promoter'), passives: count('passive'), detractors: count('detractor') });
        expect(a).toEqual(b);
      }),
    );
  });
});
