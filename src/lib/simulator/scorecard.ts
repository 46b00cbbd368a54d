/**
 * Transparent scorecard: a weighted sum of the course's warning signals (the one list,
 * src/lib/metrics/signals.ts — the same signals, names and default weights as the module text
 * and the signal-score calculator), scaled to a 0–100 **risk** score (higher = more likely to
 * leave; health = 100 − risk).
 *
 * Each signal reads one numeric column and turns it into a degree s ∈ [0, 1] by a linear ramp
 * from `from` (no warning) to `to` (full warning): s = clamp((x − from) / (to − from), 0, 1);
 * a 0/1 column uses from 0, to 1; `to` below `from` means “lower is riskier”.
 * Risk = 100 · Σ w_k s_k / Σ w_k over signals with w_k > 0; a missing value contributes 0.
 * The built-in samples have a column for every signal (SAMPLE_SIGNAL_COLUMNS); on an upload the
 * learner maps columns to signals and sets the two thresholds.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { SIGNALS, type CourseSignal, type SignalAudience } from '../metrics/signals';
import { boundMessage, withinBound } from './bounds';
import { findColumn, isNumericColumn, type Table } from './dataset';
import type { Population } from './samples';

/** A signal as the scorecard computes it: the course signal, a column and its ramp. */
export interface ScorecardSignal {
  /** The course signal's id (used in URLs as `w.<id>`). */
  id: string;
  /** Its Chinese name. */
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

/** How a column feeds a signal: the learner's mapping for an upload. */
export interface SignalMapping {
  id: string;
  column: string;
  from: number;
  to: number;
}

export const AUDIENCE_OF: Readonly<Record<Population, SignalAudience>> = { employees: 'employee', customers: 'customer' };

/** The strategy group (drivers.ts) each course signal belongs to. */
export const SIGNAL_GROUPS: Readonly<Record<string, string>> = {
  'engagement-drop': 'engagement',
  'leave-increase': 'engagement',
  'attendance-drop': 'engagement',
  'quality-decline': 'growth',
  'negative-mood': 'engagement',
  'job-search': 'intent',
  'long-term-withdrawal': 'intent',
  'interaction-drop': 'service',
  'complaints-rise': 'service',
  'usage-drop': 'feature',
  'price-sensitivity': 'price',
  'competitor-interest': 'price',
  'contact-change': 'renewal',
  'upgrade-indifference': 'feature',
};

/** Which column of each built-in sample carries each signal, and its ramp. */
export const SAMPLE_SIGNAL_COLUMNS: Readonly<Record<Population, Readonly<Record<string, Omit<SignalMapping, 'id'>>>>> = {
  employees: {
    'engagement-drop': { column: 'engagement', from: 3.5, to: 2 },
    'leave-increase': { column: 'leave_trend', from: 0, to: 40 },
    'attendance-drop': { column: 'attendance', from: 90, to: 75 },
    'quality-decline': { column: 'performance', from: 3, to: 1 },
    'negative-mood': { column: 'negative_incidents', from: 0, to: 3 },
    'job-search': { column: 'resume_updated', from: 0, to: 1 },
    'long-term-withdrawal': { column: 'long_term_projects', from: 2, to: 0 },
  },
  customers: {
    'interaction-drop': { column: 'interaction_change', from: 0, to: -30 },
    'complaints-rise': { column: 'complaints_90d', from: 0, to: 3 },
    'usage-drop': { column: 'usage_trend', from: 0, to: -30 },
    'price-sensitivity': { column: 'price_sensitive', from: 0, to: 1 },
    'competitor-interest': { column: 'competitor_interest', from: 0, to: 1 },
    'contact-change': { column: 'contact_changed', from: 0, to: 1 },
    'upgrade-indifference': { column: 'upgrade_indifferent', from: 0, to: 1 },
  },
};

function fromCourse(s: CourseSignal, m: Omit<SignalMapping, 'id'>): ScorecardSignal {
  return { id: s.id, label: s.label, column: m.column, from: m.from, to: m.to, weight: s.weight, group: SIGNAL_GROUPS[s.id] ?? 'other' };
}

/** The course signals of a sample population, each on its sample column, default weights. */
export function sampleSignals(population: Population): ScorecardSignal[] {
  const columns = SAMPLE_SIGNAL_COLUMNS[population];
  return SIGNALS[AUDIENCE_OF[population]].flatMap((s) => {
    const m = columns[s.id];
    return m === undefined ? [] : [fromCourse(s, m)];
  });
}

/** The course signals of an audience on an upload's columns, as the learner mapped them. */
export function mappedSignals(audience: SignalAudience, mapping: readonly SignalMapping[]): Result<ScorecardSignal[]> {
  const errors: FieldError[] = [];
  const out: ScorecardSignal[] = [];
  mapping.forEach((m, k) => {
    const s = SIGNALS[audience].find((x) => x.id === m.id);
    if (s === undefined) {
      errors.push(fieldError(`signals.${k}`, '这不是课程清单里的预警信号。'));
      return;
    }
    if (!withinBound('threshold', m.from) || !withinBound('threshold', m.to)) errors.push(fieldError(`signals.${k}`, `“${s.label}”：${boundMessage('threshold')}。`));
    out.push(fromCourse(s, m));
  });
  return errors.length > 0 ? fail(errors) : ok(out);
}

/** Check that every signal's column exists and is numeric, and its parameters are finite. */
export function validateSignals(table: Table, signals: readonly ScorecardSignal[]): Result<ScorecardSignal[]> {
  const errors: FieldError[] = [];
  if (signals.length === 0) errors.push(fieldError('signals', '评分卡至少需要一个预警信号。请把数据中的列对应到课程的预警信号。'));
  let total = 0;
  signals.forEach((s, k) => {
    const col = findColumn(table, s.column);
    if (col === undefined || !isNumericColumn(col)) errors.push(fieldError(`signals.${k}`, `预警信号“${s.label}”对应的数值列“${s.column}”不存在。`));
    if (!withinBound('weight', s.weight)) errors.push(fieldError(`signals.${k}.weight`, `“${s.label}”：${boundMessage('weight')}。`));
    else total += s.weight;
    if (!Number.isFinite(s.from) || !Number.isFinite(s.to) || s.from === s.to) errors.push(fieldError(`signals.${k}`, `“${s.label}”的起止值须为两个不同的数。`));
  });
  if (errors.length === 0 && total <= 0) errors.push(fieldError('signals', '评分卡的权重不能全为 0。'));
  return errors.length > 0 ? fail(errors) : ok(signals.map((s) => ({ ...s })));
}

/** Degree s ∈ [0, 1] to which one value fires a signal (0 for a missing value). */
export function signalDegree(signal: Pick<ScorecardSignal, 'from' | 'to'>, value: number): number {
  if (!Number.isFinite(value)) return 0;
  const d = (value - signal.from) / (signal.to - signal.from);
  return d <= 0 ? 0 : d >= 1 ? 1 : d;
}

export interface ScorecardResult {
  /** Risk score 0–100 per row (higher = riskier). */
  risk: Float64Array;
  /** Per row × signal (row-major, signals in order): weighted contribution in score points. */
  contributions: Float64Array;
  signals: ScorecardSignal[];
}

/** Score every row of a table (signals assumed validated). */
export function scoreScorecard(table: Table, signals: readonly ScorecardSignal[]): ScorecardResult {
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
