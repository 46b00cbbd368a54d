import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/simulator/dataset';
import { fairnessCheck, FOUR_FIFTHS_NOTE, MIN_GROUP, sensitiveGroups } from '../../../src/lib/simulator/fairness';

describe('fairness check (four-fifths rule)', () => {
  it('computes selection rates and ratios per group by hand, flagging a ratio below 0.8', () => {
    // Group A: 50 people, 20 selected (40 %); group B: 50 people, 15 selected (30 %);
    // ratio B/A = 0.75 < 0.8 → flagged. Group C: 10 people — too small to compare.
    const n = 110;
    const codes = Int32Array.from({ length: n }, (_, i) => (i < 50 ? 0 : i < 100 ? 1 : 2));
    const selected = Uint8Array.from({ length: n }, (_, i) => ((i < 20 || (i >= 50 && i < 65) || i === 100) ? 1 : 0));
    const tiers = Uint8Array.from({ length: n }, (_, i) => (selected[i] === 1 ? 1 : 4));
    const v = fairnessCheck([{ column: 'g', label: '性别', what: '性别', groups: ['A', 'B', 'C'], codes }], tiers, selected, '前两层');
    const rows = v.attributes[0]?.rows ?? [];
    expect(rows.map((r) => [r.group, r.count, r.selected, r.selectionRate])).toEqual([
      ['A', 50, 20, 0.4],
      ['B', 50, 15, 0.3],
      ['C', 10, 1, 0.1],
    ]);
    expect(rows[0]?.ratio).toBe(1);
    expect(rows[1]?.ratio).toBeCloseTo(0.75, 12);
    expect(rows[1]?.flagged).toBe(true);
    expect(rows[2]).toMatchObject({ small: true, ratio: null, flagged: false });
    expect(rows[0]?.tierShares).toEqual([0.4, 0, 0, 0.6, 0]);
    expect(v.attributes[0]).toMatchObject({ minRatio: expect.closeTo(0.75, 12), flagged: true });
    expect(MIN_GROUP).toBe(30);
  });

  it('does not flag a ratio of exactly 0.8, and says nothing when fewer than two groups compare', () => {
    const n = 100;
    const codes = Int32Array.from({ length: n }, (_, i) => (i < 50 ? 0 : 1));
    const selected = Uint8Array.from({ length: n }, (_, i) => ((i < 25 || (i >= 50 && i < 70)) ? 1 : 0));
    const v = fairnessCheck([{ column: 'g', label: 'g', what: '性别', groups: ['A', 'B'], codes }], new Uint8Array(n).fill(3), selected, 'x');
    expect(v.attributes[0]?.rows[1]?.ratio).toBeCloseTo(0.8, 12);
    expect(v.attributes[0]?.flagged).toBe(false);
    const one = fairnessCheck([{ column: 'g', label: 'g', what: '性别', groups: ['A'], codes: new Int32Array(n) }], new Uint8Array(n).fill(1), selected, 'x');
    expect(one.attributes[0]?.minRatio).toBeNull();
  });

  it('reads categories, ages in bands, booleans and missing values as groups', () => {
    const t: Table = {
      n: 5,
      columns: [
        { name: 'Age', label: 'Age', kind: 'numeric', values: Float64Array.from([25, 35, 45, 55, NaN]) },
        { name: 'Gender', label: 'Gender', kind: 'categorical', codes: Int32Array.from([0, 1, 0, -1, 1]), levels: ['F', 'M'] },
        { name: 'married', label: 'married', kind: 'boolean', values: Float64Array.from([1, 0, 1, 0, 1]) },
      ],
    };
    const g = sensitiveGroups(t, [
      { column: 'Age', label: 'Age', what: '年龄' },
      { column: 'Gender', label: 'Gender', what: '性别' },
      { column: 'married', label: 'married', what: '婚姻状况' },
      { column: 'nope', label: 'nope', what: '性别' },
    ]);
    expect(g.map((x) => x.groups)).toEqual([['29 岁及以下', '30–39 岁', '40–49 岁', '50 岁及以上'], ['F', 'M'], ['是', '否']]);
    expect(Array.from(g[0]?.codes ?? [])).toEqual([0, 1, 2, 3, -1]);
    const v = fairnessCheck(g, Uint8Array.from([1, 2, 3, 4, 5]), Uint8Array.from([1, 1, 0, 0, 0]), 'x');
    expect(v.attributes[1]?.rows.map((r) => [r.group, r.count])).toEqual([['F', 2], ['M', 2], ['（缺失）', 1]]);
  });

  it('says what the rule means and what it does not prove', () => {
    expect(FOUR_FIFTHS_NOTE).toMatch(/80%/);
    expect(FOUR_FIFTHS_NOTE).toMatch(/不等于歧视/);
    expect(FOUR_FIFTHS_NOTE).toMatch(/不能证明模型公平/);
  });
});
