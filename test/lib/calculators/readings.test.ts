/** Each calculator's interpretation sentence, band by band, and its field-level errors. */
import { describe, expect, it } from 'vitest';
import { getCalculator } from '../../../src/lib/calculators';
import { evaluate, exampleValues } from '../../../src/lib/calculators/fields';
import { clvCacReading } from '../../../src/lib/calculators/clv';
import { npsBand } from '../../../src/lib/calculators/nps';

function run(id: string, query: string) {
  const spec = getCalculator(id)!;
  const raw = { ...exampleValues(spec), ...Object.fromEntries(new URLSearchParams(query)) };
  const r = evaluate(spec, raw);
  if (!r.ok) return { errors: r.errors, reading: '', metrics: {} as Record<string, string>, working: '' };
  const parsed = r.parsed ?? {};
  return {
    errors: [],
    reading: spec.reading(r.value, parsed),
    metrics: Object.fromEntries(spec.metrics.map((m) => [m.id, m.format(r.value, parsed)])),
    working: spec.working(r.value, parsed).length,
  };
}

describe('readings', () => {
  it.each([
    ['retention', 'start=100&end=95&new=0', '留存表现稳健'],
    ['retention', 'start=100&end=80&new=0&subject=employee', '名员工'],
    ['retention', 'start=100&end=50&new=0', '流失偏高'],
    ['churn', 'start=100&lost=20&voluntary=15', '多数人是自己选择离开的'],
    ['churn', 'start=100&lost=20&voluntary=5', '被动流失占多数'],
    ['period', 'rate=5&from=month&to=month', '流失率不变'],
    ['period', 'rate=40&from=year&to=month', '相当于每月'],
    ['csat', 's1=0&s2=0&s3=0&s4=50&s5=50', '整体体验良好'],
    ['clv', 'discount=&cac=', '填入获客成本'],
    ['clv', 'discount=&cac=100', 'CLV/CAC 为'],
    ['cohort', 'p1=1000&p2=1000&p3=&p4=&p5=&p6=', '目前无人流失'],
    ['replacement-cost', 'leavers=0', '没有离职'],
    ['churn-cost', 'retain=', '填入保留成本'],
    ['pay-gap', 'ours=16.5&market=20', '预警线'],
    ['pay-gap', 'ours=15&market=20', '危险线'],
    ['pay-gap', 'ours=19&market=20', '仍在 15% 预警线以内'],
    ['pay-gap', 'ours=22&market=20', '不低于市场中位数'],
    ['renewal', 'asof=2026-01-01', '进入沟通窗口'],
    ['renewal', 'asof=2027-05-01', '偏晚'],
    ['renewal', 'asof=2027-07-01', '需要挽回'],
    ['loyalty-roi', 'cost=10000000', '不足以覆盖成本'],
    ['intervention-roi', 'success=5', '才能保本'],
    ['intervention-roi', 'value=100', '无论成功率多高都无法保本'],
    ['signal-score', 'job-search=1&engagement-drop=1&leave-increase=1&attendance-drop=1&quality-decline=1', '一对一'],
    ['signal-score', 'job-search=0&engagement-drop=0&leave-increase=0', '风险较低'],
    ['servqual', 'e-tangibles=1&e-reliability=1&e-responsiveness=1&e-assurance=1&e-empathy=1', '达到或超过了期望'],
  ])('%s ?%s reads “…%s…”', (id, query, expected) => {
    const r = run(id, query);
    expect(r.errors).toEqual([]);
    expect(r.reading).toContain(expected);
  });

  it('bands NPS and CLV/CAC', () => {
    expect([-10, 10, 40, 60, 80].map(npsBand).map((s) => s.slice(0, 4))).toEqual(['为负值：', '处于 0', '处于 3', '处于 5', '在 70']);
    expect([0.5, 2, 4, 8].map(clvCacReading).map((s) => s.slice(0, 2))).toEqual(['低于', '在 ', '在 ', '高于']);
  });

  it('shows the percentile position when survey points are given', () => {
    expect(run('pay-gap', 'ours=30&market=20&p25=16&p75=24').metrics['pay-percentile']).toBe('高于 P75');
    expect(run('pay-gap', 'ours=17&market=20&p25=&p75=').metrics['pay-percentile']).toBe('需填 P25 或 P75');
    expect(run('pay-gap', 'target=75&p75=').metrics['pay-target-gap']).toBe('需填目标分位的市场薪酬');
    expect(run('clv', 'discount=').metrics['clv-discounted']).toBe('未填贴现率');
    expect(run('churn', 'voluntary=30').metrics['voluntary-churn-rate']).toBe('2.5%');
    expect(run('churn', 'voluntary=30').working).toBe(3);
  });
});

describe('errors land on the URL field the learner typed', () => {
  it.each([
    ['retention', 'start=100&end=50&new=60', 'new'],
    ['retention', 'start=100&end=300&new=10', 'end'],
    ['clv', 'discount=-50&churn=10', 'discount'],
    ['cohort', 'p2=&p3=500', 'p2'],
    ['cohort', 'p1=500&p2=600', 'p2'],
    ['pareto', 'price=0&quality=0&service=0&personal=0&competitor=0&expectation=0&other=0', 'price'],
    ['pay-gap', 'p25=30', 'market'],
    ['renewal', 'opens=2&closes=3', 'opens'],
    ['renewal', 'end=2027-02-30', 'end'],
    ['onboarding', 'probation=9', 'probation'],
    ['csat', 's1=0&s2=0&s3=0&s4=0&s5=0', 's5'],
    ['servqual', 'e-empathy=9', 'e-empathy'],
  ])('%s ?%s → error on %s', (id, query, field) => {
    const r = run(id, query);
    expect(r.errors.map((e) => e.field)).toContain(field);
  });
});

describe('reading figures', () => {
  it('keeps one decimal per 100 and speaks of percentage points', () => {
    expect(run('churn', 'start=1200&lost=90').reading).toContain('约有 7.5 人');
    expect(run('retention', '').reading).toContain('约有 85 名');
    expect(run('period', 'rate=5&from=month&to=year').reading).toContain('高估 14.04 个百分点');
  });
});
