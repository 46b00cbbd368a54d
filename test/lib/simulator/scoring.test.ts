import { describe, expect, it } from 'vitest';
import { chooseWithinBudget } from '../../../src/lib/simulator/budget';
import type { NumericColumn, Table } from '../../../src/lib/simulator/dataset';
import { driverView, groupForColumn, logisticContributions, precomputeDrivers, scorecardContributions, STRATEGY_GROUPS, treeContributions } from '../../../src/lib/simulator/drivers';
import { summariseTiers } from '../../../src/lib/simulator/economics';
import { DEFAULT_SUCCESS_RATES, defaultPlans, validatePlans } from '../../../src/lib/simulator/interventions';
import type { LogisticModel } from '../../../src/lib/simulator/logistic';
import { CUSTOMER_SIGNALS, EMPLOYEE_SIGNALS } from '../../../src/lib/metrics/signals';
import { generateSample } from '../../../src/lib/simulator/samples';
import { mappedSignals, sampleSignals, scoreScorecard, signalDegree, validateSignals, type ScorecardSignal as Signal } from '../../../src/lib/simulator/scorecard';
import { fitTree } from '../../../src/lib/simulator/tree';

describe('samples', () => {
  it('are deterministic per seed and sized as asked', () => {
    const a = generateSample('customers', 500, 3);
    const b = generateSample('customers', 500, 3);
    const c = generateSample('customers', 500, 4);
    const spend = (s: typeof a) => (s.table.columns.find((x) => x.name === 'monthly_spend') as NumericColumn).values;
    expect(a.table.n).toBe(500);
    expect(Array.from(spend(a))).toEqual(Array.from(spend(b)));
    expect(Array.from(spend(a))).not.toEqual(Array.from(spend(c)));
    expect(generateSample('employees', NaN, 1).table.n).toBe(1000);
    expect(generateSample('employees', 0, 1).table.n).toBe(1);
  });

  it('have realistic base rates and signals related to the label', () => {
    for (const population of ['customers', 'employees'] as const) {
      const s = generateSample(population, 20000, 1);
      const y = (s.table.columns.find((x) => x.name === s.roles.label) as NumericColumn).values;
      const rate = y.reduce((a, b) => a + b, 0) / y.length;
      expect(rate).toBeGreaterThan(0.1);
      expect(rate).toBeLessThan(0.25);
      // Each signal column's mean differs between leavers and stayers in the risky direction.
      for (const sig of sampleSignals(population)) {
        const v = (s.table.columns.find((x) => x.name === sig.column) as NumericColumn).values;
        let m1 = 0;
        let m0 = 0;
        let n1 = 0;
        for (let i = 0; i < v.length; i++) {
          if (y[i] === 1) {
            m1 += v[i] as number;
            n1++;
          } else m0 += v[i] as number;
        }
        const diff = m1 / n1 - m0 / (v.length - n1);
        expect(Math.sign(diff), `${population} ${sig.column}`).toBe(Math.sign(sig.to - sig.from));
      }
    }
  });
});

describe('scorecard', () => {
  const table: Table = {
    n: 3,
    columns: [
      { name: 'complaints', label: '投诉', kind: 'numeric', values: Float64Array.from([0, 3, 1.5]) },
      { name: 'engagement', label: '敬业度', kind: 'numeric', values: Float64Array.from([4, 1, NaN]) },
      { name: 'seg', label: '类型', kind: 'categorical', codes: Int32Array.from([0, 0, 0]), levels: ['a'] },
    ],
  };
  const signals: Signal[] = [
    { id: 'c', label: '投诉上升', column: 'complaints', from: 0, to: 3, weight: 1, group: 'service' },
    { id: 'e', label: '参与度下降', column: 'engagement', from: 3.5, to: 2, weight: 3, group: 'engagement' },
  ];

  it('ramps each signal between from and to', () => {
    expect(signalDegree(signals[0] as Signal, 1.5)).toBe(0.5);
    expect(signalDegree(signals[0] as Signal, -1)).toBe(0);
    expect(signalDegree(signals[0] as Signal, 9)).toBe(1);
    expect(signalDegree(signals[1] as Signal, 2.75)).toBeCloseTo(0.5);
    expect(signalDegree(signals[1] as Signal, NaN)).toBe(0);
  });

  it('scores risk 0–100 as the weighted share of signals fired (by hand)', () => {
    const r = scoreScorecard(table, signals);
    // Row 0: none → 0. Row 1: both full → 100. Row 2: complaints ½ (weight 1 of 4) → 12.5; engagement missing → 0.
    expect(Array.from(r.risk)).toEqual([0, 100, 12.5]);
    expect(Array.from(r.contributions.slice(2, 4))).toEqual([25, 75]);
  });

  it('validates signals', () => {
    expect(validateSignals(table, signals).ok).toBe(true);
    const bad = validateSignals(table, [
      { id: 'x', label: '无', column: 'nope', from: 0, to: 1, weight: -1, group: 'other' },
      { id: 'y', label: '类', column: 'seg', from: 1, to: 1, weight: 1, group: 'other' },
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.length).toBe(4);
    expect(validateSignals(table, []).ok).toBe(false);
    const zero = validateSignals(table, signals.map((s) => ({ ...s, weight: 0 })));
    expect(zero.ok).toBe(false);
    expect(scoreScorecard(table, signals.map((s) => ({ ...s, weight: 0 }))).risk[1]).toBe(0);
  });

  it('is the course’s one signal list (ids, names, weights) on the sample columns', () => {
    // Every signal of the list, in its order, with its default weight: the scorecard and the
    // signal-score calculator read the same list.
    expect(sampleSignals('customers').map((s) => [s.id, s.label, s.weight])).toEqual(CUSTOMER_SIGNALS.map((s) => [s.id, s.label, s.weight]));
    expect(sampleSignals('employees').map((s) => [s.id, s.label, s.weight])).toEqual(EMPLOYEE_SIGNALS.map((s) => [s.id, s.label, s.weight]));
    expect(sampleSignals('customers').map((s) => s.weight)).toEqual([3, 2, 3, 2, 3, 2, 1]);
    for (const population of ['customers', 'employees'] as const) {
      const s = generateSample(population, 10, 1);
      expect(validateSignals(s.table, sampleSignals(population)).ok).toBe(true);
    }
  });

  it('maps an upload’s columns to the course signals, and refuses unknown ids and thresholds', () => {
    const m = mappedSignals('employee', [{ id: 'engagement-drop', column: 'JobInvolvement', from: 3, to: 1 }]);
    expect(m.ok && m.value).toEqual([{ id: 'engagement-drop', label: '工作参与度突然下降', column: 'JobInvolvement', from: 3, to: 1, weight: 3, group: 'engagement' }]);
    expect(mappedSignals('employee', [{ id: 'usage-drop', column: 'x', from: 0, to: 1 }]).ok).toBe(false);
    expect(mappedSignals('customer', [{ id: 'usage-drop', column: 'x', from: Number.NaN, to: 1 }]).ok).toBe(false);
  });
});

describe('interventions and tiers summary', () => {
  it('default plans follow seed 001 and module E2’s budget table (30/30/8/2/0.5 %, 2,000/800/300/50/20 元)', () => {
    const p = defaultPlans('customers');
    expect(p.map((x) => x.intervention)).toEqual(['一对一定制干预', '一对一定制干预', '半定制干预', '批量化维护', '批量化维护']);
    expect(p.map((x) => x.successRate)).toEqual([0.3, 0.3, 0.08, 0.02, 0.005]);
    expect(DEFAULT_SUCCESS_RATES).toEqual([0.3, 0.3, 0.08, 0.02, 0.005]);
    expect(p.map((x) => x.costPerHead)).toEqual([2000, 800, 300, 50, 20]);
    expect(p.some((x) => x.successRate === 0.47)).toBe(false);
    expect(defaultPlans('employees')[0]?.detail).toMatch(/面谈/);
  });

  it('validates plans', () => {
    expect(validatePlans(defaultPlans('customers')).ok).toBe(true);
    expect(validatePlans(defaultPlans('customers').slice(0, 4)).ok).toBe(false);
    const bad = defaultPlans('customers').map((p, i) => (i === 0 ? { ...p, costPerHead: -1, successRate: 2 } : p));
    const r = validatePlans(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['plans.0.cost', 'plans.0.success']);
  });

  it('summarises counts, rates, capture, value and ROI by hand', () => {
    const plans = defaultPlans('customers').map((p) => ({ ...p, costPerHead: 10, successRate: 0.5 }));
    const s = summariseTiers({
      tiers: Uint8Array.from([1, 1, 2, 5]),
      scores: Float64Array.from([90, 80, 50, 10]),
      probability: Float64Array.from([0.8, 0.6, 0.5, 0.1]),
      value: Float64Array.from([100, 200, 100, 50]),
      y: Uint8Array.from([1, 0, 1, 0]),
      labelled: Uint8Array.from([1, 1, 1, 1]),
      isTest: Uint8Array.from([1, 0, 0, 1]),
      plans,
    });
    const t1 = s[0];
    expect(t1).toMatchObject({ tier: 1, name: '极高', count: 2, share: 0.5, churners: 1, actualRate: 0.5, testCount: 1, testChurners: 1, testRate: 1, capturedShare: 0.5, lift: 1, meanScore: 85, meanValue: 150, cost: 20 });
    // saved = 0.5 × (100 + 200) = 150 (the incremental rate is not multiplied by p again); net = 130; ROI = 6.5.
    expect(t1?.expectedSaved).toBeCloseTo(150);
    expect(t1?.net).toBeCloseTo(130);
    expect(t1?.roi).toBeCloseTo(6.5);
    expect(t1?.meanProbability).toBeCloseTo(0.7);
    // Tier 1's expected churn is 70 % ≥ 50 %: no warning; tier 5 (10 %) with 50 % gets one.
    expect(t1?.rateWarning).toBeNull();
    expect(s[4]?.rateWarning).toMatch(/“极低”层的成功率 50% 高于这一层预计会流失的比例（约 10%）/);
    expect(s[2]).toMatchObject({ count: 0, actualRate: null, testRate: null, meanValue: 0, cost: 0, roi: null });
    const unlabelled = summariseTiers({ tiers: Uint8Array.from([1]), scores: Float64Array.from([1]), probability: Float64Array.from([1]), value: Float64Array.from([1]), y: null, labelled: null, isTest: null, plans });
    expect(unlabelled[0]).toMatchObject({ actualRate: null, capturedShare: null, lift: null });
  });
});

describe('budget mode', () => {
  const plans = defaultPlans('customers').map((p, t) => ({ ...p, costPerHead: [100, 50, 20, 5, 5][t] as number, successRate: [0.25, 0.2, 0.1, 0.03, 0.02][t] as number }));
  it('treats the best benefit per yuan first within the budget (by hand)', () => {
    // benefit = s·v: [0.25·1000, 0.2·500, 0.1·400, 0.03·100] = [250, 100, 40, 3];
    // costs [100, 50, 20, 5]; ratios 2.5, 2, 2, 0.6 (the last is not worth treating).
    // Budget 130: row 0 (2.5, 100); then rows 1 and 2 tie on ratio 2 → higher net first: row 1
    // (net 50) does not fit (150 > 130), row 2 (net 20) does → 120.
    const tiers = Uint8Array.from([1, 2, 3, 4]);
    const value = Float64Array.from([1000, 500, 400, 100]);
    const r = chooseWithinBudget(130, tiers, value, plans);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.value.selected)).toEqual([1, 0, 1, 0]);
    expect(r.value).toMatchObject({ count: 2, cost: 120, expectedSaved: 290, net: 170 });
    expect(r.value.roi).toBeCloseTo(170 / 120);
    expect(r.value.perTier[0]).toEqual({ count: 1, cost: 100 });
    const none = chooseWithinBudget(0, tiers, value, plans);
    expect(none.ok && none.value.roi).toBeNull();
    expect(chooseWithinBudget(-1, tiers, value, plans).ok).toBe(false);
    const free = chooseWithinBudget(0, tiers, value, plans.map((p) => ({ ...p, costPerHead: 0 })));
    expect(free.ok && free.value.count).toBe(4);
  });

  it('within a tier, picks the most valuable people first and skips a tier that no longer fits', () => {
    // Tier 2 only (s 0.2, c 50): values 400, 1000, 300 → benefits 80, 200, 60 → order rows 1, 0, 2.
    const tiers = Uint8Array.from([2, 2, 2, 1]);
    const value = Float64Array.from([400, 1000, 300, 10]);
    const r = chooseWithinBudget(100, tiers, value, plans);
    expect(r.ok && Array.from(r.value.selected)).toEqual([1, 1, 0, 0]);
  });
});

describe('drivers', () => {
  it('maps column names to strategy groups', () => {
    expect(groupForColumn('MonthlyIncome')).toBe('pay');
    expect(groupForColumn('YearsSinceLastPromotion')).toBe('growth');
    expect(groupForColumn('RelationshipSatisfaction')).toBe('management');
    expect(groupForColumn('OverTime')).toBe('engagement');
    expect(groupForColumn('投诉次数')).toBe('service');
    expect(groupForColumn('价格敏感')).toBe('price');
    expect(groupForColumn('usage')).toBe('feature');
    expect(groupForColumn('合同到期')).toBe('renewal');
    expect(groupForColumn('简历更新')).toBe('intent');
    expect(groupForColumn('xyz')).toBe('other');
    expect(STRATEGY_GROUPS.every((g) => g.actions.length > 0)).toBe(true);
  });

  it('ranks a scorecard’s signals per at-risk person and counts groups', () => {
    const signals: Signal[] = [
      { id: 'a', label: '投诉上升', column: 'c', from: 0, to: 1, weight: 1, group: 'service' },
      { id: 'b', label: '关注竞品', column: 'd', from: 0, to: 1, weight: 1, group: 'price' },
      { id: 'b2', label: '关注竞品', column: 'd', from: 0, to: 1, weight: 1, group: 'price' },
    ];
    const contributions = Float64Array.from([30, 10, 10, 5, 40, 0, 0, 0, 0, 9, 9, 9]);
    const v = driverView(precomputeDrivers(scorecardContributions(contributions, signals, (c) => c), 4), Uint8Array.from([1, 2, 1, 5]));
    expect(v.people.map((p) => p.row)).toEqual([0, 1, 2]);
    expect(v.people[0]?.top.map((d) => [d.label, d.contribution])).toEqual([
      ['投诉上升', 30],
      ['关注竞品', 20],
    ]);
    expect(v.people[1]?.group).toBe('price');
    expect(v.people[2]?.group).toBe('other');
    expect(v.groups.map((g) => [g.id, g.count])).toEqual([
      ['service', 1],
      ['price', 1],
      ['other', 1],
    ]);
  });

  it('lists only strategy groups that hold someone (no empty “0 人” group)', () => {
    const signals: Signal[] = [
      { id: 'a', label: '投诉上升', column: 'c', from: 0, to: 1, weight: 1, group: 'service' },
      { id: 'b', label: '关注竞品', column: 'd', from: 0, to: 1, weight: 1, group: 'price' },
    ];
    // Both people's strongest driver is service; price is only ever second.
    const v = driverView(precomputeDrivers(scorecardContributions(Float64Array.from([30, 10, 20, 5]), signals, (c) => c), 2), Uint8Array.from([1, 2]));
    expect(v.groups.map((g) => [g.id, g.count])).toEqual([['service', 2]]);
    expect(v.people[0]?.top.map((d) => d.label)).toEqual(['投诉上升', '关注竞品']);
  });

  it('attributes logistic log-odds and tree paths to columns', () => {
    const model: LogisticModel = { kind: 'logistic', intercept: 0, coefficients: Float64Array.from([2, -1, 0.5]), mean: Float64Array.from([0, 0, 0]), sd: Float64Array.from([1, 1, 1]), iterations: 1, converged: true, lambda: 1 };
    const features = [
      { name: 'pay', label: '薪酬', column: 'pay', kind: 'numeric' as const },
      { name: 'd=a', label: '部门 = a', column: 'd', kind: 'level' as const, level: 'a' },
      { name: 'd=b', label: '部门 = b', column: 'd', kind: 'level' as const, level: 'b' },
    ];
    const columns = [
      { name: 'pay', label: '薪酬', group: 'pay' },
      { name: 'd', label: '部门', group: 'other' },
    ];
    const src = logisticContributions(model, Float64Array.from([1, 0, 1, -1, 1, 0]), 3, [...features, { name: 'z', label: 'z', column: 'zz', kind: 'numeric' }], columns);
    const out = new Float64Array(2);
    src.contributions(0, out);
    expect(Array.from(out)).toEqual([2, 0.5]);
    src.contributions(1, out);
    expect(Array.from(out)).toEqual([-2, -1]);
    const x = Float64Array.from([0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0]);
    const tree = fitTree({ n: 4, p: 3, x, features }, Uint8Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 2, 3]), { maxDepth: 2, minLeaf: 1 });
    const ts = treeContributions(tree, x, 3, features, columns);
    ts.contributions(3, out);
    expect(out[0]).toBeCloseTo(0.5); // root rate 0.5 → leaf rate 1
    expect(out[1]).toBe(0);
  });
});
