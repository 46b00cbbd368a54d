/**
 * The URL contract of README ("Bookmarkable calculator URLs"): these query strings must keep
 * giving these figures. Each case reads the query string exactly as the page does.
 */
import { describe, expect, it } from 'vitest';
import { getCalculator } from '../../../src/lib/calculators';
import { acceptsRaw, evaluate, exampleValues } from '../../../src/lib/calculators/fields';
import { readState } from '../../../src/lib/url-state';
import { readLegacyUnits } from '../../../src/lib/calculators/legacy-units';

function metricsFor(id: string, query: string): Record<string, string> {
  const spec = getCalculator(id)!;
  const state = readState(new URLSearchParams(query), spec.fields.map((f) => ({ name: f.name, accepts: (r: string) => acceptsRaw(f, r) })), null);
  expect(state.ignored).toEqual([]);
  const values = readLegacyUnits(spec.fields, state.values, (f) => f).values;
  const r = evaluate(spec, { ...exampleValues(spec), ...values });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return Object.fromEntries(spec.metrics.map((m) => [m.id, m.format(r.value, r.parsed ?? {})]));
}

describe('published URLs', () => {
  it.each([
    ['retention', 'start=1000&end=1050&new=200', 'retention-rate', '85.0%'],
    ['churn', 'start=1200&lost=90', 'churn-rate', '7.5%'],
    ['nps', 'promoters=60&passives=25&detractors=15', 'nps', '45'],
    ['csat', 's1=5&s2=10&s3=20&s4=40&s5=25', 'csat', '65%'],
    ['clv', 'arpu=200&margin=60&churn=5&discount=10', 'clv-simple', '¥2,400'],
    ['clv', 'arpu=200&margin=60&churn=5&discount=10', 'clv-discounted', '¥760'],
    ['clv', 'arpu=2400&margin=60&churn=20&discount=10&period=year&cac=1000', 'clv-cac', '3.84倍'],
    ['period', 'rate=5&from=month&to=year', 'converted-rate', '45.96%'],
    ['cohort', 'size=1000&p1=800&p2=700&p3=640&p4=600&p5=570&p6=550', 'cohort-final-retention', '55%'],
    ['cohort', 'size=1000&p1=800&p2=&p3=&p4=&p5=&p6=', 'cohort-final-retention', '80%'],
    ['replacement-cost', 'salary=120000&leavers=10&multiplier=150', 'replacement-cost-total', '¥180万'],
    // Until December 2026 this total was lost value + replacement (¥47.5万), a double count
    // (content review #5). The same URL now gives the lower of the two bills: replacing them,
    // 50 × 300 × 5 + 50 × 8,000 × 3/12 = 7.5万 + 10万 (months defaults to its example, 3).
    ['churn-cost', 'lost=50&value=8000&retain=300&multiple=5', 'churn-cost-total', '¥17.5万'],
    ['churn-cost', 'lost=50&value=8000&retain=300&multiple=5', 'churn-cost-lost-value', '¥40万'],
    ['churn-cost', 'lost=40&value=6000&retain=300&multiple=5&months=3', 'churn-cost-replacement', '¥12万'],
    // Old links in 万元/年 keep their meaning; new ones are in 元/年.
    ['pay-gap', 'ours=17&market=20', 'pay-gap', '-15%'],
    ['pay-gap', 'ours=16&market=20', 'pay-gap', '-20%'],
    ['pay-gap', 'ours=15&market=20', 'pay-status', '危险：低于市场超过 20%'],
    ['pay-gap', 'ours=17&market=20&p25=16&p75=24', 'pay-percentile', 'P31'],
    ['pay-gap', 'ours=170000&market=200000&p25=160000&p75=240000', 'pay-percentile', 'P31'],
    ['pay-gap', 'ours=17万&market=20万', 'pay-status', '可接受（未达预警线）'],
    ['renewal', 'end=2027-06-30&asof=2027-05-01', 'renewal-status', '已逾期，应立即沟通'],
    ['loyalty-roi', 'members=5000&baseline=70&uplift=15&kind=points&value=1200&cost=600000', 'loyalty-roi', '50%'],
    ['intervention-roi', 'atrisk=200&cost=500&success=47&value=3000', 'intervention-roi', '182%'],
    ['signal-score', 'audience=customer&interaction-drop=1&usage-drop=1&competitor-interest=1&complaints-rise=1', 'signal-score', '69'],
    ['signal-score', 'audience=customer&interaction-drop=1&usage-drop=1&competitor-interest=1&complaints-rise=1', 'risk-tier', '高风险'],
    ['pareto', 'price=10&quality=80&service=5&personal=5&competitor=0&expectation=0&other=0', 'pareto-vital-few', '产品质量'],
    ['servqual', 'e-reliability=7&p-reliability=4', 'servqual-largest-gap', '可靠性（-3）'],
    ['onboarding', 'start=2026-03-02&probation=3', 'onboarding-review', '2026年6月2日'],
  ])('/tools/%s/?%s → %s = %s', (id, query, metric, expected) => {
    expect(metricsFor(id, query)[metric]).toBe(expected);
  });

  it('names the period the CLV figures are per', () => {
    expect(metricsFor('clv', 'arpu=200&margin=60&churn=5&discount=10')['clv-lifetime']).toBe('20 个月');
    expect(metricsFor('clv', 'arpu=2400&margin=60&churn=20&period=year')['clv-lifetime']).toBe('5 年');
  });
});
