import { describe, expect, it } from 'vitest';
import { columnStats, labelVector, medianOf, type Design, type Table } from '../../../src/lib/simulator/dataset';
import { choleskySolve, fitLogistic, predictLogistic, sigmoid } from '../../../src/lib/simulator/logistic';
import { stratifiedSplit } from '../../../src/lib/simulator/split';
import { exportTree, fitTree, leafRules, predictTree, splitRule } from '../../../src/lib/simulator/tree';

function design(rows: number[][], names: string[] = rows[0]?.map((_, j) => `x${j}`) ?? []): Design {
  const n = rows.length;
  const p = names.length;
  return {
    n,
    p,
    x: Float64Array.from(rows.flat()),
    features: names.map((name) => ({ name, label: name, column: name, kind: 'numeric' as const })),
  };
}
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('dataset columns', () => {
  const table: Table = {
    n: 4,
    columns: [
      { name: 'a', label: '甲', kind: 'numeric', values: Float64Array.from([1, NaN, 3, 5]) },
      { name: 'b', label: '乙', kind: 'boolean', values: Float64Array.from([1, 0, 1, 0]) },
      { name: 'c', label: '丙', kind: 'categorical', codes: Int32Array.from([0, 1, -1, 0]), levels: ['x', 'y'] },
      { name: 'id', label: '编号', kind: 'id', values: ['1', '2', '3', '4'] },
      { name: 'y', label: '流失', kind: 'boolean', values: Float64Array.from([1, 0, NaN, 1]) },
      { name: 'v', label: '价值', kind: 'numeric', values: Float64Array.from([100, -5, NaN, 7]) },
    ],
  };

  it('reads labels and values', () => {
    const l = labelVector(table, 'y');
    expect(Array.from(l?.y ?? [])).toEqual([1, 0, 0, 1]);
    expect(Array.from(l?.labelled ?? [])).toEqual([1, 1, 0, 1]);
    expect(labelVector(table, null)).toBeNull();
    expect(labelVector(table, 'c')).toBeNull();
  });

  it('medians and column statistics', () => {
    expect(medianOf(Float64Array.from([3, 1, 2]))).toBe(2);
    expect(medianOf(Float64Array.from([4, 1, 2, NaN, 3]))).toBe(2.5);
    expect(medianOf(Float64Array.from([NaN]))).toBe(0);
    const d = design([[1, 5], [3, 5]]);
    const s = columnStats(d, [0, 1]);
    expect(Array.from(s.mean)).toEqual([2, 5]);
    expect(s.sd[0]).toBeCloseTo(Math.SQRT2);
    expect(s.sd[1]).toBe(1); // constant column
    expect(Array.from(columnStats(d, []).mean)).toEqual([0, 0]);
  });
});

describe('logistic regression', () => {
  it('sigmoid is stable at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });

  it('Cholesky solves a hand system and refuses a singular one', () => {
    // [[4,2],[2,3]] x = [2, 1] → x = [0.5, 0]
    const x = choleskySolve(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2);
    expect(x?.[0]).toBeCloseTo(0.5);
    expect(x?.[1]).toBeCloseTo(0);
    expect(choleskySolve(Float64Array.from([1, 1, 1, 1]), Float64Array.from([1, 1]), 2)).toBeNull();
  });

  it('fits an intercept-only model to the log-odds (tiny hand case)', () => {
    // One constant feature (standardised to 0): the intercept is the MLE log(3/1) for 3 of 4.
    const d = design([[1], [1], [1], [1]]);
    const m = fitLogistic(d, Uint8Array.from([1, 1, 1, 0]), all(4), { lambda: 0 });
    expect(m.intercept).toBeCloseTo(Math.log(3), 6);
    expect(m.converged).toBe(true);
  });

  it('never penalises the intercept: with λ > 0 an intercept-only fit is still log(3) (hand case)', () => {
    // The only feature is constant (standardised to 0 for every row), so its coefficient is 0
    // and the penalty (λ/2)·Σβⱼ² is 0 whatever λ; the intercept is the MLE log(p/(1−p)),
    // p = 3/4 → log 3 ≈ 1.0986. Penalising the intercept would pull it towards 0.
    for (const lambda of [1, 5, 100]) {
      const m = fitLogistic(design([[1], [1], [1], [1]]), Uint8Array.from([1, 1, 1, 0]), all(4), { lambda });
      expect(m.intercept).toBeCloseTo(Math.log(3), 6);
      expect(m.coefficients[0]).toBeCloseTo(0, 9);
    }
  });

  it('recovers the hand MLE for one binary feature', () => {
    // x=0: 1 of 4 churn; x=1: 3 of 4 churn. Unpenalised MLE: logit = log(1/3) + log(9)·x.
    // Standardised z = (x − 0.5)/sd, sd = sqrt(8/4/7)... the fitted probabilities are 0.25 and 0.75.
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = Uint8Array.from([1, 0, 0, 0, 1, 1, 1, 0]);
    const m = fitLogistic(design(rows), y, all(8), { lambda: 0 });
    const p = predictLogistic(m, design(rows));
    expect(p[0]).toBeCloseTo(0.25, 6);
    expect(p[4]).toBeCloseTo(0.75, 6);
    expect(m.coefficients[0] as number).toBeCloseTo(Math.log(9) * (m.sd[0] as number), 5);
  });

  it('shrinks coefficients with λ and stays finite under perfect separation', () => {
    const rows = [[0], [1], [2], [3], [4], [5]];
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const weak = fitLogistic(design(rows), y, all(6), { lambda: 0.01 });
    const strong = fitLogistic(design(rows), y, all(6), { lambda: 10 });
    expect(Math.abs(strong.coefficients[0] as number)).toBeLessThan(Math.abs(weak.coefficients[0] as number));
    expect(Number.isFinite(weak.coefficients[0])).toBe(true);
    const p = predictLogistic(weak, design(rows));
    expect(p[0]).toBeLessThan(0.1);
    expect(p[5]).toBeGreaterThan(0.9);
    const bad = fitLogistic(design(rows), y, all(6), { lambda: -1 });
    expect(bad.lambda).toBe(1);
  });
});

describe('CART tree', () => {
  it('finds the hand split that separates the classes', () => {
    const rows = [[1, 0], [2, 1], [3, 0], [10, 1], [11, 0], [12, 1]];
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const d = design(rows, ['tenure', 'noise']);
    const m = fitTree(d, y, all(6), { maxDepth: 3, minLeaf: 1 });
    expect(m.feature[0]).toBe(0);
    expect(m.threshold[0]).toBe(6.5);
    expect(Array.from(predictTree(m, d))).toEqual([0, 0, 0, 1, 1, 1]);
    expect(m.importance[0]).toBe(1);
    expect(m.count[0]).toBe(6);
  });

  it('respects the minimum leaf size and maximum depth', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i]);
    const y = Uint8Array.from(rows.map((r) => ((r[0] as number) % 4 === 0 ? 1 : 0)));
    const m = fitTree(design(rows), y, all(40), { maxDepth: 6, minLeaf: 8 });
    for (let k = 0; k < m.feature.length; k++) {
      if (m.feature[k] === -1) expect(m.count[k]).toBeGreaterThanOrEqual(8);
      expect(m.depth[k]).toBeLessThanOrEqual(6);
    }
    const stump = fitTree(design(rows), y, all(40), { maxDepth: 1, minLeaf: 1 });
    expect(Math.max(...stump.depth)).toBeLessThanOrEqual(1);
  });

  it('is a single leaf for pure or tiny data', () => {
    const m = fitTree(design([[1], [2]]), Uint8Array.from([1, 1]), all(2));
    expect(Array.from(m.feature)).toEqual([-1]);
    expect(Array.from(m.importance)).toEqual([0]);
    expect(Array.from(predictTree(m, design([[5]])))).toEqual([1]);
  });

  it('exports readable Chinese rules', () => {
    const d: Design = {
      n: 8,
      p: 2,
      x: Float64Array.from([1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1]),
      features: [
        { name: 'OverTime', label: '加班', column: 'OverTime', kind: 'boolean' },
        { name: 'dept=销售', label: '部门 = 销售', column: 'dept', kind: 'level', level: '销售' },
      ],
    };
    const y = Uint8Array.from([1, 1, 0, 0, 1, 0, 0, 1]);
    const m = fitTree(d, y, all(8), { maxDepth: 2, minLeaf: 1 });
    const view = exportTree(m, d.features, 1);
    expect(view.count).toBe(8);
    expect(view.rule).toBeUndefined();
    expect(view.children?.length).toBe(2);
    expect(view.children?.[0]?.rule).toMatch(/：否|≠/);
    const rules = leafRules(m, d.features);
    expect(rules.reduce((a, r) => a + r.count, 0)).toBe(8);
    expect(rules[0]?.rate).toBeGreaterThanOrEqual(rules[rules.length - 1]?.rate ?? 0);
    const shallow = exportTree(m, d.features, 0);
    expect(shallow.truncated).toBe(true);
  });

  it('words splits by feature kind', () => {
    expect(splitRule({ name: 'a', label: '月收入', column: 'a', kind: 'numeric' }, 2500.5, 'left')).toBe('月收入 ≤ 2,500.5');
    expect(splitRule({ name: 'a', label: '月收入', column: 'a', kind: 'numeric' }, 0.125, 'right')).toBe('月收入 > 0.13');
    expect(splitRule({ name: 'd=研发', label: '部门 = 研发', column: 'd', kind: 'level', level: '研发' }, 0.5, 'right')).toBe('部门 = 研发');
    expect(splitRule({ name: 'b', label: '加班', column: 'b', kind: 'boolean' }, 0.5, 'right')).toBe('加班：是');
    expect(splitRule({ name: 'm', label: '月收入（缺失）', column: 'a', kind: 'missing' }, 0.5, 'right')).toBe('月收入缺失');
    expect(splitRule({ name: 'm', label: '月收入（缺失）', column: 'a', kind: 'missing' }, 0.5, 'left')).toBe('月收入有值');
  });
});

describe('stratified split', () => {
  it('keeps the class shares, is seeded and skips unlabelled rows', () => {
    const y = Uint8Array.from({ length: 100 }, (_, i) => (i < 20 ? 1 : 0));
    const labelled = Uint8Array.from({ length: 100 }, (_, i) => (i === 99 ? 0 : 1));
    const a = stratifiedSplit(y, labelled, 0.7, 7);
    const b = stratifiedSplit(y, labelled, 0.7, 7);
    const c = stratifiedSplit(y, labelled, 0.7, 8);
    expect(Array.from(a.test)).toEqual(Array.from(b.test));
    expect(Array.from(a.test)).not.toEqual(Array.from(c.test));
    expect(a.train.length + a.test.length).toBe(99);
    expect(Array.from(a.train).filter((i) => y[i] === 1).length).toBe(14);
    expect(Array.from(a.test).filter((i) => y[i] === 1).length).toBe(6);
    expect(a.isTest[99]).toBe(0);
    expect(Array.from(a.test).every((i) => a.isTest[i] === 1)).toBe(true);
    expect(stratifiedSplit(y, null, NaN, 1).train.length).toBe(70);
  });
});

describe('logistic regression with a rank-deficient design', () => {
  it('still fits when λ = 0 and a one-hot block sums to the intercept', () => {
    // Two one-hot columns (always summing to 1) plus the intercept: singular without a ridge.
    const rows = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? [1, 0] : [0, 1]));
    const y = Uint8Array.from(rows.map((r, i) => (r[0] === 1 ? (i % 4 === 0 ? 1 : 0) : i % 8 === 1 ? 0 : 1)));
    const m = fitLogistic(design(rows), y, all(40), { lambda: 0 });
    const p = predictLogistic(m, design(rows));
    expect(p[0]).toBeCloseTo(0.5, 2);
    expect(p[1]).toBeCloseTo(0.75, 2);
  });
});
