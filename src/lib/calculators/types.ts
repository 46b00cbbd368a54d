/**
 * A calculator is data: its fields (name = URL parameter), a compute that calls the metric
 * functions, the metrics it shows (each with a stable `data-metric` id), the formula, the
 * working with the user's numbers, and one sentence reading the result. One Preact shell
 * (src/components/calculator/CalculatorShell.tsx) renders any declaration.
 */
import type { FieldError, Result } from '../result';
import type { Expr } from './formula';

export type FieldKind = 'count' | 'amount' | 'percent' | 'number' | 'date' | 'choice' | 'boolean';

export interface Choice {
  value: string;
  label: string;
}

export interface FieldSpec {
  /** The URL parameter; lowercase ASCII, never changes once published. */
  name: string;
  /** The Chinese label shown at the input. */
  label: string;
  /** Unit shown after the input: 人, 个, 元, %, 月 … */
  unit?: string;
  kind: FieldKind;
  /** The example value, written as in the URL (percentages as percentages). */
  example: string;
  /** Bounds in the field's own unit (percent fields: percent points). */
  min?: number;
  max?: number;
  step?: number;
  /** An empty optional field is left out of the computation instead of being an error. */
  optional?: boolean;
  /** For kind 'choice'. */
  choices?: readonly Choice[];
  /** A short hint under the input. */
  hint?: string;
  /** Shown and used only when another field has this raw value (e.g. the signal list). */
  when?: { field: string; equals: string };
}

/** What the user typed, by field name (strings, exactly as in the inputs and the URL). */
export type RawValues = Readonly<Record<string, string>>;

/** A parsed field value: numbers are in lib units (percentages as fractions). */
export type Parsed = Record<string, number | string | boolean | undefined>;

export interface MetricSpec<V> {
  /** The `data-metric` id tests and bookmarks rely on; never changes. */
  id: string;
  label: string;
  /** The figure as shown ("85%", "¥2,400"). */
  format: (value: V, parsed: Parsed) => string;
  /** Secondary metrics are shown smaller. */
  secondary?: boolean;
}

/** A chart: data for the lazy drawing chunk plus its text alternative. */
export interface ChartData {
  kind: 'line' | 'bar' | 'timeline';
  title: string;
  /** One or two sentences describing what the chart shows (text alternative). */
  summary: string;
  xLabel: string;
  yLabel: string;
  /** Line/bar points; `series` groups lines. For timelines x is an ISO date. */
  points: { x: number | string; y: number; series?: string; label?: string }[];
  /** y values are fractions shown as percentages. */
  yPercent?: boolean;
  /** x values are fractions shown as percentages. */
  xPercent?: boolean;
  /** A vertical or horizontal reference mark (e.g. the current churn). */
  ruleX?: number | string;
  /** The same data as a table for screen readers and print. */
  table: { head: string[]; rows: string[][] };
}

export interface CalculatorSpec<V = unknown> {
  id: string;
  title: string;
  /** Topic heading on /tools/. */
  topic: Topic;
  /** One or two sentences: what the calculator answers. */
  summary: string;
  fields: readonly FieldSpec[];
  /** Parsed fields → the metric functions' result; errors name URL fields. */
  compute: (parsed: Parsed) => Result<V>;
  metrics: readonly MetricSpec<V>[];
  /** The formula, with Chinese variable names. */
  formula: readonly Expr[];
  /** A sentence under the formula (what a symbol means). */
  formulaNote?: string;
  /** The formula again with the user's numbers. */
  working: (value: V, parsed: Parsed) => Expr[];
  /** One Chinese sentence interpreting the result. */
  reading: (value: V, parsed: Parsed) => string;
  /** A worked example in prose, shown on the /tools/ page (uses the example values). */
  example: string;
  /** Module slugs that teach this; only existing modules are linked. */
  teachingModules: readonly string[];
  chart?: (value: V, parsed: Parsed) => ChartData;
  /** Offer a "打印" button (the onboarding plan). */
  printable?: boolean;
  /** Extra list output (e.g. the onboarding plan), rendered as a table. */
  table?: (value: V, parsed: Parsed) => { caption: string; head: string[]; rows: string[][] };
}

export type Topic = 'basics' | 'employee' | 'customer' | 'loyalty' | 'analysis';

export const TOPICS: readonly { id: Topic; title: string; intro: string }[] = [
  { id: 'basics', title: '留存与流失基础', intro: '留存率、流失率、周期换算与同期群。' },
  { id: 'employee', title: '员工保留', intro: '离职的代价、薪酬竞争力与新员工关键节点。' },
  { id: 'customer', title: '客户留存', intro: '流失的代价、续约时间线与留存投入回报。' },
  { id: 'loyalty', title: '忠诚度与满意度', intro: 'NPS、CSAT、客户生命周期价值与服务质量差距。' },
  { id: 'analysis', title: '分析与预警', intro: '流失原因的帕累托分析与预警信号评分。' },
];

export type { FieldError };
