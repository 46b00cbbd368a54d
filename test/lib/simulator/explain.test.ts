import { describe, expect, it } from 'vitest';
import { explainCoefficient, formatOdds, roundStep } from '../../../src/lib/simulator/explain';
import { niceTicks } from '../../../src/lib/simulator/ticks';

describe('plain-words explanations', () => {
  it('reads a yes/no coefficient as an odds ratio in the feature’s own units (by hand)', () => {
    // β = 0.6 per sd, sd = 0.45 → odds × e^(0.6/0.45) = e^1.333 ≈ 3.79 for 是 vs 否.
    const s = explainCoefficient({ name: 'OverTime', label: 'OverTime', column: 'OverTime', kind: 'boolean' }, 0.6, 0.45, 'employees');
    expect(s).toBe('“OverTime”为“是”的员工，流失几率约为“否”的 3.8 倍');
  });

  it('reads a number per round step near one standard deviation', () => {
    // sd 4,700 → step 5,000; β = −0.5 → e^(−0.5 × 5000/4700) ≈ 0.59.
    const s = explainCoefficient({ name: 'MonthlyIncome', label: 'MonthlyIncome', column: 'MonthlyIncome', kind: 'numeric' }, -0.5, 4700, 'employees');
    expect(s).toBe('“MonthlyIncome”每高 5,000，流失几率约变为原来的 0.59 倍');
    expect(explainCoefficient({ name: 'd=销售', label: '部门 = 销售', column: 'd', kind: 'level', level: '销售' }, 0.2, 0.4, 'customers')).toBe('“部门 = 销售”的客户，流失几率约为其他客户的 1.6 倍');
    expect(explainCoefficient({ name: 'a_missing', label: '收入（缺失）', column: 'a', kind: 'missing' }, 0, 1, null)).toBe('“收入”缺失的人，流失几率约为有值的 1.0 倍');
  });

  it('rounds steps and odds for reading', () => {
    expect([0.3, 1, 1.4, 1.6, 3.3, 2.9, 7, 4700, 0].map(roundStep)).toEqual([0.2, 1, 1, 2, 5, 2, 5, 5000, 1]);
    expect([0.0001, 0.5, 1.234, 12.6, 5000].map(formatOdds)).toEqual(['不到 0.001 倍', '0.50 倍', '1.2 倍', '13 倍', '超过 1,000 倍']);
  });

  it('puts axis ticks on round numbers', () => {
    expect(niceTicks(385)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(96)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
