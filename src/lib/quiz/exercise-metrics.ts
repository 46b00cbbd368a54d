/**
 * The formulas a generated exercise may ask about, each computed by the same function the
 * course's calculators use (src/lib/metrics, and src/lib/simulator/evaluate.ts for lift,
 * precision and recall). A template names one of these by id, gives its inputs, and picks
 * one output as the answer; nothing here re-implements a formula.
 *
 * Output kinds say how a value is written: a `fraction` (0.85) is answered in % or 个百分点,
 * `money` in 元 / 万元 / 亿元, a `count` and a `number` as they are.
 */
import { fail, fieldError, ok, type Result } from '../result';
import { customerRetentionRate, employeeRetentionRate } from '../metrics/retention';
import { churnRate } from '../metrics/churn';
import { convertChurnRate } from '../metrics/period';
import { cohortRetention } from '../metrics/cohort';
import { npsFromCounts } from '../metrics/nps';
import { csatFromCounts } from '../metrics/csat';
import { customerLifetimeValue } from '../metrics/clv';
import { replacementCost, replacementCostBreakdown } from '../metrics/replacement-cost';
import { churnCost } from '../metrics/churn-cost';
import { payGap } from '../metrics/pay-gap';
import { loyaltyRoi } from '../metrics/loyalty-roi';
import { interventionRoi } from '../metrics/intervention-roi';
import { classificationMetrics, liftOf } from '../simulator/evaluate';

export type OutputKind = 'fraction' | 'money' | 'count' | 'number';

export interface ExerciseMetric {
  /** The formula's Chinese name (the skill, in review). */
  label: string;
  /** The inputs a template must give, each a number. */
  inputs: readonly string[];
  /** What the formula returns, by name, and how each is written. */
  outputs: Readonly<Record<string, OutputKind>>;
  /** Compute with the course's own function; its Chinese errors come back unchanged. */
  compute(input: ReadonlyMap<string, number>): Result<Record<string, number>, string>;
}

type Values = ReadonlyMap<string, number>;
const n = (v: Values, key: string): number => v.get(key) ?? Number.NaN;

/** Keep the numeric fields named in `keys` (dropping nulls and other types). */
function pick<T extends object>(value: T, keys: readonly (keyof T & string)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) {
    const x = value[k];
    if (typeof x === 'number') out[k] = x;
  }
  return out;
}

function mapResult<T extends object>(r: Result<T, string>, keys: readonly (keyof T & string)[]): Result<Record<string, number>, string> {
  return r.ok ? ok(pick(r.value, keys)) : r;
}

function define<const O extends Record<string, OutputKind>>(m: { label: string; inputs: readonly string[]; outputs: O; compute: ExerciseMetric['compute'] }): ExerciseMetric {
  return m;
}

export const EXERCISE_METRICS = {
  'customer-retention': define({
    label: '客户留存率',
    inputs: ['start', 'end', 'added'],
    outputs: { rate: 'fraction', retained: 'count', lost: 'count', churnRate: 'fraction' },
    compute: (v) => mapResult(customerRetentionRate({ start: n(v, 'start'), end: n(v, 'end'), added: n(v, 'added') }), ['rate', 'retained', 'lost', 'churnRate']),
  }),
  'employee-retention': define({
    label: '员工留存率',
    inputs: ['start', 'end', 'added'],
    outputs: { rate: 'fraction', retained: 'count', lost: 'count', churnRate: 'fraction' },
    compute: (v) => mapResult(employeeRetentionRate({ start: n(v, 'start'), end: n(v, 'end'), added: n(v, 'added') }), ['rate', 'retained', 'lost', 'churnRate']),
  }),
  churn: define({
    label: '流失率（期初口径）',
    inputs: ['start', 'lost'],
    outputs: { rate: 'fraction', retentionRate: 'fraction' },
    compute: (v) => mapResult(churnRate({ start: n(v, 'start'), lost: n(v, 'lost') }), ['rate', 'retentionRate']),
  }),
  'churn-average': define({
    label: '流失率（平均人数口径）',
    inputs: ['start', 'lost', 'end'],
    outputs: { rate: 'fraction', base: 'number' },
    compute: (v) => mapResult(churnRate({ start: n(v, 'start'), lost: n(v, 'lost'), end: n(v, 'end'), denominator: 'average' }), ['rate', 'base']),
  }),
  'period-month-to-year': define({
    label: '月流失率换算为年流失率',
    inputs: ['rate'],
    outputs: { rate: 'fraction', naive: 'fraction', naiveError: 'fraction', retentionTo: 'fraction' },
    compute: (v) => mapResult(convertChurnRate({ rate: n(v, 'rate'), from: 'month', to: 'year' }), ['rate', 'naive', 'naiveError', 'retentionTo']),
  }),
  'period-year-to-month': define({
    label: '年流失率换算为月流失率',
    inputs: ['rate'],
    outputs: { rate: 'fraction', naive: 'fraction', retentionTo: 'fraction' },
    compute: (v) => mapResult(convertChurnRate({ rate: n(v, 'rate'), from: 'year', to: 'month' }), ['rate', 'naive', 'retentionTo']),
  }),
  cohort: define({
    label: '同期群留存',
    inputs: ['size', 's1', 's2', 's3'],
    outputs: { finalRetention: 'fraction', averageChurn: 'fraction', expectedLifetime: 'number' },
    compute: (v) => mapResult(cohortRetention({ size: n(v, 'size'), survivors: [n(v, 's1'), n(v, 's2'), n(v, 's3')] }), ['finalRetention', 'averageChurn', 'expectedLifetime']),
  }),
  nps: define({
    label: '净推荐值 NPS',
    inputs: ['promoters', 'passives', 'detractors'],
    outputs: { nps: 'number', promoterShare: 'fraction', detractorShare: 'fraction', total: 'count' },
    compute: (v) => mapResult(npsFromCounts({ promoters: n(v, 'promoters'), passives: n(v, 'passives'), detractors: n(v, 'detractors') }), ['nps', 'promoterShare', 'detractorShare', 'total']),
  }),
  csat: define({
    label: '客户满意度 CSAT',
    inputs: ['c1', 'c2', 'c3', 'c4', 'c5'],
    outputs: { csat: 'fraction', satisfied: 'count', total: 'count', mean: 'number' },
    compute: (v) => mapResult(csatFromCounts({ counts: ['c1', 'c2', 'c3', 'c4', 'c5'].map((k) => n(v, k)), scale: 5 }), ['csat', 'satisfied', 'total', 'mean']),
  }),
  clv: define({
    label: '客户生命周期价值（简单公式）',
    inputs: ['arpu', 'grossMargin', 'churn'],
    outputs: { simple: 'money', margin: 'money', lifetime: 'number' },
    compute: (v) => mapResult(customerLifetimeValue({ arpu: n(v, 'arpu'), grossMargin: n(v, 'grossMargin'), churn: n(v, 'churn') }), ['simple', 'margin', 'lifetime']),
  }),
  'clv-discounted': define({
    label: '客户生命周期价值（贴现公式）',
    inputs: ['arpu', 'grossMargin', 'churn', 'discountRate'],
    outputs: { discounted: 'money', simple: 'money', margin: 'money', retention: 'fraction' },
    compute: (v) =>
      mapResult(customerLifetimeValue({ arpu: n(v, 'arpu'), grossMargin: n(v, 'grossMargin'), churn: n(v, 'churn'), discountRate: n(v, 'discountRate') }), ['discounted', 'simple', 'margin', 'retention']),
  }),
  'replacement-cost': define({
    label: '员工替换成本（年薪倍数）',
    inputs: ['salary', 'leavers', 'multiplier'],
    outputs: { total: 'money', perLeaver: 'money' },
    compute: (v) => mapResult(replacementCost({ salary: n(v, 'salary'), leavers: n(v, 'leavers'), multiplier: n(v, 'multiplier') }), ['total', 'perLeaver']),
  }),
  'replacement-breakdown': define({
    label: '员工替换成本（构成法）',
    inputs: ['salary', 'leavers', 'recruiting', 'training', 'rampUpMonths', 'productivityLoss'],
    outputs: { perLeaver: 'money', total: 'money', rampUp: 'money' },
    compute: (v) =>
      mapResult(
        replacementCostBreakdown({
          salary: n(v, 'salary'),
          leavers: n(v, 'leavers'),
          recruiting: n(v, 'recruiting'),
          training: n(v, 'training'),
          rampUpMonths: n(v, 'rampUpMonths'),
          productivityLoss: n(v, 'productivityLoss'),
        }),
        ['perLeaver', 'total', 'rampUp'],
      ),
  }),
  'churn-cost': define({
    label: '客户流失的损失',
    inputs: ['lost', 'annualValue'],
    outputs: { lostValue: 'money' },
    compute: (v) => mapResult(churnCost({ lost: n(v, 'lost'), annualValue: n(v, 'annualValue') }), ['lostValue']),
  }),
  'pay-gap': define({
    label: '薪酬差距',
    inputs: ['ours', 'market'],
    outputs: { gap: 'fraction', gapAmount: 'money' },
    compute: (v) => {
      const r = payGap({ levels: [{ label: '该岗位', ours: n(v, 'ours'), market: n(v, 'market') }] });
      if (!r.ok) return r;
      const level = r.value.levels[0];
      return level ? ok({ gap: level.gap, gapAmount: level.gapAmount }) : fail([fieldError('levels', '没有职级')]);
    },
  }),
  'loyalty-roi': define({
    label: '忠诚度计划 ROI',
    inputs: ['members', 'baselineRetention', 'uplift', 'valuePerRetained', 'programCost'],
    outputs: { roi: 'fraction', extraRetained: 'count', value: 'money', net: 'money', upliftedRetention: 'fraction' },
    compute: (v) =>
      mapResult(
        loyaltyRoi({
          members: n(v, 'members'),
          baselineRetention: n(v, 'baselineRetention'),
          uplift: n(v, 'uplift'),
          upliftKind: 'points',
          valuePerRetained: n(v, 'valuePerRetained'),
          programCost: n(v, 'programCost'),
        }),
        ['roi', 'extraRetained', 'value', 'net', 'upliftedRetention'],
      ),
  }),
  'intervention-roi': define({
    label: '干预 ROI',
    inputs: ['atRisk', 'costPerIntervention', 'successRate', 'valuePerSaved'],
    outputs: { roi: 'fraction', net: 'money', savedValue: 'money', saved: 'count', cost: 'money', multiple: 'number', breakEvenSuccessRate: 'fraction' },
    compute: (v) =>
      mapResult(
        interventionRoi({ atRisk: n(v, 'atRisk'), costPerIntervention: n(v, 'costPerIntervention'), successRate: n(v, 'successRate'), valuePerSaved: n(v, 'valuePerSaved') }),
        ['roi', 'net', 'savedValue', 'saved', 'cost', 'multiple', 'breakEvenSuccessRate'],
      ),
  }),
  lift: define({
    label: '提升度',
    inputs: ['groupChurners', 'groupSize', 'allChurners', 'allSize'],
    outputs: { lift: 'number', groupRate: 'fraction', baseRate: 'fraction' },
    compute: (v) => {
      const [gc, gs, ac, as] = [n(v, 'groupChurners'), n(v, 'groupSize'), n(v, 'allChurners'), n(v, 'allSize')];
      const counts = [gc, gs, ac, as];
      if (!counts.every((x) => Number.isInteger(x) && x >= 0)) return fail([fieldError('counts', '人数必须是非负整数')]);
      if (gs === 0 || as === 0 || ac === 0) return fail([fieldError('counts', '名单人数、总人数和总流失人数都必须大于 0')]);
      if (gc > gs || gc > ac || gs > as || ac - gc > as - gs) return fail([fieldError('counts', '名单与全体的人数互相矛盾')]);
      return ok({ lift: liftOf(gc, gs, ac, as), groupRate: gc / gs, baseRate: ac / as });
    },
  }),
  classification: define({
    label: '精确率与召回率',
    inputs: ['tp', 'fp', 'tn', 'fn'],
    outputs: { precision: 'fraction', recall: 'fraction', accuracy: 'fraction', f1: 'fraction' },
    compute: (v) => {
      const c = { tp: n(v, 'tp'), fp: n(v, 'fp'), tn: n(v, 'tn'), fn: n(v, 'fn') };
      if (!Object.values(c).every((x) => Number.isInteger(x) && x >= 0)) return fail([fieldError('confusion', '混淆矩阵的各格必须是非负整数')]);
      if (c.tp + c.fp === 0 || c.tp + c.fn === 0) return fail([fieldError('confusion', '预测为流失的人数和实际流失的人数都必须大于 0')]);
      return mapResult(ok(classificationMetrics(c)), ['precision', 'recall', 'accuracy', 'f1']);
    },
  }),
} as const satisfies Record<string, ExerciseMetric>;

export type ExerciseMetricId = keyof typeof EXERCISE_METRICS;

export const EXERCISE_METRIC_IDS = Object.keys(EXERCISE_METRICS) as ExerciseMetricId[];

export function exerciseMetric(id: string): ExerciseMetric | undefined {
  return Object.hasOwn(EXERCISE_METRICS, id) ? EXERCISE_METRICS[id as ExerciseMetricId] : undefined;
}

/** Units each output kind may be answered in, and the factor from the output's value. */
const UNITS: Readonly<Record<OutputKind, Readonly<Record<string, number>>>> = {
  fraction: { '%': 100, 个百分点: 100 },
  money: { 元: 1, 万元: 1e-4, 亿元: 1e-8 },
  count: { '': 1, 人: 1, 位: 1, 名: 1, 个: 1, 家: 1 },
  number: { '': 1, 分: 1, 倍: 1, 个月: 1, 月: 1, 年: 1, 期: 1, 人: 1 },
};

/** The factor that turns an output of `kind` into `unit`, or undefined when they do not fit. */
export function unitFactor(kind: OutputKind, unit: string): number | undefined {
  const units = UNITS[kind];
  return Object.hasOwn(units, unit) ? units[unit] : undefined;
}

/** The units an output kind may be answered in (for build messages). */
export function unitsFor(kind: OutputKind): string[] {
  return Object.keys(UNITS[kind]);
}
