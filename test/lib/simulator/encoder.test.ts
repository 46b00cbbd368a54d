import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/simulator/dataset';
import { encode, encodeFeatures, fitEncoder, MISSING_LEVEL } from '../../../src/lib/simulator/encoder';
import { MAX_FEATURES } from '../../../src/lib/simulator/bounds';

const table: Table = {
  n: 4,
  columns: [
    { name: 'a', label: '甲', kind: 'numeric', values: Float64Array.from([1, NaN, 3, 5]) },
    { name: 'b', label: '乙', kind: 'boolean', values: Float64Array.from([1, 0, 1, 0]) },
    { name: 'c', label: '丙', kind: 'categorical', codes: Int32Array.from([0, 1, -1, 0]), levels: ['x', 'y'] },
    { name: 'id', label: '编号', kind: 'id', values: ['1', '2', '3', '4'] },
  ],
};

describe('fitEncoder + encode', () => {
  it('imputes the median with a missing indicator and one-hot encodes categories (all rows, by hand)', () => {
    // a: finite 1, 3, 5 → median 3; c has a missing code → a “(缺失)” level.
    const d = encodeFeatures(table, ['a', 'b', 'c', 'id', 'nope']);
    expect(d.features.map((f) => f.name)).toEqual(['a', 'a_missing', 'b', 'c=x', 'c=y', `c=${MISSING_LEVEL}`]);
    expect(d.features[1]?.label).toBe('甲（缺失）');
    expect(Array.from(d.x.slice(0, 6))).toEqual([1, 0, 1, 1, 0, 0]);
    expect(Array.from(d.x.slice(6, 12))).toEqual([3, 1, 0, 0, 1, 0]);
    expect(Array.from(d.x.slice(12, 18))).toEqual([3, 0, 1, 0, 0, 1]);
  });

  it('learns imputation values and levels on the training rows only', () => {
    // Training rows 0 and 3: a = 1, 5 → median 3 (the test row's 3 is not used), no missing a,
    // c levels seen: x only, no missing c.
    const spec = fitEncoder(table, ['a', 'c'], Int32Array.from([0, 3]));
    expect(spec.ok).toBe(true);
    if (!spec.ok) return;
    expect(spec.value.columns).toEqual([
      { kind: 'numeric', column: 'a', label: '甲', impute: 3, missingIndicator: false },
      { kind: 'categorical', column: 'c', label: '丙', levels: ['x'], missingLevel: false },
    ]);
    const d = encode(spec.value, table);
    expect(d.ok && Array.from(d.value.x)).toEqual([
      1, 1, // row 0: a = 1, c = x
      3, 0, // row 1: a missing → 3; c = y, unseen in training → all indicators 0
      3, 0, // row 2: c missing, no missing level in training → all 0
      5, 1,
    ]);
    // Another training subset: the median of 1 and 3 is 2.
    const other = fitEncoder(table, ['a'], Int32Array.from([0, 2]));
    expect(other.ok && other.value.columns[0]).toMatchObject({ impute: 2 });
  });

  it('scores a new table by level name, whatever its own level order', () => {
    const spec = fitEncoder(table, ['c']);
    if (!spec.ok) throw new Error('spec');
    const fresh: Table = { n: 3, columns: [{ name: 'c', label: '丙', kind: 'categorical', codes: Int32Array.from([0, 1, 2]), levels: ['y', 'z', 'x'] }] };
    const d = encode(spec.value, fresh);
    // features: c=x, c=y, c=(缺失); z is unseen → 0, 0, 0.
    expect(d.ok && Array.from(d.value.x)).toEqual([0, 1, 0, 0, 0, 0, 1, 0, 0]);
  });

  it('names a missing or mistyped column instead of guessing', () => {
    const spec = fitEncoder(table, ['a', 'c']);
    if (!spec.ok) throw new Error('spec');
    const noA: Table = { n: 1, columns: [{ name: 'c', label: '丙', kind: 'categorical', codes: Int32Array.from([0]), levels: ['x'] }] };
    const r = encode(spec.value, noA);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/“a”/);
  });

  it(`refuses a design wider than ${MAX_FEATURES} features up front, naming the widest columns and a way out`, () => {
    // 6 columns × 45 levels = 270 one-hot features.
    const n = 45;
    const cols = Array.from({ length: 6 }, (_, k) => ({
      name: `cat${k}`,
      label: `cat${k}`,
      kind: 'categorical' as const,
      codes: Int32Array.from({ length: n }, (_, i) => i),
      levels: Array.from({ length: n }, (_, i) => `L${i}`),
    }));
    const wide: Table = { n, columns: [{ name: 'num', label: 'num', kind: 'numeric', values: new Float64Array(n) }, ...cols] };
    const r = fitEncoder(wide, wide.columns.map((c) => c.name));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.field).toBe('features');
    expect(r.errors[0]?.message).toMatch(/271 个特征/);
    expect(r.errors[0]?.message).toMatch(/cat0（45 个取值）|cat0（45 个取值）/);
    expect(r.errors[0]?.message).toMatch(/取消.*作为特征|合并为“其他”/);
    expect(r.errors[0]?.message).not.toMatch(/num/);
    // Dropping two of them brings it under the limit.
    expect(fitEncoder(wide, ['num', 'cat0', 'cat1', 'cat2', 'cat3']).ok).toBe(true);
  });
});
