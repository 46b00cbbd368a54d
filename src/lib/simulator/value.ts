/**
 * The value of keeping one person, as the course teaches it:
 * - an employee: the replacement cost avoided, about 150 % of annual salary (课程参考值, module
 *   “流失的代价”): 年薪 × 150 %, or 月薪 × 12 × 150 % from a monthly salary column;
 * - a customer: the margin over the expected relationship, a simple customer lifetime value
 *   (module “忠诚度测量”: 简单 CLV = 每期毛利 × 预期合作期数): 年度毛利 × 预期合作年数;
 * - or a column that already holds the value (e.g. a CLV column), or one fixed amount per person.
 *
 * The learner chooses the column and the formula; `describeValue` is the sentence 数据概况 shows.
 */
import { fail, fieldError, ok, type Result } from '../result';
import { boundMessage, withinBound } from './bounds';
import { findColumn, isNumericColumn, type Table } from './dataset';
import type { Population } from './samples';

export type ValueFormula = 'as-is' | 'monthly-salary' | 'annual-salary' | 'annual-margin';

export type ValueRule =
  /** `factor`: percent of annual salary for the salary formulas, years for `annual-margin`; unused for `as-is`. */
  | { kind: 'column'; column: string; formula: ValueFormula; factor: number }
  | { kind: 'fixed'; amount: number };

/** The course's reference figures for the formulas' factors. */
export const REPLACEMENT_PERCENT = 150;
export const CLV_YEARS = 3;
export const FIXED_VALUE = 10_000;

export const VALUE_FORMULAS: readonly { id: ValueFormula; label: string; factor: 'percent' | 'years' | null }[] = [
  { id: 'monthly-salary', label: '月薪 × 12 × 替换成本比例（员工）', factor: 'percent' },
  { id: 'annual-salary', label: '年薪 × 替换成本比例（员工）', factor: 'percent' },
  { id: 'annual-margin', label: '年度毛利 × 预期合作年数（客户 CLV）', factor: 'years' },
  { id: 'as-is', label: '列中已是每人价值（如 CLV）', factor: null },
];

/** The default factor of a formula (150 % of salary, 3 years of margin, 1). */
export function defaultFactor(formula: ValueFormula): number {
  return formula === 'annual-margin' ? CLV_YEARS : formula === 'as-is' ? 1 : REPLACEMENT_PERCENT;
}

/** Multiplier applied to the column: 月薪 × 12 × f %, 年薪 × f %, 毛利 × f 年, or 1. */
export function valueMultiplier(formula: ValueFormula, factor: number): number {
  if (formula === 'monthly-salary') return (12 * factor) / 100;
  if (formula === 'annual-salary') return factor / 100;
  if (formula === 'annual-margin') return factor;
  return 1;
}

export function validateValueRule(rule: ValueRule): Result<ValueRule> {
  if (rule.kind === 'fixed') return withinBound('fixedValue', rule.amount) ? ok({ ...rule }) : fail([fieldError('value', boundMessage('fixedValue'))]);
  if (rule.formula === 'monthly-salary' || rule.formula === 'annual-salary') {
    if (!withinBound('replacementPercent', rule.factor)) return fail([fieldError('value', boundMessage('replacementPercent'))]);
  } else if (rule.formula === 'annual-margin' && !withinBound('years', rule.factor)) return fail([fieldError('value', boundMessage('years'))]);
  return ok({ ...rule });
}

const fmt = (v: number) => v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** The sentence for 数据概况, e.g. “每人价值 = 月薪 × 12 × 150%（避免的员工替换成本，150% 为课程参考值；月薪取自“MonthlyIncome”列）”. */
export function describeValue(rule: ValueRule, columnLabel?: string): string {
  if (rule.kind === 'fixed') return `每人价值按固定 ${fmt(rule.amount)} 元估算（没有选择价值列）`;
  const from = `取自“${columnLabel ?? rule.column}”列`;
  const reference = rule.factor === REPLACEMENT_PERCENT ? '，150% 为课程参考值' : '';
  if (rule.formula === 'monthly-salary') return `每人价值 = 月薪 × 12 × ${fmt(rule.factor)}%（避免的员工替换成本${reference}；月薪${from}）`;
  if (rule.formula === 'annual-salary') return `每人价值 = 年薪 × ${fmt(rule.factor)}%（避免的员工替换成本${reference}；年薪${from}）`;
  if (rule.formula === 'annual-margin') return `每人价值 = 年度毛利 × ${fmt(rule.factor)} 年（简化的客户生命周期价值 CLV；年度毛利${from}）`;
  return `每人价值 = 每人的价值列数值（${from}）`;
}

export interface ValueVector {
  value: Float64Array;
  /** Rows whose value cell was missing or negative (valued 0). */
  missing: number;
  description: string;
}

/** Value per row under a rule (a missing or negative cell counts 0 and is counted). */
export function valueVector(table: Table, rule: ValueRule, columnLabel?: string): Result<ValueVector> {
  const checked = validateValueRule(rule);
  if (!checked.ok) return checked;
  const out = new Float64Array(table.n);
  if (rule.kind === 'fixed') {
    out.fill(rule.amount);
    return ok({ value: out, missing: 0, description: describeValue(rule) });
  }
  const col = findColumn(table, rule.column);
  if (col === undefined || !isNumericColumn(col)) return fail([fieldError('value', `价值列“${rule.column}”不存在或不是数值列。`)]);
  const k = valueMultiplier(rule.formula, rule.factor);
  let missing = 0;
  for (let i = 0; i < table.n; i++) {
    const v = col.values[i] as number;
    if (Number.isFinite(v) && v >= 0) out[i] = v * k;
    else missing++;
  }
  return ok({ value: out, missing, description: describeValue(rule, columnLabel ?? col.label) });
}

/** Column names that look like a monetary value, and which formula they suggest. */
const SUGGESTIONS: [RegExp, ValueFormula][] = [
  [/clv|ltv|lifetime|生命周期价值|终身价值/i, 'as-is'],
  [/replacement|替换成本/i, 'as-is'],
  [/monthly.?(income|salary|pay|wage)|月薪|月收入|月工资/i, 'monthly-salary'],
  [/annual.?(salary|income|pay)|salary|年薪|年收入|年工资|薪资|薪酬/i, 'annual-salary'],
  [/margin|profit|毛利|利润/i, 'annual-margin'],
];

/**
 * The value rule an upload starts with: the first numeric column whose name suggests a value,
 * with that formula (月薪 → × 12 × 150 %); otherwise a fixed 10,000 元 per person. The choice is
 * always stated in 数据概况 and can be changed.
 */
export function suggestValueRule(columns: readonly { name: string; kind: string }[], exclude: readonly (string | null)[] = []): ValueRule {
  for (const [pattern, formula] of SUGGESTIONS) {
    const c = columns.find((x) => x.kind === 'numeric' && pattern.test(x.name) && !exclude.includes(x.name));
    if (c !== undefined) return { kind: 'column', column: c.name, formula, factor: defaultFactor(formula) };
  }
  return { kind: 'fixed', amount: FIXED_VALUE };
}

/** The built-in samples' rule: employees 年薪 × 150 %, customers 年度毛利 × 3 年. */
export function sampleValueRule(population: Population, factor?: number): ValueRule {
  return population === 'employees'
    ? { kind: 'column', column: 'annual_salary', formula: 'annual-salary', factor: factor ?? REPLACEMENT_PERCENT }
    : { kind: 'column', column: 'annual_margin', formula: 'annual-margin', factor: factor ?? CLV_YEARS };
}
