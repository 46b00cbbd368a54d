/**
 * Charts as data. A calculator describes *what* to show (ChartData: bars, lines, a timeline, a
 * Pareto chart, a gap profile) with its text alternative; the layouts in this folder turn it into
 * a Scene — positioned marks in SVG user units — and one Preact component
 * (src/components/shared/ChartSvg.tsx) draws a Scene, on the server at build time and in the
 * island alike. No colour is ever computed here: each mark carries a *tone*, which the stylesheet
 * maps to a theme variable (`.chart-tone-accent { --chart-tone: var(--accent) }`), so both themes
 * and print work without JavaScript reading colours.
 */

/** What a mark means, not its colour: the stylesheet maps each tone to a theme variable. */
export type Tone = 'accent' | 'muted' | 'danger' | 'warn' | 'text';

/** Every tone, for tests and the stylesheet. */
export const TONES: readonly Tone[] = ['accent', 'muted', 'danger', 'warn', 'text'];

/** How axis ticks and value labels are written. */
export type NumberFormat = 'percent' | 'integer' | 'number' | 'currency';

interface ChartBase {
  title: string;
  /** One or two sentences describing what the chart shows (part of the text alternative). */
  summary: string;
  /** The same data as a table, for screen readers and print. */
  table: { head: string[]; rows: string[][] };
}

/** Vertical bars, one per category (NPS groups, CSAT scores). */
export interface BarChartData extends ChartBase {
  kind: 'bar';
  xLabel: string;
  yLabel: string;
  yFormat: NumberFormat;
  /** Fixed top of the value axis (1 for shares); otherwise a round number above the largest bar. */
  yMax?: number;
  bars: { label: string; value: number; tone: Tone; /** Written above the bar; default: the value. */ text?: string }[];
}

/** One or more lines over a numeric x axis (a cohort curve, CLV against churn). */
export interface LineChartData extends ChartBase {
  kind: 'line';
  xLabel: string;
  yLabel: string;
  xFormat: NumberFormat;
  yFormat: NumberFormat;
  /** Whole-number x ticks (periods). */
  xIntegers?: boolean;
  /** Fixed value axis, e.g. [0, 1] for retention; otherwise from 0 to a round number. */
  yDomain?: [number, number];
  series: { name: string; tone: Tone; dashed?: boolean; /** Draw a dot at each point. */ dots?: boolean; points: { x: number; y: number }[] }[];
  /** A vertical reference line (today's churn rate). */
  ruleX?: { value: number; label: string; tone: Tone };
}

/** Dates on one line: a highlighted window, events, and "today". */
export interface TimelineChartData extends ChartBase {
  kind: 'timeline';
  /** ISO dates. */
  window?: { from: string; to: string; label: string };
  events: { date: string; label: string; tone: Tone }[];
  marker?: { date: string; label: string; tone: Tone };
}

/** Bars sorted from largest with their cumulative share as a line, and the threshold (80 %). */
export interface ParetoChartData extends ChartBase {
  kind: 'pareto';
  xLabel: string;
  yLabel: string;
  /** Largest first. */
  bars: { label: string; count: number; vital: boolean }[];
  /** Cumulative share that defines the vital few (0.8). */
  threshold: number;
}

/** Expectation and perception per dimension on a fixed scale (SERVQUAL gap profile). */
export interface GapChartData extends ChartBase {
  kind: 'gap';
  xLabel: string;
  /** The score scale, e.g. [1, 7]. */
  scale: [number, number];
  rows: { label: string; expectation: number; perception: number }[];
  expectationLabel: string;
  perceptionLabel: string;
}

export type ChartData = BarChartData | LineChartData | TimelineChartData | ParetoChartData | GapChartData;

/** What a mark is, as a CSS class (`chart-<role>`) and `data-mark` for tests. */
export type MarkRole =
  | 'bar'
  | 'window'
  | 'line'
  | 'dot'
  | 'rule'
  | 'threshold'
  | 'segment'
  | 'grid'
  | 'axis'
  | 'tick'
  | 'label'
  | 'value'
  | 'title';

export type Mark =
  | { type: 'rect'; role: MarkRole; x: number; y: number; width: number; height: number; tone?: Tone; series?: string }
  | { type: 'line'; role: MarkRole; x1: number; y1: number; x2: number; y2: number; tone?: Tone; dashed?: boolean; series?: string }
  | { type: 'path'; role: MarkRole; points: [number, number][]; tone?: Tone; dashed?: boolean; series?: string }
  | { type: 'circle'; role: MarkRole; cx: number; cy: number; r: number; tone?: Tone; hollow?: boolean; series?: string }
  | { type: 'text'; role: MarkRole; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; rotate?: number; tone?: Tone };

export interface LegendItem {
  name: string;
  tone: Tone;
  shape: 'box' | 'line' | 'dot' | 'ring';
  dashed?: boolean;
}

/** A chart laid out: SVG user units, origin top left, one unit = one CSS pixel at `width`. */
export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
  legend: LegendItem[];
}
