import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pareto } from '../../../src/lib/metrics/pareto';

describe('pareto', () => {
  it('sorts, accumulates and finds the vital few reaching 80 %', () => {
    const r = pareto({
      reasons: [
        { label: '服务响应慢', count: 15 },
        { label: '价格', count: 40 },
        { label: '产品质量', count: 25 },
        { label: '其他', count: 5 },
        { label: '竞争对手挖角', count: 15 },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        total: 100,
        rows: [
          { label: '价格', count: 40, share: 0.4, cumulative: 0.4, vital: true },
          { label: '产品质量', count: 25, share: 0.25, cumulative: 0.65, vital: true },
          { label: '服务响应慢', count: 15, share: 0.15, cumulative: 0.8, vital: true },
          { label: '竞争对手挖角', count: 15, share: 0.15, cumulative: 0.95, vital: false },
          { label: '其他', count: 5, share: 0.05, cumulative: 1, vital: false },
        ],
        vitalFew: ['价格', '产品质量', '服务响应慢'],
        vitalShare: 0.8,
        threshold: 0.8,
        reasonsWithCount: 5,
        concentrated: true,
      },
    });
  });

  it('says when there is no vital few: equal reasons need 6 of 7 to reach 80 % (learner review)', () => {
    const equal = pareto({ reasons: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((label) => ({ label, count: 10 })) });
    // 5 × 10 = 50 of 70 = 71 % < 80 %, so the sixth is needed: 6 of 7 reasons = 86 % > 60 %.
    expect(equal).toMatchObject({ ok: true, value: { vitalFew: ['A', 'B', 'C', 'D', 'E', 'F'], reasonsWithCount: 7, concentrated: false } });
    // The module's example: 58, 46, 34, 22, 16, 12, 12 of 200 reach 80 % with four (57 % of 7).
    const module = pareto({ reasons: [58, 46, 34, 22, 16, 12, 12].map((count, i) => ({ label: `R${i}`, count })) });
    expect(module).toMatchObject({ ok: true, value: { vitalShare: 0.8, reasonsWithCount: 7, concentrated: true } });
    expect(module.ok && module.value.vitalFew).toHaveLength(4);
    // Five of seven (71 %) is too many; a single reason given is its own vital few.
    const five = pareto({ reasons: [20, 20, 20, 15, 10, 10, 5].map((count, i) => ({ label: `R${i}`, count })) });
    expect(five).toMatchObject({ ok: true, value: { concentrated: false } });
    expect(pareto({ reasons: [{ label: 'A', count: 3 }, { label: 'B', count: 0 }] })).toMatchObject({ ok: true, value: { reasonsWithCount: 1, concentrated: true } });
  });

  it('one dominant reason; a custom threshold; zero counts never vital', () => {
    expect(pareto({ reasons: [{ label: 'A', count: 9 }, { label: 'B', count: 1 }] })).toMatchObject({
      value: { vitalFew: ['A'], vitalShare: 0.9 },
    });
    expect(pareto({ reasons: [{ label: 'A', count: 5 }, { label: 'B', count: 3 }, { label: 'C', count: 2 }], threshold: 0.5 })).toMatchObject({
      value: { vitalFew: ['A'] },
    });
    expect(pareto({ reasons: [{ label: 'A', count: 1 }, { label: 'B', count: 0 }], threshold: 1 })).toMatchObject({
      value: { vitalFew: ['A'], rows: [{ vital: true }, { vital: false }] },
    });
    expect(pareto({ reasons: [{ label: 'A', count: 1 }, { label: 'B', count: 1 }], threshold: 1e-12 })).toMatchObject({
      value: { vitalFew: ['A'] },
    });
  });

  it('error paths', () => {
    expect(pareto({ reasons: [] })).toEqual({ ok: false, errors: [{ field: 'reasons', message: '至少需要一个流失原因' }] });
    expect(
      pareto({ reasons: [{ label: ' ', count: 1 }, { label: '价格', count: -1 }, { label: '价格', count: 2.5 }], threshold: 0 }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'threshold', message: '关键少数的累计占比必须大于 0' },
        { field: 'reasons.0.label', message: '第 1 个原因的名称为必填项' },
        { field: 'reasons.1.count', message: '原因“价格”的次数不能为负数' },
        { field: 'reasons.2.label', message: '原因“价格”重复' },
        { field: 'reasons.2.count', message: '原因“价格”的次数必须是整数' },
      ],
    });
    expect(pareto({ reasons: [{ label: 'A', count: 0 }] })).toEqual({
      ok: false,
      errors: [{ field: 'reasons', message: '流失原因的次数之和必须大于 0' }],
    });
  });

  it('cumulative rises to 1 and the vital few reach the threshold minimally (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (counts, threshold) => {
        fc.pre(counts.some((n) => n > 0));
        const r = pareto({ reasons: counts.map((count, i) => ({ label: `r${i}`, count })), threshold });
        if (!r.ok) throw new Error('expected ok');
        const rows = r.value.rows;
        expect(rows.at(-1)?.cumulative).toBeCloseTo(1, 12);
        for (let i = 1; i < rows.length; i++) expect((rows[i]?.count ?? 0) <= (rows[i - 1]?.count ?? 0)).toBe(true);
        const k = r.value.vitalFew.length;
        expect(r.value.vitalShare).toBeGreaterThanOrEqual(threshold - 1e-9);
        if (k > 1) expect(rows[k - 2]?.cumulative ?? 0).toBeLessThan(threshold);
      }),
    );
  });
});
