/**
 * Generated exercises: every template in src/content/exercises gives a valid answer for every
 * draw (property test over many seeds), the answer equals the course's own metric function
 * called directly, and a template that could be invalid for some draw is refused — by the
 * check the content schema runs, so such a file fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exerciseFileSchema } from '../../../src/schemas/exercise';
import { exerciseKey, fillText, instantiate, staticProblems, templateProblems, type ExerciseTemplate } from '../../../src/lib/quiz/exercise';
import { EXERCISE_METRICS, exerciseMetric, unitFactor } from '../../../src/lib/quiz/exercise-metrics';
import { evaluate, parseExpression } from '../../../src/lib/quiz/expression';
import { grade } from '../../../src/lib/quiz/grade';
import { customerRetentionRate, employeeRetentionRate } from '../../../src/lib/metrics/retention';
import { churnRate } from '../../../src/lib/metrics/churn';
import { convertChurnRate } from '../../../src/lib/metrics/period';
import { cohortRetention } from '../../../src/lib/metrics/cohort';
import { npsFromCounts } from '../../../src/lib/metrics/nps';
import { csatFromCounts } from '../../../src/lib/metrics/csat';
import { customerLifetimeValue } from '../../../src/lib/metrics/clv';
import { replacementCost, replacementCostBreakdown } from '../../../src/lib/metrics/replacement-cost';
import { churnCost } from '../../../src/lib/metrics/churn-cost';
import { payGap } from '../../../src/lib/metrics/pay-gap';
import { loyaltyRoi } from '../../../src/lib/metrics/loyalty-roi';
import { interventionRoi } from '../../../src/lib/metrics/intervention-roi';
import { classificationMetrics, liftOf } from '../../../src/lib/simulator/evaluate';

const DIR = new URL('../../../src/content/exercises/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const templates: { module: string; t: ExerciseTemplate }[] = files.flatMap((f) => {
  const parsed = exerciseFileSchema.parse(parse(readFileSync(new URL(f, DIR), 'utf8')));
  return parsed.templates.map((t) => ({ module: f.replace(/\.yaml$/, ''), t }));
});

/** The answer straight from the metric function, with the template's inputs (no adapter). */
function direct(metric: string, v: Map<string, number>): Record<string, number | null | undefined> {
  const g = (k: string) => v.get(k) as number;
  const val = <T>(r: { ok: true; value: T } | { ok: false }) => {
    if (!r.ok) throw new Error(`metric ${metric} refused the inputs`);
    return r.value as unknown as Record<string, number>;
  };
  switch (metric) {
    case 'customer-retention':
      return val(customerRetentionRate({ start: g('start'), end: g('end'), added: g('added') }));
    case 'employee-retention':
      return val(employeeRetentionRate({ start: g('start'), end: g('end'), added: g('added') }));
    case 'churn':
      return val(churnRate({ start: g('start'), lost: g('lost') }));
    case 'churn-average':
      return val(churnRate({ start: g('start'), lost: g('lost'), end: g('end'), denominator: 'average' }));
    case 'period-month-to-year':
      return val(convertChurnRate({ rate: g('rate'), from: 'month', to: 'year' }));
    case 'period-year-to-month':
      return val(convertChurnRate({ rate: g('rate'), from: 'year', to: 'month' }));
    case 'cohort':
      return val(cohortRetention({ size: g('size'), survivors: [g('s1'), g('s2'), g('s3')] }));
    case 'nps':
      return val(npsFromCounts({ promoters: g('promoters'), passives: g('passives'), detractors: g('detractors') }));
    case 'csat':
      return val(csatFromCounts({ counts: ['c1', 'c2', 'c3', 'c4', 'c5'].map(g), scale: 5 }));
    case 'clv':
      return val(customerLifetimeValue({ arpu: g('arpu'), grossMargin: g('grossMargin'), churn: g('churn') }));
    case 'clv-discounted':
      return val(customerLifetimeValue({ arpu: g('arpu'), grossMargin: g('grossMargin'), churn: g('churn'), discountRate: g('discountRate') }));
    case 'replacement-cost':
      return val(replacementCost({ salary: g('salary'), leavers: g('leavers'), multiplier: g('multiplier') }));
    case 'replacement-breakdown':
      return val(replacementCostBreakdown({ salary: g('salary'), leavers: g('leavers'), recruiting: g('recruiting'), training: g('training'), rampUpMonths: g('rampUpMonths'), productivityLoss: g('productivityLoss') }));
    case 'churn-cost':
      return val(churnCost({ lost: g('lost'), annualValue: g('annualValue') }));
    case 'pay-gap': {
      const r = val(payGap({ levels: [{ label: 'x', ours: g('ours'), market: g('market') }] })) as unknown as { levels: { gap: number }[] };
      return { gap: r.levels[0]!.gap };
    }
    case 'loyalty-roi':
      return val(loyaltyRoi({ members: g('members'), baselineRetention: g('baselineRetention'), uplift: g('uplift'), upliftKind: 'points', valuePerRetained: g('valuePerRetained'), programCost: g('programCost') }));
    case 'intervention-roi':
      return val(interventionRoi({ atRisk: g('atRisk'), costPerIntervention: g('costPerIntervention'), successRate: g('successRate'), valuePerSaved: g('valuePerSaved') }));
    case 'lift':
      return { lift: liftOf(g('groupChurners'), g('groupSize'), g('allChurners'), g('allSize')) };
    case 'classification':
      return classificationMetrics({ tp: g('tp'), fp: g('fp'), tn: g('tn'), fn: g('fn') }) as unknown as Record<string, number>;
    default:
      throw new Error(`no direct call for ${metric}`);
  }
}

/** The metric inputs of a draw, from the template's own expressions. */
function inputsOf(t: ExerciseTemplate, values: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const input of exerciseMetric(t.metric)!.inputs) {
    const e = parseExpression(t.inputs?.[input] ?? input);
    if (!e.ok) throw new Error('bad expression');
    const v = evaluate(e.value, values);
    if (!v.ok) throw new Error('bad value');
    out.set(input, Number(v.value.toPrecision(14)));
  }
  return out;
}

describe('the course’s templates', () => {
  it('cover every formula the course teaches, in the modules that teach them', () => {
    const used = new Set(templates.map(({ t }) => (t.metric === 'intervention-roi' && t.answer === 'breakEvenSuccessRate' ? 'break-even' : t.metric)));
    const answers = new Set(templates.map(({ t }) => `${t.metric}:${t.answer}`));
    for (const formula of ['customer-retention', 'churn', 'period-month-to-year', 'cohort', 'nps', 'csat', 'clv', 'clv-discounted', 'replacement-cost', 'churn-cost', 'pay-gap', 'loyalty-roi', 'intervention-roi', 'break-even', 'lift', 'classification']) {
      expect(used.has(formula), formula).toBe(true);
    }
    expect(answers.has('classification:recall') && answers.has('classification:precision')).toBe(true);
    expect(templates.length).toBeGreaterThanOrEqual(16);
  });

  it.each(templates.map(({ module, t }) => [`${module}/${t.id}`, module, t] as const))('%s: every draw is valid and equals the metric function (property)', (_, module, t) => {
    const key = exerciseKey(module, t.id);
    const metric = exerciseMetric(t.metric)!;
    let reached = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{16}$/), (seed) => {
        const r = instantiate(t, key, seed);
        expect(r.ok, r.ok ? '' : r.reason).toBe(true);
        if (!r.ok) return;
        const q = r.value.question;
        // Finite, inside the stated range.
        expect(Number.isFinite(q.answer)).toBe(true);
        expect(q.answer).toBeGreaterThanOrEqual(t.answerRange[0]);
        expect(q.answer).toBeLessThanOrEqual(t.answerRange[1]);
        // Every parameter inside its range, on its step.
        for (const [name, p] of Object.entries(t.params)) {
          const shown = (r.value.values.get(name) as number) * (p.percent ? 100 : 1);
          expect(shown).toBeGreaterThanOrEqual(p.min - 1e-9);
          expect(shown).toBeLessThanOrEqual(p.max + 1e-9);
          const k = (shown - p.min) / p.step;
          expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
        }
        // The answer is the metric function's own output, in the question's unit.
        const expected = direct(t.metric, inputsOf(t, r.value.values))[t.answer] as number;
        const want = expected * (unitFactor(metric.outputs[t.answer]!, t.unit) as number);
        expect(Math.abs(q.answer - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
        // The answer rounded as asked is graded right; the prompt and solution are filled in.
        const rounded = q.answer.toFixed(t.decimals);
        expect(grade(q, { type: 'number', raw: rounded }).correct, `${rounded} vs ${q.answer}`).toBe(true);
        expect(`${q.prompt}${r.value.solution}${r.value.hints.join('')}`).not.toMatch(/\{[A-Za-z]/);
        reached++;
      }),
      { numRuns: 300 },
    );
    expect(reached).toBe(300);
  });

  it('one seed reproduces an exercise; other seeds draw other numbers', () => {
    const { module, t } = templates[0]!;
    const key = exerciseKey(module, t.id);
    const a = instantiate(t, key, 'seed-1');
    const b = instantiate(t, key, 'seed-1');
    expect(a).toEqual(b);
    const prompts = new Set(['s1', 's2', 's3', 's4', 's5'].map((s) => {
      const r = instantiate(t, key, s);
      return r.ok ? r.value.question.prompt : '';
    }));
    expect(prompts.size).toBeGreaterThan(1);
  });
});

describe('a template that could be invalid fails the check (and so the build)', () => {
  const valid: ExerciseTemplate = {
    id: 'clv',
    section: 'clv-simple',
    metric: 'clv',
    params: { arpu: { min: 100, max: 200, step: 10 }, grossMargin: { min: 50, max: 60, step: 5, percent: true }, churn: { min: 2, max: 5, step: 1, percent: true } },
    answer: 'simple',
    unit: '元',
    decimals: 0,
    tolerance: 1,
    answerRange: [0, 100000],
    prompt: '收入 {arpu} 元，毛利率 {grossMargin}，流失率 {churn}。',
    solution: '{margin} ÷ {churn} = {answer} 元。',
    explanation: '解析。',
  };
  const problems = (t: Partial<ExerciseTemplate>) => templateProblems({ ...valid, ...t });

  it('accepts a valid template', () => {
    expect(problems({})).toEqual([]);
  });
  it('a churn range that reaches 0 divides by zero for some draw', () => {
    expect(problems({ params: { ...valid.params, churn: { min: 0, max: 5, step: 1, percent: true } } }).join()).toMatch(/有一组取值无效.*churn=0%.*流失率必须大于 0/);
  });
  it('a retention template whose new customers can exceed the end count is refused', () => {
    const t: ExerciseTemplate = {
      ...valid,
      metric: 'customer-retention',
      params: { start: { min: 100, max: 200, step: 10 }, end: { min: 100, max: 200, step: 10 }, added: { min: 0, max: 150, step: 10 } },
      answer: 'rate',
      unit: '%',
      decimals: 1,
      tolerance: 0.05,
      answerRange: [0, 100],
      prompt: '{start} {end} {added}',
      solution: '{answer}',
    };
    expect(templateProblems(t).join()).toMatch(/有一组取值无效.*客户留存率的计算拒绝了这组数.*不能大于/);
  });
  it('an answer outside the stated range (a rate over 100 %) is refused', () => {
    expect(problems({ answerRange: [0, 5000] }).join()).toMatch('超出 answerRange');
  });
  it('a lift template whose counts cannot all be whole people is refused', () => {
    const lift = templates.find(({ t }) => t.metric === 'lift')!.t;
    expect(templateProblems({ ...lift, params: { ...lift.params, groupRate: { min: 20, max: 60, step: 5, percent: true } } }).join()).toMatch('非负整数');
  });
  it('static mistakes are named', () => {
    expect(problems({ metric: 'nope' }).join()).toMatch('metric“nope”不存在');
    expect(problems({ answer: 'nope' }).join()).toMatch('answer“nope”不是 clv 的输出');
    expect(problems({ unit: '%' }).join()).toMatch('单位“%”不适合输出 simple');
    expect(problems({ tolerance: 0.1 }).join()).toMatch('按要求四舍五入的正确答案会被判错');
    expect(problems({ prompt: '{arpu} {typo}' }).join()).toMatch('模板变量“{typo}”没有对应的参数');
    expect(problems({ inputs: { churn: 'churn + x' } }).join()).toMatch('未定义的名称“x”');
    expect(problems({ inputs: { bogus: '1' } }).join()).toMatch('不是 clv 的输入');
    expect(problems({ params: { ...valid.params, arpu: { min: 100, max: 205, step: 10 } } }).join()).toMatch('整数倍');
    expect(staticProblems({ ...valid, derived: { arpu: '1' } }).join()).toMatch('重复');
  });
  it('the content schema runs the same check: the build error names the template', () => {
    const r = exerciseFileSchema.safeParse({ templates: [{ ...valid, params: { ...valid.params, churn: { min: 0, max: 5, step: 1, percent: true } } }] });
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.error.issues.map((i) => i.message).join()).toMatch('模板 clv：有一组取值无效');
    const typo = exerciseFileSchema.safeParse({ templates: [{ ...valid, decimal: 1 }] });
    expect(typo.success).toBe(false);
  });
});

describe('metric adapters, by hand', () => {
  const run = (id: keyof typeof EXERCISE_METRICS, v: Record<string, number>) => {
    const r = EXERCISE_METRICS[id].compute(new Map(Object.entries(v)));
    return r.ok ? r.value : r.errors.map((e) => e.message).join();
  };
  it('reproduce the modules’ worked examples', () => {
    // A1: 1,000 members, 1,050 at the end of whom 200 new → 85 %.
    expect(run('customer-retention', { start: 1000, end: 1050, added: 200 })).toMatchObject({ rate: 0.85, retained: 850 });
    // A1: 5 % a month compounds to 46.0 % a year (naive 60 %).
    const p = run('period-month-to-year', { rate: 0.05 }) as Record<string, number>;
    expect(p['rate']).toBeCloseTo(0.4596, 4);
    expect(p['naive']).toBeCloseTo(0.6, 12);
    // E2: 150 × 30 % × 6,000 against 150 × 800 → ROI 125 %, break-even 13.3 %.
    const roi = run('intervention-roi', { atRisk: 150, costPerIntervention: 800, successRate: 0.3, valuePerSaved: 6000 }) as Record<string, number>;
    expect(roi['roi']).toBeCloseTo(1.25, 12);
    expect(roi['breakEvenSuccessRate']).toBeCloseTo(0.1333, 4);
    // E1: 56 of 150 flagged churned, 24 missed → precision 37.3 %, recall 70 %.
    expect(run('classification', { tp: 56, fp: 94, fn: 24, tn: 826 })).toMatchObject({ recall: 0.7 });
    // Lift: 40 % in the list against 20 % overall = 2.
    expect(run('lift', { groupChurners: 40, groupSize: 100, allChurners: 200, allSize: 1000 })).toMatchObject({ lift: 2 });
    // C4: 10,000 members, +6 points, 800 元, 30 万 → 60 %.
    expect((run('loyalty-roi', { members: 10000, baselineRetention: 0.6, uplift: 0.06, valuePerRetained: 800, programCost: 300000 }) as Record<string, number>)['roi']).toBeCloseTo(0.6, 12);
  });
  it('pass the metric’s own Chinese errors through, and refuse impossible counts', () => {
    expect(run('churn', { start: 0, lost: 1 })).toMatch('期初人数');
    expect(run('lift', { groupChurners: 60, groupSize: 50, allChurners: 100, allSize: 1000 })).toMatch('互相矛盾');
    expect(run('classification', { tp: 0, fp: 0, fn: 3, tn: 10 })).toMatch('都必须大于 0');
  });
  it('fills placeholders with formatted numbers', () => {
    const t = templates.find(({ t: x }) => x.metric === 'loyalty-roi')!.t;
    expect(fillText('{points} / {points:pp} / {members} / {answer}', t, new Map([['points', 0.06], ['members', 10500]]), 235.10638)).toBe('6% / 6 / 10,500 / 235.1');
  });
});
