/**
 * Transparent scorecard: a weighted sum of warning signals (seed 001, 关键流失早期预警信号),
 * scaled to a 0–100 **risk** score (higher = more likely to leave; health = 100 − risk).
 *
 * Each signal turns a column into a degree s ∈ [0, 1] by a linear ramp from `from` (no warning)
 * to `to` (full warning): s = clamp((x − from) / (to − from), 0, 1); a 0/1 signal uses from 0,
 * to 1. Risk = 100 · Σ w_k s_k / Σ w_k over signals with w_k > 0; a missing value contributes 0.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { findColumn, isNumericColumn, type Table } from './dataset';
import type { Population } from './samples';

export interface Signal {
  /** Stable id (used in URLs). */
  id: string;
  /** Wording of the warning signal, in Chinese. */
  label: string;
  column: string;
  /** Value at which the signal starts to fire (degree 0). */
  from: number;
  /** Value at which it fires fully (degree 1); below `from` means "lower is riskier". */
  to: number;
  /** Weight ≥ 0. */
  weight: number;
  /** Strategy group id (see drivers.ts). */
  group: string;
}

/** Customer warning signals (seed 001) on the customer sample's columns. */
export const CUSTOMER_SIGNALS: readonly Signal[] = [
  { id: 'interaction', label: '互动频次明显减少', column: 'interaction_change', from: 0, to: -30, weight: 2, group: 'service' },
  { id: 'complaints', label: '投诉次数或严重程度上升', column: 'complaints_90d', from: 0, to: 3, weight: 3, group: 'service' },
  { id: 'usage', label: '产品/服务使用量下降', column: 'usage_trend', from: 0, to: -30, weight: 3, group: 'feature' },
  { id: 'price', label: '对价格敏感度突然增加', column: 'price_sensitive', from: 0, to: 1, weight: 2, group: 'price' },
  { id: 'competitor', label: '对竞争对手表现出明显兴趣', column: 'competitor_interest', from: 0, to: 1, weight: 2, group: 'price' },
  { id: 'contact', label: '决策层或联系人变动', column: 'contact_changed', from: 0, to: 1, weight: 2, group: 'renewal' },
  { id: 'contract', label: '合同临近到期(3 个月内)', column: 'months_to_contract_end', from: 6, to: 0, weight: 2, group: 'renewal' },
];

/** Employee warning signals (seed 001) on the employee sample's columns. */
export const EMPLOYEE_SIGNALS: readonly Signal[] = [
  { id: 'engagement', label: '工作参与度突然下降', column: 'engagement', from: 3.5, to: 2, weight: 3, group: 'engagement' },
  { id: 'leave', label: '请假频率异常增加', column: 'leave_trend', from: 0, to: 40, weight: 2, group: 'engagement' },
  { id: 'attendance', label: '会议和团队活动出勤率下降', column: 'attendance', from: 90, to: 75, weight: 2, group: 'engagement' },
  { id: 'performance', label: '工作质量或效率明显下滑', column: 'performance', from: 3, to: 1, weight: 1, group: 'growth' },
  { id: 'resume', label: '更新简历或增加行业联系', column: 'resume_updated', from: 0, to: 1, weight: 3, group: 'intent' },
  { id: 'pay', label: '薪酬明显低于市场', column: 'pay_vs_market', from: 100, to: 80, weight: 2, group: 'pay' },
  { id: 'promotion', label: '长期未晋升', column: 'months_since_promotion', from: 18, to: 48, weight: 1, group: 'growth' },
  { id: 'one-on-one', label: '缺少与上级的一对一沟通', column: 'one_on_ones_per_month', from: 2, to: 0, weight: 2, group: 'management' },
];

export function defaultSignals(population: Population): Signal[] {
  return (population === 'customers' ? CUSTOMER_SIGNALS : EMPLOYEE_SIGNALS).map((s) => ({ ...s }));
}

/** Check that every signal's column exists and is numeric, and its parameters are finite. */
export function validateSignals(table: Table, signals: readonly Signal[]): Result<Signal[]> {
  const errors: FieldError[] = [];
  if (signals.length === 0) errors.push(fieldError('signals', '评分卡至少需要一个预警信号。'));
  let total = 0;
  signals.forEach((s, k) => {
    const col = findColumn(table, s.column);
    if (col === undefined || !isNumericColumn(col)) errors.push(fieldError(`signals.${k}`, `预警信号“${s.label}”对应的数值列“${s.column}”不存在。`));
    if (!Number.isFinite(s.weight) || s.weight < 0) errors.push(fieldError(`signals.${k}.weight`, `“${s.label}”的权重须为不小于 0 的数。`));
    else total += s.weight;
    if (!Number.isFinite(s.from) || !Number.isFinite(s.to) || s.from === s.to) errors.push(fieldError(`signals.${k}`, `“${s.label}”的起止值须为两个不同的数。`));
  });
  if (errors.length === 0 && total <= 0) errors.push(fieldError('signals', '评分卡的权重不能全为 0。'));
  return errors.length > 0 ? fail(errors) : ok(signals.map((s) => ({ ...s })));
}

/** Degree s ∈ [0, 1] to which one value fires a signal (0 for a missing value). */
export function signalDegree(signal: Signal, value: number): number {
  if (!Number.isFinite(value)) return 0;
  const d = (value - signal.from) / (signal.to - signal.from);
  return d <= 0 ? 0 : d >= 1 ? 1 : d;
}

export interface ScorecardResult {
  /** Risk score 0–100 per row (higher = riskier). */
  risk: Float64Array;
  /** Per row × signal (row-major, signals in order): weighted contribution in score points. */
  contributions: Float64Array;
  signals: Signal[];
}

/** Score every row of a table (signals assumed validated). */
export function scoreScorecard(table: Table, signals: readonly Signal[]): ScorecardResult {
  const n = table.n;
  const k = signals.length;
  const risk = new Float64Array(n);
  const contributions = new Float64Array(n * k);
  let total = 0;
  for (const s of signals) total += s.weight > 0 ? s.weight : 0;
  const scale = total > 0 ? 100 / total : 0;
  signals.forEach((s, c) => {
    const col = findColumn(table, s.column);
    if (col === undefined || !isNumericColumn(col) || !(s.weight > 0)) return;
    const w = s.weight * scale;
    for (let i = 0; i < n; i++) {
      const v = w * signalDegree(s, col.values[i] as number);
      contributions[i * k + c] = v;
      risk[i] = (risk[i] as number) + v;
    }
  });
  return { risk, contributions, signals: signals.map((s) => ({ ...s })) };
}
