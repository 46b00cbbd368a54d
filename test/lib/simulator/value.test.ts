import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/simulator/dataset';
import { describeValue, sampleValueRule, suggestValueRule, valueMultiplier, valueVector } from '../../../src/lib/simulator/value';

const table: Table = {
  n: 4,
  columns: [
    { name: 'MonthlyIncome', label: 'MonthlyIncome', kind: 'numeric', values: Float64Array.from([5000, 10000, NaN, -1]) },
    { name: 'margin', label: '年度毛利', kind: 'numeric', values: Float64Array.from([2000, 0, 1000, 3000]) },
    { name: 'dept', label: '部门', kind: 'categorical', codes: Int32Array.from([0, 0, 0, 0]), levels: ['a'] },
  ],
};

describe('value per person', () => {
  it('applies the course formulas by hand', () => {
    // 月薪 × 12 × 150 % = 18 × 月薪: 5,000 → 90,000; 10,000 → 180,000; missing and negative → 0.
    const m = valueVector(table, { kind: 'column', column: 'MonthlyIncome', formula: 'monthly-salary', factor: 150 });
    expect(m.ok && Array.from(m.value.value)).toEqual([90000, 180000, 0, 0]);
    expect(m.ok && m.value.missing).toBe(2);
    // 年度毛利 × 3 年.
    const c = valueVector(table, { kind: 'column', column: 'margin', formula: 'annual-margin', factor: 3 });
    expect(c.ok && Array.from(c.value.value)).toEqual([6000, 0, 3000, 9000]);
    expect(valueMultiplier('annual-salary', 150)).toBe(1.5);
    expect(valueMultiplier('as-is', 7)).toBe(1);
    const f = valueVector(table, { kind: 'fixed', amount: 10000 });
    expect(f.ok && Array.from(f.value.value)).toEqual([10000, 10000, 10000, 10000]);
  });

  it('states the choice in words for 数据概况', () => {
    expect(describeValue({ kind: 'column', column: 'MonthlyIncome', formula: 'monthly-salary', factor: 150 })).toBe('每人价值 = 月薪 × 12 × 150%（避免的员工替换成本，150% 为课程参考值；月薪取自“MonthlyIncome”列）');
    expect(describeValue({ kind: 'column', column: 'margin', formula: 'annual-margin', factor: 3 }, '年度毛利')).toBe('每人价值 = 年度毛利 × 3 年（简化的客户生命周期价值 CLV；年度毛利取自“年度毛利”列）');
    expect(describeValue({ kind: 'fixed', amount: 10000 })).toMatch(/固定 10,000 元/);
  });

  it('refuses a missing column, a non-numeric one and factors out of range', () => {
    expect(valueVector(table, { kind: 'column', column: 'nope', formula: 'as-is', factor: 1 }).ok).toBe(false);
    expect(valueVector(table, { kind: 'column', column: 'dept', formula: 'as-is', factor: 1 }).ok).toBe(false);
    expect(valueVector(table, { kind: 'column', column: 'margin', formula: 'annual-margin', factor: -1 }).ok).toBe(false);
    expect(valueVector(table, { kind: 'column', column: 'MonthlyIncome', formula: 'monthly-salary', factor: 5000 }).ok).toBe(false);
    expect(valueVector(table, { kind: 'fixed', amount: Number.NaN }).ok).toBe(false);
  });

  it('suggests a formula from the column names, never a monthly salary as-is', () => {
    const cols = (...names: string[]) => names.map((name) => ({ name, kind: 'numeric' }));
    expect(suggestValueRule(cols('Age', 'MonthlyIncome'))).toEqual({ kind: 'column', column: 'MonthlyIncome', formula: 'monthly-salary', factor: 150 });
    expect(suggestValueRule(cols('月薪（元）'))).toMatchObject({ formula: 'monthly-salary' });
    expect(suggestValueRule(cols('年薪'))).toMatchObject({ formula: 'annual-salary' });
    expect(suggestValueRule(cols('CLV', '月薪'))).toMatchObject({ column: 'CLV', formula: 'as-is' });
    expect(suggestValueRule(cols('gross_margin'))).toMatchObject({ formula: 'annual-margin', factor: 3 });
    // `valueOf` (a prototype member's name) is not a value column.
    expect(suggestValueRule(cols('valueOf', 'x'))).toEqual({ kind: 'fixed', amount: 10000 });
    expect(suggestValueRule([{ name: 'MonthlyIncome', kind: 'categorical' }])).toEqual({ kind: 'fixed', amount: 10000 });
    expect(suggestValueRule(cols('MonthlyIncome'), ['MonthlyIncome'])).toEqual({ kind: 'fixed', amount: 10000 });
    expect(sampleValueRule('employees')).toEqual({ kind: 'column', column: 'annual_salary', formula: 'annual-salary', factor: 150 });
    expect(sampleValueRule('customers', 2)).toEqual({ kind: 'column', column: 'annual_margin', formula: 'annual-margin', factor: 2 });
  });
});
