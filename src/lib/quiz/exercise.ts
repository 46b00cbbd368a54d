/**
 * Generated exercises (the Khan Academy way): a template is scenario text with parameters,
 * their ranges, the formula (an id from exercise-metrics.ts, computed by the calculators' own
 * function), the output that is the answer, its unit and tolerance. Each attempt draws fresh
 * numbers from a seed, so a learner can practise the same skill again without memorising an
 * answer, and the worked solution is written with the learner's own numbers.
 *
 * A template is checked before it can ship (templateProblems): every name it uses is known,
 * the answer's unit fits the output, the tolerance accepts a correctly rounded answer, and
 * every draw — every corner of the parameter ranges plus many seeded draws — computes an
 * answer the metric accepts, finite and inside the stated answer range. A template that can
 * divide by zero or produce a rate over 100 % for some draw therefore fails the build.
 */
import type { Question } from '../../schemas/quiz';
import { formatNumber, formatPercent } from '../format';
import { createRng, randomInt, type Rng } from '../random';
import { evaluate, namesIn, parseExpression, type Expr } from './expression';
import { exerciseMetric, unitFactor, unitsFor, type OutputKind } from './exercise-metrics';

export interface ParamSpec {
  min: number;
  max: number;
  step: number;
  /** Shown as a percentage ("5%"); its value in expressions and metric inputs is the fraction (0.05). */
  percent?: boolean | undefined;
}

export interface ExerciseTemplate {
  id: string;
  /** The module section that teaches it ("回看本节"). */
  section: string;
  metric: string;
  params: Readonly<Record<string, ParamSpec>>;
  /** Values computed from the parameters, in order (each may use the ones before it). */
  derived?: Readonly<Record<string, string>> | undefined;
  /** Metric input → expression; an input not listed takes the value of the same name. */
  inputs?: Readonly<Record<string, string>> | undefined;
  /** The metric output that is the answer. */
  answer: string;
  unit: string;
  decimals: number;
  tolerance: number;
  /** The answer (in `unit`) always lies in [low, high]. */
  answerRange: readonly [number, number];
  prompt: string;
  hints?: readonly string[] | undefined;
  /** The worked solution, with placeholders for the learner's numbers. */
  solution: string;
  explanation: string;
}

/** A drawn exercise, ready to be shown and graded like an authored numeric question. */
export interface ExerciseInstance {
  question: Extract<Question, { type: 'numeric' }>;
  hints: string[];
  solution: string;
  /** Every named value of this draw (parameters as used, derived values, metric outputs). */
  values: ReadonlyMap<string, number>;
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** `{name}`, `{name:2}` (2 decimals), `{name:pp}` (a percentage as a plain number, for 个百分点). */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::(\d|pp))?\}/g;
/** Seeded draws a template must survive, on top of every corner of its ranges. */
export const CHECK_DRAWS = 400;
/** More corners than this (over 10 parameters) are sampled instead of enumerated. */
const MAX_CORNERS = 1024;

function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Number of steps in a range (0 when min = max). */
function stepsIn(p: ParamSpec): number {
  return Math.round((p.max - p.min) / p.step);
}

/** The parameter's value at step k (rounded to the step's decimals, so 0.1 steps stay exact). */
function valueAt(p: ParamSpec, k: number): number {
  const digits = Math.max(decimalsOf(p.step), decimalsOf(p.min));
  return Number((p.min + k * p.step).toFixed(digits));
}

interface Compiled {
  derived: [string, Expr][];
  inputs: [string, Expr][];
}

function compile(t: ExerciseTemplate): { ok: true; value: Compiled } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const metric = exerciseMetric(t.metric);
  if (!metric) return { ok: false, problems: [`metric“${t.metric}”不存在`] };
  const known = new Set(Object.keys(t.params));
  const derived: [string, Expr][] = [];
  for (const [name, src] of Object.entries(t.derived ?? {})) {
    if (!NAME.test(name)) problems.push(`derived 的名称“${name}”无效`);
    if (known.has(name)) problems.push(`名称“${name}”重复`);
    const e = parseExpression(src);
    if (!e.ok) {
      problems.push(`derived.${name}：${e.errors[0]!.message}`);
      continue;
    }
    for (const used of namesIn(e.value)) if (!known.has(used)) problems.push(`derived.${name} 用到了未定义的名称“${used}”`);
    derived.push([name, e.value]);
    known.add(name);
  }
  const inputs: [string, Expr][] = [];
  for (const input of metric.inputs) {
    const src = t.inputs?.[input] ?? input;
    const e = parseExpression(src);
    if (!e.ok) {
      problems.push(`inputs.${input}：${e.errors[0]!.message}`);
      continue;
    }
    for (const used of namesIn(e.value)) if (!known.has(used)) problems.push(`指标输入“${input}”用到了未定义的名称“${used}”（请在 params 或 derived 中定义，或在 inputs 中给出表达式）`);
    inputs.push([input, e.value]);
  }
  for (const name of Object.keys(t.inputs ?? {})) if (!metric.inputs.includes(name)) problems.push(`inputs 中的“${name}”不是 ${t.metric} 的输入（可用：${metric.inputs.join('、')}）`);
  return problems.length ? { ok: false, problems } : { ok: true, value: { derived, inputs } };
}

/** Problems visible without drawing: names, unit, tolerance, placeholders. */
export function staticProblems(t: ExerciseTemplate): string[] {
  const problems: string[] = [];
  for (const [name, p] of Object.entries(t.params)) {
    if (!NAME.test(name)) problems.push(`params 的名称“${name}”无效（只能用英文字母和数字，字母开头）`);
    if (!(p.step > 0) || !(p.max >= p.min)) problems.push(`params.${name}：需要 min ≤ max 且 step > 0`);
    else if (Math.abs((p.max - p.min) / p.step - stepsIn(p)) > 1e-9) problems.push(`params.${name}:max − min 应是 step 的整数倍`);
  }
  const c = compile(t);
  if (!c.ok) problems.push(...c.problems);
  const metric = exerciseMetric(t.metric);
  if (metric) {
    const kind = metric.outputs[t.answer];
    if (kind === undefined) problems.push(`answer“${t.answer}”不是 ${t.metric} 的输出（可用：${Object.keys(metric.outputs).join('、')}）`);
    else if (unitFactor(kind, t.unit) === undefined) problems.push(`单位“${t.unit}”不适合输出 ${t.answer}（可用：${unitsFor(kind).map((u) => u || '无单位').join('、')}）`);
  }
  const half = 0.5 * 10 ** -t.decimals;
  if (t.tolerance < half - 1e-12) problems.push(`tolerance ${t.tolerance} 小于保留 ${t.decimals} 位小数时的舍入误差 ${half}：按要求四舍五入的正确答案会被判错`);
  if (!(t.answerRange[0] <= t.answerRange[1])) problems.push('answerRange 应为 [下限， 上限]');
  const names = new Set([...Object.keys(t.params), ...Object.keys(t.derived ?? {}), ...Object.keys(metric?.outputs ?? {}), 'answer']);
  for (const [field, text] of [['prompt', t.prompt], ['solution', t.solution], ['explanation', t.explanation], ...(t.hints ?? []).map((h, i) => [`hints.${i}`, h])] as const) {
    for (const m of text.matchAll(PLACEHOLDER)) if (!names.has(m[1]!)) problems.push(`${field} 中的模板变量“{${m[1]}}”没有对应的参数`);
  }
  return problems;
}

type Draw = ReadonlyMap<string, number>;

/** One value per parameter (as the metric sees it: percentages as fractions). */
function drawWith(t: ExerciseTemplate, pick: (name: string, p: ParamSpec) => number): Draw {
  const values = new Map<string, number>();
  for (const [name, p] of Object.entries(t.params)) {
    const v = pick(name, p);
    values.set(name, p.percent ? Number((v / 100).toPrecision(12)) : v);
  }
  return values;
}

function seededDraw(t: ExerciseTemplate, rng: Rng): Draw {
  return drawWith(t, (_, p) => valueAt(p, randomInt(rng, 0, stepsIn(p))));
}

interface Computed {
  values: Map<string, number>;
  answer: number;
}

/** Compute one draw; a Chinese reason when the draw is invalid. */
function computeDraw(t: ExerciseTemplate, compiled: Compiled, draw: Draw): { ok: true; value: Computed } | { ok: false; reason: string } {
  const metric = exerciseMetric(t.metric)!;
  const values = new Map(draw);
  for (const [name, e] of compiled.derived) {
    const v = evaluate(e, values);
    if (!v.ok) return { ok: false, reason: `derived.${name}：${v.errors[0]!.message}` };
    values.set(name, Number(v.value.toPrecision(14)));
  }
  const input = new Map<string, number>();
  for (const [name, e] of compiled.inputs) {
    const v = evaluate(e, values);
    if (!v.ok) return { ok: false, reason: `指标输入 ${name}：${v.errors[0]!.message}` };
    input.set(name, Number(v.value.toPrecision(14)));
  }
  const r = metric.compute(input);
  if (!r.ok) return { ok: false, reason: `${metric.label}的计算拒绝了这组数：${r.errors.map((e) => e.message).join(';')}` };
  for (const [k, v] of Object.entries(r.value)) if (!values.has(k)) values.set(k, v);
  const raw = r.value[t.answer];
  const kind = metric.outputs[t.answer] as OutputKind;
  const factor = unitFactor(kind, t.unit) ?? Number.NaN;
  if (raw === undefined || !Number.isFinite(raw)) return { ok: false, reason: `答案 ${t.answer} 不是有限的数字` };
  const answer = Number((raw * factor).toPrecision(12));
  if (!Number.isFinite(answer)) return { ok: false, reason: '答案不是有限的数字' };
  if (answer < t.answerRange[0] || answer > t.answerRange[1]) return { ok: false, reason: `答案 ${answer} 超出 answerRange [${t.answerRange[0]}, ${t.answerRange[1]}]` };
  return { ok: true, value: { values, answer } };
}

function describeDraw(t: ExerciseTemplate, draw: Draw): string {
  return Object.entries(t.params)
    .map(([name, p]) => `${name}=${p.percent ? `${Number(((draw.get(name) ?? 0) * 100).toPrecision(12))}%` : draw.get(name)}`)
    .join(', ');
}

/** Every corner of the parameter box (each parameter at its min or max), or a sample of them. */
function corners(t: ExerciseTemplate): Draw[] {
  const entries = Object.entries(t.params);
  const count = 2 ** entries.length;
  const out: Draw[] = [];
  const rng = createRng(`corners:${t.id}`);
  for (let c = 0; c < Math.min(count, MAX_CORNERS); c++) {
    const mask = count > MAX_CORNERS ? Math.floor(rng() * count) : c;
    out.push(drawWith(t, (name, p) => ((mask >> entries.findIndex(([n]) => n === name)) & 1 ? p.max : p.min)));
  }
  return out;
}

/**
 * Everything wrong with a template: the static problems, then the first draw (a corner or
 * one of CHECK_DRAWS seeded draws) the metric refuses or whose answer is out of range.
 */
export function templateProblems(t: ExerciseTemplate, draws: number = CHECK_DRAWS): string[] {
  const problems = staticProblems(t);
  if (problems.length) return problems;
  const compiled = compile(t);
  if (!compiled.ok) return compiled.problems;
  const rng = createRng(`check:${t.id}`);
  const all = [...corners(t), ...Array.from({ length: draws }, () => seededDraw(t, rng))];
  for (const draw of all) {
    const r = computeDraw(t, compiled.value, draw);
    if (!r.ok) return [`有一组取值无效（${describeDraw(t, draw)}）：${r.reason}`];
  }
  return [];
}

function formatValue(name: string, value: number, t: ExerciseTemplate, digits: number | undefined): string {
  const p = t.params[name];
  if (p) {
    const d = digits ?? Math.max(decimalsOf(p.step), decimalsOf(p.min));
    return p.percent ? formatPercent(value, { digits: d, minDigits: 0 }) : formatNumber(value, { digits: d });
  }
  const kind = exerciseMetric(t.metric)?.outputs[name];
  if (kind === 'fraction') return formatPercent(value, { digits: digits ?? 1 });
  return formatNumber(value, { digits: digits ?? 2 });
}

/** Fill `{name}` and `{name:d}` placeholders with this draw's numbers. */
export function fillText(text: string, t: ExerciseTemplate, values: ReadonlyMap<string, number>, answer: number): string {
  return text.replace(PLACEHOLDER, (whole, name: string, d: string | undefined) => {
    if (name === 'answer') return formatNumber(answer, { digits: d === undefined || d === 'pp' ? t.decimals : Number(d) });
    const v = values.get(name);
    if (v === undefined) return whole;
    if (d === 'pp') return formatNumber(Number((v * 100).toPrecision(12)), { digits: 2 });
    return formatValue(name, v, t, d === undefined ? undefined : Number(d));
  });
}

/** The key of a template across the course: "ex:<module>/<template id>". */
export function exerciseKey(module: string, templateId: string): string {
  return `ex:${module}/${templateId}`;
}

/**
 * Draw the exercise for `seed`. Templates that passed templateProblems always succeed; a
 * template that did not returns the reason instead of a question.
 */
export function instantiate(t: ExerciseTemplate, key: string, seed: string): { ok: true; value: ExerciseInstance } | { ok: false; reason: string } {
  const compiled = compile(t);
  if (!compiled.ok) return { ok: false, reason: compiled.problems.join(';') };
  const r = computeDraw(t, compiled.value, seededDraw(t, createRng(`${seed}:${key}`)));
  if (!r.ok) return r;
  const { values, answer } = r.value;
  const fill = (s: string) => fillText(s, t, values, answer);
  return {
    ok: true,
    value: {
      question: {
        id: t.id,
        type: 'numeric',
        prompt: fill(t.prompt),
        section: t.section,
        explanation: fill(t.explanation),
        answer,
        tolerance: t.tolerance,
        unit: t.unit,
        decimals: t.decimals,
      },
      hints: (t.hints ?? []).map(fill),
      solution: fill(t.solution),
      values,
    },
  };
}
