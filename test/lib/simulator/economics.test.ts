import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/simulator/dataset';
import { rateWarning, rowNet, summariseTiers, tierTotals } from '../../../src/lib/simulator/economics';
import { defaultPlans } from '../../../src/lib/simulator/interventions';
import { valueVector } from '../../../src/lib/simulator/value';

/** n rows per tier (1–5), in tier order, with one value per tier. */
function population(counts: number[], values: number[], probability: number[]) {
  const tiers: number[] = [];
  const value: number[] = [];
  const p: number[] = [];
  counts.forEach((c, t) => {
    for (let k = 0; k < c; k++) {
      tiers.push(t + 1);
      value.push(values[t] as number);
      p.push(probability[t] as number);
    }
  });
  return { tiers: Uint8Array.from(tiers), value: Float64Array.from(value), probability: Float64Array.from(p), scores: Float64Array.from(p, (x) => x * 100) };
}

describe('tier economics with 干预成功率（增量）', () => {
  it('reproduces module E2’s budget table (五个层级的投入产出) exactly', () => {
    // 1,000 customers, 50/150/250/350/200, values 10,000/6,000/6,000/5,000/5,000 元, the default
    // costs 2,000/800/300/50/20 and rates 30/30/8/2/0.5 %:
    // 挽回价值 = 人数 × 成功率 × 每人价值 = 150,000 / 270,000 / 120,000 / 35,000 / 5,000;
    // 干预成本 = 100,000 / 120,000 / 75,000 / 17,500 / 4,000; 回报倍数 1.5 / 2.25 / 1.6 / 2.0 / 1.25;
    // 合计成本 316,500, 挽回价值 580,000.
    const pop = population([50, 150, 250, 350, 200], [10000, 6000, 6000, 5000, 5000], [0.6, 0.35, 0.15, 0.05, 0.01]);
    const s = summariseTiers({ ...pop, y: null, labelled: null, isTest: null, plans: defaultPlans('customers') });
    expect(s.map((t) => t.expectedSaved)).toEqual([150000, 270000, 120000, 35000, 5000].map((v) => expect.closeTo(v, 6)));
    expect(s.map((t) => t.cost)).toEqual([100000, 120000, 75000, 17500, 4000]);
    expect(s.map((t) => t.expectedSaved / t.cost)).toEqual([1.5, 2.25, 1.6, 2, 1.25].map((v) => expect.closeTo(v, 9)));
    const total = tierTotals(s);
    expect(total.cost).toBe(316500);
    expect(total.expectedSaved).toBeCloseTo(580000, 6);
    expect(total.net).toBeCloseTo(263500, 6);
    expect(s.every((t) => t.rateWarning === null)).toBe(true);
  });

  it('does not multiply the churn probability in again (the edition-1 formula gave 1,750 元 for the 低 tier)', () => {
    // Content review finding 1: 低 tier, 350 people, p̄ ≈ 5 %, 2 %, 5,000 元 → the module says
    // 35,000 元 (2.0×); 成功率 × Σ p·v would give 350 × 5 % × 2 % × 5,000 = 1,750 元.
    const pop = population([0, 0, 0, 350, 0], [0, 0, 0, 5000, 0], [0, 0, 0, 0.05, 0]);
    const low = summariseTiers({ ...pop, y: null, labelled: null, isTest: null, plans: defaultPlans('customers') })[3];
    expect(low?.expectedSaved).toBeCloseTo(35000, 6);
    expect(low?.expectedSaved).not.toBeCloseTo(1750, 0);
  });

  it('hand tier tables for both value choices: 月薪 × 12 × 150 % and 年度毛利 × 3 年', () => {
    // Employees: monthly salaries 10,000 (tier 1), 8,000 (tier 2), 6,000 (tier 3) → values
    // 180,000 / 144,000 / 108,000; employee costs 8,000 / 4,000 / 1,000 and rates 30/30/8 %:
    // saved 54,000 / 43,200 / 8,640; net 46,000 / 39,200 / 7,640.
    const employees: Table = { n: 3, columns: [{ name: '月薪', label: '月薪', kind: 'numeric', values: Float64Array.from([10000, 8000, 6000]) }] };
    const ev = valueVector(employees, { kind: 'column', column: '月薪', formula: 'monthly-salary', factor: 150 });
    if (!ev.ok) throw new Error('value');
    const e = summariseTiers({ tiers: Uint8Array.from([1, 2, 3]), scores: Float64Array.from([90, 60, 40]), probability: Float64Array.from([0.9, 0.6, 0.4]), value: ev.value.value, y: null, labelled: null, isTest: null, plans: defaultPlans('employees') });
    expect(e.slice(0, 3).map((t) => [t.meanValue, t.cost, t.expectedSaved, t.net])).toEqual([
      [180000, 8000, expect.closeTo(54000, 6), expect.closeTo(46000, 6)],
      [144000, 4000, expect.closeTo(43200, 6), expect.closeTo(39200, 6)],
      [108000, 1000, expect.closeTo(8640, 6), expect.closeTo(7640, 6)],
    ]);
    // Customers: annual margins 2,000 (tier 1) and 1,000 (tier 4) → CLV 6,000 and 3,000;
    // customer costs 2,000 / 50, rates 30 / 2 %: saved 1,800 / 60; net −200 / 10.
    const customers: Table = { n: 2, columns: [{ name: 'margin', label: '年度毛利', kind: 'numeric', values: Float64Array.from([2000, 1000]) }] };
    const cv = valueVector(customers, { kind: 'column', column: 'margin', formula: 'annual-margin', factor: 3 });
    if (!cv.ok) throw new Error('value');
    const c = summariseTiers({ tiers: Uint8Array.from([1, 4]), scores: Float64Array.from([90, 20]), probability: Float64Array.from([0.9, 0.2]), value: cv.value.value, y: null, labelled: null, isTest: null, plans: defaultPlans('customers') });
    expect([c[0]?.expectedSaved, c[0]?.net, c[0]?.roi]).toEqual([expect.closeTo(1800, 6), expect.closeTo(-200, 6), expect.closeTo(-0.1, 9)]);
    expect([c[3]?.expectedSaved, c[3]?.net]).toEqual([expect.closeTo(60, 6), expect.closeTo(10, 6)]);
  });

  it('per row: expected net of treating = 成功率 × 每人价值 − 人均成本 (by hand)', () => {
    // Tier 1 (30 %, 2,000 元): 10,000 → 1,000; tier 5 (0.5 %, 20 元): 5,000 → 5; 1,000 → −15.
    const net = rowNet(Uint8Array.from([1, 5, 5]), Float64Array.from([10000, 5000, 1000]), defaultPlans('customers'));
    expect(Array.from(net)).toEqual([expect.closeTo(1000, 9), expect.closeTo(5, 9), expect.closeTo(-15, 9)]);
  });

  it('warns when a tier’s rate exceeds the share expected to leave', () => {
    expect(rateWarning('低', 0.3, 0.05, 350)).toMatch(/“低”层的成功率 30% 高于这一层预计会流失的比例（约 5%）/);
    expect(rateWarning('低', 0.02, 0.05, 350)).toBeNull();
    expect(rateWarning('低', 0.05, 0.05, 350)).toBeNull();
    expect(rateWarning('低', 0.3, 0, 0)).toBeNull();
  });
});
