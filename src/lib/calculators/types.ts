/**
 * A calculator is data: its fields (name = URL parameter), a compute that calls the metric
 * functions, the metrics it shows (each with a stable `data-metric` id), the formula, the
 * working with the user's numbers, and one sentence reading the result. One Preact shell
 * (src/components/calculator/CalculatorShell.tsx) renders any declaration.
 */
import type { FieldError, Result } from '../result';
import type { Expr } from './formula';
import type { ChartData } from '../charts/types';

export type { ChartData };

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
  /**
   * The field as the subject of a message, when the label is not a noun phrase: “第 1 期末仍在”
   * reads “第 1 期末仍在的人数为必填项”, “价格” (a reason) “因“价格”流失的客户数为必填项”.
   */
  errorLabel?: string;
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
  /** An amount that divides: must be greater than 0 (“必须大于 0”). */
  positive?: boolean;
  /**
   * The range most real values fall in, in the field's unit. A value outside it is computed,
   * but the field shows a warning (a salary of 17 元/年 was probably meant as 17 万元).
   */
  typical?: { min: number; max: number };
  /**
   * The field once took a larger unit: a bare number below `below` in a URL is read in that
   * unit (`ours=17` → “17万”, with a notice), so an old bookmark keeps its meaning. Links the
   * calculator writes mark such small numbers with 元 (`ours=500元`). See legacy-units.ts.
   */
  legacyUnit?: { below: number; suffix: '万'; name: string };
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
  /** A short note under the figure (what it is not). */
  note?: string;
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
  /**
   * Plausibility across fields (not errors: the result is still shown), e.g. a salary 10 000
   * times the market median because the two were typed in different units.
   */
  warnings?: (parsed: Parsed) => FieldError[];
  /**
   * How values cross the URL when a field's unit changed (legacy-units.ts): `read` converts an
   * old link's values and says so, `write` marks values that could be taken for old ones.
   */
  urlCodec?: {
    read: (fields: readonly FieldSpec[], values: Readonly<Record<string, string>>, paramOf: (field: string) => string) => { values: Record<string, string>; notices: string[] };
    write: (fields: readonly FieldSpec[], values: Readonly<Record<string, string>>) => Record<string, string>;
  };
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
